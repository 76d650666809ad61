import type { DocumentReport, Finding } from '../model/report.js';
import type { FormatContext, Formatter } from './formatter.js';
import { escapeXml as x } from './escape.js';
import { linesOf, pageOf, placeOf, ruleTitle, valuesOf } from './describe.js';
import { failsAt } from './threshold.js';
import { severityLabel } from './labels.js';
import { isInputTrouble } from './status.js';

function findingText(f: Finding, ctx: FormatContext, doc?: DocumentReport): string {
  const diagnosis = f.explainedBy ? doc?.diagnoses?.find((x) => x.id === f.explainedBy) : undefined;
  const explained = diagnosis ? `  ${ctx.lang === 'zh' ? '由此解释' : 'explained by'} ${diagnosis.id}: ${diagnosis.message}` : '';
  const where = f.locations.map((l) => {
    const page = pageOf(l, ctx.lang);
    return `  ${ctx.lang === 'zh' ? '第' + l.line + '行' : 'line ' + l.line}${page ? ` (${page})` : ''} ${placeOf(l)}${l.value ? ' = ' + l.value : ''}`;
  });
  return [`[${severityLabel(f.severity, ctx.lang)}] ${f.message}`, valuesOf(f, ctx.lang), ...where, explained].filter(Boolean).join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suiteOf(doc: DocumentReport, ctx: FormatContext): Suite {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const name = x(doc.path);
  if (doc.status !== 'checked') {
    const caseName = ctx.lang === 'zh' ? '读取与解析' : 'read and parse';
    // Not a release: nothing to test, said as a skip; every other status is an error of the input.
    const trouble = isInputTrouble(doc.status);
    if (trouble) errors++;
    else skipped++;
    const element = trouble
      ? `<error message="${x(doc.error ?? doc.status)}" type="${x(doc.status)}"/>`
      : `<skipped message="${x(doc.error ?? doc.status)}"/>`;
    cases.push(`    <testcase classname="${name}" name="${x(caseName)}" time="0">\n      ${element}\n    </testcase>`);
  } else {
    const rules = doc.coverage?.rules;
    for (const ruleId of rules?.ran ?? []) {
      const found = doc.findings.filter((f) => f.ruleId === ruleId);
      const failing = found.filter((f) => failsAt(f.severity, ctx.failOn));
      const below = found.filter((f) => !failsAt(f.severity, ctx.failOn));
      let body = '';
      if (failing.length) {
        failures++;
        const lines = failing.flatMap(linesOf);
        const message = ctx.lang === 'zh' ? `${failing.length} 个问题，第 ${lines.join(', ')} 行` : `${failing.length} finding(s) at line(s) ${lines.join(', ')}`;
        body += `      <failure message="${x(message)}" type="${x(failing[0]?.severity ?? 'error')}">${x(failing.map((f) => findingText(f, ctx, doc)).join('\n\n'))}</failure>\n`;
      }
      // checks the rule could not make are part of its record, beside the findings below the threshold
      const partial = (rules?.partial ?? []).filter((p) => p.ruleId === ruleId).map((p) => `${ctx.lang === 'zh' ? '未能核对：' : 'not checked: '}${p.reason}`);
      const out = [...below.map((f) => findingText(f, ctx, doc)), ...partial];
      if (out.length) body += `      <system-out>${x(out.join('\n\n'))}</system-out>\n`;
      cases.push(
        `    <testcase classname="${name}" name="${x(`${ruleId} ${ruleTitle(ruleId, ctx)}`)}" time="0"` +
          (body ? `>\n${body}    </testcase>` : '/>'),
      );
    }
    for (const s of rules?.skipped ?? []) {
      skipped++;
      cases.push(
        `    <testcase classname="${name}" name="${x(`${s.ruleId} ${ruleTitle(s.ruleId, ctx)}`)}" time="0">\n` +
          `      <skipped message="${x(s.reason)}"/>\n    </testcase>`,
      );
    }
    for (const c of rules?.crashed ?? []) {
      errors++;
      cases.push(
        `    <testcase classname="${name}" name="${x(`${c.ruleId} ${ruleTitle(c.ruleId, ctx)}`)}" time="0">\n` +
          `      <error message="${x(c.message)}" type="crash"/>\n    </testcase>`,
      );
    }
  }
  const tests = cases.length;
  const props = [
    doc.meta?.department ? `      <property name="department" value="${x(doc.meta.department.text)}"/>` : '',
    doc.meta?.year ? `      <property name="year" value="${doc.meta.year.value}"/>` : '',
    doc.template ? `      <property name="template" value="${x(doc.template.id)}"/>` : '',
    doc.source ? `      <property name="sha256" value="${x(doc.source.sha256)}"/>` : '',
  ].filter(Boolean);
  const xml =
    `  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">\n` +
    (props.length ? `    <properties>\n${props.join('\n')}\n    </properties>\n` : '') +
    cases.map((c) => c + '\n').join('') +
    `  </testsuite>\n`;
  return { xml, tests, failures, errors, skipped };
}

/** JUnit XML: one testsuite per document, one testcase per rule that ran (CI dashboards read this). */
export const junitFormatter: Formatter = {
  name: 'junit',
  extension: '.xml',
  render(report, ctx) {
    const suites = report.documents.map((d) => suiteOf(d, ctx));
    const sum = (k: 'tests' | 'failures' | 'errors' | 'skipped') => suites.reduce((a, s) => a + s[k], 0);
    const seconds = (report.summary.durationMs / 1000).toFixed(3);
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<testsuites name="budget-audit" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="${sum('skipped')}" time="${seconds}">\n` +
      suites.map((s) => s.xml).join('') +
      `</testsuites>\n`
    );
  },
};
