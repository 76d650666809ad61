import { templateLine } from './template-line.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentReport, Finding, Report, Severity } from '../model/report.js';
import type { FormatContext, Formatter } from './formatter.js';
import { groupByTable, linesOf, pagesLabel, placeOf, ruleTitle } from './describe.js';
import { countBySeverity } from './threshold.js';
import { label, severityLabel, type LabelKey } from './labels.js';
import { isInputTrouble, statusCounts } from './status.js';
import { coverageLines } from './coverage-lines.js';
import { textWidth, wrapText } from './wrap.js';
import { primaryGroups } from './primary.js';
import { boxTable, type Align } from './box-table.js';

const FINDING_ALIGNS: readonly Align[] = ['right', 'left', 'left', 'left', 'right', 'right', 'right'];

function paint(c: ChalkInstance, s: Severity, text: string): string {
  return s === 'error' ? c.red.bold(text) : s === 'warning' ? c.yellow(text) : c.cyan(text);
}

function summaryTable(d: DocumentReport, ctx: FormatContext, c: ChalkInstance): string {
  const L = (k: LabelKey) => label(k, ctx.lang);
  const n = countBySeverity(d.findings);
  const cov = d.coverage;
  const readable = cov ? cov.tables.filter((t) => t.status === 'parsed' || t.status === 'recovered').length : 0;
  const head = [L('tables'), L('missingTables'), L('rulesRun'), L('errors'), L('warnings'), L('infos')];
  const row = [
    cov ? `${readable}/${cov.tables.length}` : '-',
    cov ? String(cov.missingTables.length) : '-',
    cov ? `${cov.rules.ran.length}/${cov.rules.skipped.length}` : '-',
    n.error ? c.red.bold(String(n.error)) : '0',
    n.warning ? c.yellow(String(n.warning)) : '0',
    String(n.info),
  ];
  return boxTable(head, [row], { headRule: true });
}

/** "336" or "336, 350" or "336…365 (27)": a long list of lines would make a tall, empty row. */
function compactLines(lines: readonly number[]): string {
  if (lines.length <= 3) return lines.join('\n');
  return `${lines[0]}…${lines[lines.length - 1]}\n(${lines.length})`;
}

function findingsTable(findings: readonly Finding[], ctx: FormatContext, c: ChalkInstance): string {
  const L = (k: LabelKey) => label(k, ctx.lang);
  const width = Math.max(80, ctx.width ?? 120);
  // Line, severity, rule and the three numbers stay narrow; the message takes what is left.
  const fixed = 8 + 8 + 26 + 3 * 12 + 8 * 3;
  const msgWidth = Math.max(30, width - fixed);
  const ruleWidth = 24;
  // Plain cells first, so that column widths (and the separator rows) can be measured before colour.
  const blocks = findings.map((f) => {
    const first = f.locations[0];
    const where = first ? placeOf(first) : '';
    const pages = pagesLabel(f, ctx.lang);
    const lines = [...compactLines(linesOf(f)).split('\n'), ...(pages ? [pages] : [])];
    const rule = [f.ruleId, ...wrapText(ruleTitle(f.ruleId, ctx), ruleWidth).split('\n')];
    const message = wrapText(f.message, msgWidth).split('\n');
    const place = where ? wrapText(where, msgWidth).split('\n') : [];
    return { f, lines, rule, message, place };
  });
  const head = [L('lines'), L('severity'), L('rule'), L('message'), L('expected'), L('printed'), L('difference')];
  const widths = head.map(textWidth);
  const widen = (col: number, s: string) => (widths[col] = Math.max(widths[col] ?? 0, textWidth(s)));
  for (const b of blocks) {
    b.lines.forEach((s) => widen(0, s));
    widen(1, severityLabel(b.f.severity, ctx.lang));
    b.rule.forEach((s) => widen(2, s));
    [...b.message, ...b.place].forEach((s) => widen(3, s));
    widen(4, b.f.expected ?? '');
    widen(5, b.f.actual ?? '');
    widen(6, b.f.difference ?? '');
  }
  const rule = widths.map((w) => c.dim('─'.repeat(w)));
  // One printed line per table row, a dim rule between findings.
  const rows: string[][] = [];
  for (const b of blocks) {
    rows.push(rule);
    const text = [...b.message, ...b.place.map((s) => c.dim(s))];
    const ruleCol = [b.rule[0] ?? '', ...b.rule.slice(1).map((s) => c.dim(s))];
    const height = Math.max(b.lines.length, ruleCol.length, text.length);
    for (let k = 0; k < height; k++) {
      rows.push([
        b.lines[k] ?? '',
        k === 0 ? paint(c, b.f.severity, severityLabel(b.f.severity, ctx.lang)) : '',
        ruleCol[k] ?? '',
        text[k] ?? '',
        k === 0 ? (b.f.expected ?? '') : '',
        k === 0 ? (b.f.actual ?? '') : '',
        k === 0 ? (b.f.difference ?? '') : '',
      ]);
    }
  }
  return boxTable(head, rows, { aligns: FINDING_ALIGNS });
}

