import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as model from '../src/model/index.js';
import { COLUMN_KEYS } from '../src/model/columns.js';
import { QUANTITY_KEYS } from '../src/model/quantities.js';

/**
 * docs/model.md must name every field, enum value and key of the model, so that it cannot fall
 * behind the schemas: a new field without documentation fails here.
 */
const doc = readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8');

interface Found {
  fields: Map<string, string>; // field → first schema it was found in
  values: Map<string, string>; // enum or literal value → schema
  objects: number;
}

/** Walk a zod 4 schema through its definition: objects, wrappers, arrays, unions, enums, literals. */
function walk(schema: z.ZodType, owner: string, found: Found, seen: Set<unknown>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    found.objects++;
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!found.fields.has(name)) found.fields.set(name, owner);
      walk(field, `${owner}.${name}`, found, seen);
    }
  } else if (schema instanceof z.ZodEnum) {
    for (const v of schema.options) found.values.set(String(v), owner);
  } else if (schema instanceof z.ZodLiteral) {
    for (const v of schema.values) found.values.set(String(v), owner);
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    walk(schema.unwrap() as z.ZodType, owner, found, seen);
  } else if (schema instanceof z.ZodArray) {
    walk(schema.element as z.ZodType, owner, found, seen);
  } else if (schema instanceof z.ZodUnion) {
    for (const o of schema.options) walk(o as z.ZodType, owner, found, seen);
  } else if (schema instanceof z.ZodPipe) {
    walk(schema.in as z.ZodType, owner, found, seen);
    walk(schema.out as z.ZodType, owner, found, seen);
  }
}

function collect(): Found {
  const found: Found = { fields: new Map(), values: new Map(), objects: 0 };
  const seen = new Set<unknown>();
  for (const [name, value] of Object.entries(model)) {
    if (value instanceof z.ZodType) walk(value, name, found, seen);
  }
  return found;
}

/** A name counts as documented when the doc prints it as code: `name`. */
const documented = (name: string) => doc.includes('`' + name + '`');

describe('docs/model.md', () => {
  const found = collect();

  it('walks the real schemas (guards the walker itself)', () => {
    expect(found.objects).toBeGreaterThan(20);
    for (const f of ['schemaVersion', 'sentences', 'amountClaimId', 'alternatives', 'ofWhich', 'unresolvedClaims', 'fingerprint']) {
      expect(found.fields.has(f), f).toBe(true);
    }
    for (const v of ['income-expenditure-summary', 'ambiguous', 'parity', '部门决算', 'recovered', 'illegible']) {
      expect(found.values.has(v), v).toBe(true);
    }
  });

  it('names every field of every exported object schema', () => {
    const missing = [...found.fields].filter(([f]) => !documented(f)).map(([f, owner]) => `${owner}.${f}`);
    expect(missing).toEqual([]);
  });

  it('names every enum and literal value', () => {
    const missing = [...found.values].filter(([v]) => !documented(v)).map(([v, owner]) => `${owner}: ${v}`);
    expect(missing).toEqual([]);
  });

  it('names every column key and quantity key', () => {
    expect(Object.keys(COLUMN_KEYS).filter((k) => !documented(k))).toEqual([]);
    expect(Object.keys(QUANTITY_KEYS).filter((k) => !documented(k))).toEqual([]);
    expect(documented('general.class.<code>')).toBe(true);
  });

  it('its JSON example is valid JSON whose claims satisfy the Claim schema', () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const example = JSON.parse(block ?? '{}') as { narrative?: { claims?: unknown[] }; meta?: unknown };
    expect(model.Meta.safeParse(example.meta).success).toBe(true);
    const claims = example.narrative?.claims ?? [];
    expect(claims.length).toBeGreaterThan(2);
    for (const c of claims) expect(model.Claim.safeParse(c).success).toBe(true);
  });
});
