import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules/index.js';
import { renderRulesDoc } from '../src/docs/rules-doc.js';
import { RULE_FAMILIES } from '../src/engine/rule.js';

describe('rule catalogue', () => {
  it('docs/rules.md is generated from the rule modules and up to date (npm run docs)', () => {
    const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRulesDoc(ALL_RULES));
  });

  it('every rule describes itself completely, with a unique id', () => {
    const ids = new Set<string>();
    for (const r of ALL_RULES) {
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RULE_FAMILIES).toContain(r.family);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      for (const t of [r.title, r.docs]) {
        expect(t.zh.length, r.id).toBeGreaterThan(3);
        expect(t.en.length, r.id).toBeGreaterThan(3);
        expect(t.zh, r.id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(Object.keys(r.messages).length, r.id).toBeGreaterThan(0);
      for (const m of Object.values(r.messages)) {
        // both languages name the same placeholders
        const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
        expect(names(m.en), `${r.id}: ${m.zh}`).toEqual(names(m.zh));
      }
    }
  });
});