function documentBlock(d: DocumentReport, ctx: FormatContext, c: ChalkInstance): string {
  const status =
    d.status === 'checked'
      ? c.green(label('checked', ctx.lang))
      : isInputTrouble(d.status)
        ? c.red.bold(label(d.status, ctx.lang))
        : c.yellow(label(d.status, ctx.lang));
  const meta = [d.meta?.department?.text, d.meta?.year ? String(d.meta.year.value) : undefined, d.meta?.kind?.value]
    .filter(Boolean)
    .join(' ');
  const out = [`${c.bold.underline(d.path)}  ${status}${meta ? '  ' + c.dim(meta) : ''}`];
  if (d.status !== 'checked') {
    out.push('  ' + (isInputTrouble(d.status) ? c.red : c.yellow)(d.error ?? ''));
    return out.join('\n');
  }
  const tpl = templateLine(d, ctx.lang);
  if (tpl) out.push(c.cyan('  ' + tpl));
  out.push(summaryTable(d, ctx, c));
  if (d.coverage) for (const l of coverageLines(d.coverage, ctx.lang)) out.push(c.dim('  · ' + l));
  for (const cr of d.coverage?.rules.crashed ?? []) out.push(c.magenta(`${label('crashed', ctx.lang)} ${cr.ruleId}: ${cr.message}`));
  if (d.findings.length === 0) {
    out.push(c.green(label('noFindings', ctx.lang)));
    return out.join('\n');
  }
  // the numbers to correct first, each with the failing checks it explains beneath it
  const { groups, rest } = primaryGroups(d);
  if (groups.length > 0) {
    out.push('', c.bold.underline(label('primaryFindings', ctx.lang)));
    for (const g of groups) {
      const mark = g.diagnosis.kind === 'tie' ? c.yellow(`${g.diagnosis.id} ${label('tie', ctx.lang)}`) : c.red.bold(g.diagnosis.id);
      out.push('', `${mark}  ${wrapText(g.diagnosis.message, Math.max(60, (ctx.width ?? 120) - 6)).split('\n').join('\n    ')}`);
      out.push(findingsTable(g.findings, ctx, c));
    }
    if (rest.length > 0) out.push('', c.bold.underline(label('otherFindings', ctx.lang)));
  }
  for (const g of groupByTable(rest, ctx.lang)) {
    out.push('', c.bold(g.table));
    out.push(findingsTable(g.findings, ctx, c));
  }
  return out.join('\n');
}

export function summaryLine(report: Report, lang: 'zh' | 'en', c: ChalkInstance): string {
  const s = report.summary;
  const secs = (s.durationMs / 1000).toFixed(1);
  const errors = s.errors ? c.red.bold(String(s.errors)) : '0';
  const warnings = s.warnings ? c.yellow(String(s.warnings)) : '0';
  return lang === 'zh'
    ? `共 ${s.documents} 个文件（${statusCounts(s, lang)}）：${errors} 个错误，${warnings} 个警告，${s.infos} 个提示；用时 ${secs} 秒`
    : `${s.documents} file(s) (${statusCounts(s, lang)}): ${errors} error(s), ${warnings} warning(s), ${s.infos} info; ${secs}s`;
}

/** The terminal report: per document a summary table and the findings grouped by table. */
export const prettyFormatter: Formatter = {
  name: 'pretty',
  extension: '.txt',
  render(report, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const blocks = report.documents.map((d) => documentBlock(d, ctx, c));
    if (report.baseline) {
      const b = report.baseline;
      const lines = [`${label('baselineSuppressed', ctx.lang)}: ${b.suppressed}`];
      if (b.absent.length) {
        lines.push(`${label('baselineAbsent', ctx.lang)}: ${b.absent.length}`);
        for (const e of b.absent) lines.push(c.dim(`  ${e.path}  ${e.ruleId}  ${e.message}`));
      }
      blocks.push(lines.join('\n'));
    }
    blocks.push(c.bold(summaryLine(report, ctx.lang, c)));
    return blocks.join('\n\n') + '\n';
  },
};
