// Writes fixtures/expected/<name>.json from the current audit, keeping the `why` of every finding
// already there. New findings get an empty `why`, which the golden test rejects until a person has
// read the release and explained the finding (or fixed the rule).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBytes } from '../dist/src/ingest/read.js';
import { parseRelease } from '../dist/src/parse/index.js';
import { runRules } from '../dist/src/engine/runner.js';
import { ALL_RULES } from '../dist/rules/index.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const names = [
  ...readdirSync(fixtures).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)),
  ...readdirSync(join(fixtures, 'corrected')).map((f) => `corrected/${f}`),
];
const lines = (f) => [...new Set(f.locations.map((l) => l.line))].sort((a, b) => a - b);
const key = (f) => `${f.ruleId} ${f.severity} @${(f.lines ?? lines(f)).join(',')}`;
for (const name of names) {
  const input = ingestBytes(name, readFileSync(join(fixtures, name)));
  const result = runRules(parseRelease(input), input.lines, ALL_RULES, { lang: 'zh' });
  const out = join(fixtures, 'expected', name.replace(/^corrected\//, 'corrected-').replace(/\.txt$/, '.json'));
  const old = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { findings: [] };
  const why = new Map(old.findings.map((f) => [key(f), f.why]));
  const findings = result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, lines: lines(f), message: f.message, why: why.get(key(f)) ?? '' }));
  writeFileSync(out, JSON.stringify({ document: name, findings }, null, 2) + '\n');
  const missing = findings.filter((f) => !f.why).length;
  console.log(`${out}: ${findings.length} findings, ${missing} without why`);
}
