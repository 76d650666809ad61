import { templateLine } from './template-line.js';
import type { DocumentReport } from '../model/report.js';
import type { FormatContext, Formatter } from './formatter.js';
import { escapeHtml, escapeMarkdownCell as md, markdownCode as code } from './escape.js';
import { groupByTable, linesOf, pagesLabel, placeOf, ruleTitle } from './describe.js';
import { countBySeverity } from './threshold.js';
import { label, severityLabel } from './labels.js';
import { coverageLines } from './coverage-lines.js';
import { primaryGroups } from './primary.js';
import type { Finding } from '../model/report.js';
import { isInputTrouble, statusCounts } from './status.js';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

function statusCell(d: DocumentReport, ctx: FormatContext): string {
  const mark = d.status === 'checked' ? '✅' : isInputTrouble(d.status) ? '❌' : '⚪';
  return `${mark} ${label(d.status, ctx.lang)}`;
}

function documentSection(d: DocumentReport, ctx: FormatContext): string {
  const L = (k: Parameters<typeof label>[0]) => label(k, ctx.lang);
  if (d.status !== 'checked') return `### ${isInputTrouble(d.status) ? '❌' : '⚪'} ${code(d.path)} ${L(d.status)}\n\n${md(d.error ?? d.status)}\n`;
  const c = countBySeverity(d.findings);
  const head =
    `${c.error} ${L('errors')} · ${c.warning} ${L('warnings')} · ${c.info} ${L('infos')}` +
    (d.meta?.department ? ` · ${d.meta.department.text}` : '');
  const tpl = templateLine(d, ctx.lang);
  const notes = [...(tpl ? [`- ${md(tpl)}`] : []), ...(d.coverage ? coverageLines(d.coverage, ctx.lang).map((n) => `- ${md(n)}`) : [])];
  if (d.findings.length === 0) return `### ✅ ${code(d.path)}\n\n${L('noFindings')}\n` + (notes.length ? `\n${notes.join('\n')}\n` : '');
  const parts = [`<details${c.error ? ' open' : ''}>`, `<summary><code>${escapeHtml(d.path)}</code> — ${escapeHtml(head)}</summary>`, '', ...notes, ...(notes.length ? [''] : [])];
  const table = (findings: readonly Finding[]) => {
    parts.push(`| ${L('lines')} | ${L('severity')} | ${L('rule')} | ${L('message')} | ${L('expected')} | ${L('printed')} | ${L('difference')} |`);
    parts.push('|---:|---|---|---|---:|---:|---:|');
    for (const f of findings) {
      const where = f.locations.map(placeOf).filter(Boolean);
      const msg = md(f.message) + (where.length ? `<br><sub>${md([...new Set(where)].join('；'))}</sub>` : '');
      parts.push(
        `| ${linesOf(f).join(', ')}${pagesLabel(f, ctx.lang) ? ` (${pagesLabel(f, ctx.lang)})` : ''} | ${ICON[f.severity]} ${severityLabel(f.severity, ctx.lang)} | ${code(f.ruleId)} ${md(ruleTitle(f.ruleId, ctx))} | ${msg} | ${md(f.expected ?? '')} | ${md(f.actual ?? '')} | ${md(f.difference ?? '')} |`,
      );
    }
    parts.push('');
  };
  // the numbers to correct first, each with the failing checks it explains beneath it
  const { groups, rest } = primaryGroups(d);
  if (groups.length > 0) {
    parts.push(`#### ${md(L('primaryFindings'))}`, '');
    for (const g of groups) {
      const tie = g.diagnosis.kind === 'tie' ? ` (${L('tie')})` : '';
      parts.push(`**${g.diagnosis.id}${tie}** ${md(g.diagnosis.message)}`, '');
      table(g.findings);
    }
    if (rest.length > 0) parts.push(`#### ${md(L('otherFindings'))}`, '');
  }
  for (const g of groupByTable(rest, ctx.lang)) {
    parts.push(`**${md(g.table)}**`, '');
    table(g.findings);
  }
  parts.push('</details>', '');
  return parts.join('\n');
}

/** A pull-request comment: an overview table, then each document's findings folded by table. */
export const markdownFormatter: Formatter = {
  name: 'markdown',
  extension: '.md',
  render(report, ctx) {
    const L = (k: Parameters<typeof label>[0]) => label(k, ctx.lang);
    const s = report.summary;
    const out = [
      `## ${L('title')}`,
      '',
      ctx.lang === 'zh'
        ? `${s.documents} 个文件（${statusCounts(s, ctx.lang)}）· ${s.errors} 个错误 · ${s.warnings} 个警告 · ${s.infos} 个提示 · budget-audit ${report.tool.version}`
        : `${s.documents} file(s) (${statusCounts(s, ctx.lang)}) · ${s.errors} error(s) · ${s.warnings} warning(s) · ${s.infos} info · budget-audit ${report.tool.version}`,
      '',
      `| ${L('file')} | ${L('status')} | ${L('department')} | ${L('errors')} | ${L('warnings')} | ${L('infos')} |`,
      '|---|---|---|---:|---:|---:|',
    ];
    for (const d of report.documents) {
      const c = countBySeverity(d.findings);
      out.push(`| ${code(d.path)} | ${statusCell(d, ctx)} | ${md(d.meta?.department?.text ?? '')} | ${c.error} | ${c.warning} | ${c.info} |`);
    }
    out.push('');
    for (const d of report.documents) out.push(documentSection(d, ctx));
    if (report.baseline) {
      out.push(`**${L('baselineSuppressed')}**: ${report.baseline.suppressed}`, '');
      if (report.baseline.absent.length) {
        out.push(`**${L('baselineAbsent')}**:`, '');
        for (const e of report.baseline.absent) out.push(`- ${code(e.path)} ${code(e.ruleId)} ${md(e.message)}`);
        out.push('');
      }
    }
    return out.join('\n').trimEnd() + '\n';
  },
};
