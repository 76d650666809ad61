import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, fixtureFiles, FIXTURES } from './helpers/audit.js';
import { findingKey, type ExpectedFile } from './helpers/expected.js';

/**
 * The golden files list the errors and warnings the team established by auditing each release by
 * hand, each with a `why`. The audit must report exactly those: no more, no fewer.
 */
describe('expected findings of the fixtures', () => {
  for (const name of fixtureFiles()) {
    it(name, () => {
      const file = join(FIXTURES, 'expected', name.replace(/^corrected\//, 'corrected-').replace(/\.txt$/, '.json'));
      expect(existsSync(file), `missing golden file ${file}`).toBe(true);
      const expected = JSON.parse(readFileSync(file, 'utf8')) as ExpectedFile;
      for (const f of expected.findings) expect(f.why.trim().length, `${f.ruleId} ${f.lines} has no why`).toBeGreaterThan(10);
      const { result } = audit(name);
      expect(result.crashed).toEqual([]);
      const actual = result.findings.filter((f) => f.severity !== 'info').map(findingKey).sort();
      const wanted = expected.findings.map(findingKey).sort();
      expect(actual).toEqual(wanted);
    });
  }
});
