import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/audit.js';
import { generateRelease } from '../generator/index.js';

/**
 * Generated releases are consistent by construction and print the class names in force, so the
 * structure, classification, identity, definitions and wording rules (and the department-name rule)
 * must find nothing in them, in either wording and either unit.
 */
const OWN = /^(structure|classification|identity|definitions|wording)-|^metadata-department$/;

describe('structure and wording rules on generated consistent releases', () => {
  for (const wording of ['2026', '2022'] as const) {
    it(`report nothing on 25 releases in the ${wording} wording`, () => {
      for (let seed = 1; seed <= 25; seed++) {
        const r = generateRelease(seed, { wording });
        const { result } = audit(r.name, r.text);
        expect(result.crashed).toEqual([]);
        const own = result.findings.filter((f) => OWN.test(f.ruleId)).map((f) => `${r.name}: ${f.ruleId} ${f.message}`);
        expect(own).toEqual([]);
        // the rules did look: the generated text has a glossary, tables and a table of contents to read
        expect(result.ran).toEqual(expect.arrayContaining(['classification-class-names', 'identity-finance-level', 'structure-toc-body', 'definitions-glossary']));
      }
    });
  }

  it('find the faults of the seeds once they are written into a generated release', () => {
    const r = generateRelease(1, { wording: '2026' });
    const year = r.budget.year;
    const faulty = r.text
      .replace('资源勘探工业信息等', '资源勘探信息等')
      .replace(`${year - 1}年期末`, `${year}年期末`)
      .replace('同级财政', '市级财政');
    const ids = audit(r.name, faulty).result.findings.filter((f) => OWN.test(f.ruleId)).map((f) => f.ruleId);
    expect(ids.sort()).toEqual(['classification-class-names', 'identity-finance-level', 'wording-year-reference']);
  });
});
