import { HENAN_TEMPLATE } from '../../src/template/index.js';
import { readFileSync } from 'node:fs';
import { parseNarrative } from '../../src/parse/narrative/index.js';

/** A seed's narrative as the parser reads it, and its claims by id. */
export function seedNarrative(file: string) {
  const lines = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8').split(/\r\n|\r|\n/);
  const result = parseNarrative(lines, HENAN_TEMPLATE);
  const { narrative } = result;
  const claim = (id: string) => {
    const c = narrative.claims.find((x) => x.id === id);
    if (!c) throw new Error(`no claim ${id}`);
    return c;
  };
  return { lines, result, narrative, claim };
}
