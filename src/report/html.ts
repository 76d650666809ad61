import { templateLine } from './template-line.js';
import { primaryGroups } from './primary.js';
import { header, overviewRows, type OverviewRow } from './overview.js';
import type { DocumentReport, Finding, Report, Severity } from '../model/report.js';
import type { FormatContext, Formatter } from './formatter.js';
import { escapeHtml as h } from './escape.js';
import { groupByTable, linesOf, pageOf, placeOf, ruleTitle } from './describe.js';
import { countBySeverity, severityRank, worstSeverity } from './threshold.js';
import { label, severityLabel, type LabelKey } from './labels.js';
import { HTML_STYLE } from './html-style.js';
import { coverageLines } from './coverage-lines.js';
import { isInputTrouble, statusCounts } from './status.js';

function countCell(n: number, cls: string): string {
  return n ? `<td class="num"><span class="badge ${cls}">${n}</span></td>` : `<td class="num zero">0</td>`;
}

/** The folder overview's release facts and the checks across releases, beside the counts. */
function releaseCells(row: OverviewRow | undefined): string {
  if (!row) return '<td></td><td></td><td class="num"></td><td class="num"></td>';
  const cross = row.crossMismatch
    ? `<span class="badge error" title="${h(row.crossMessages.join('\n'))}">${row.crossMismatch}</span>`
    : row.crossOk
      ? `<span class="badge ok">${row.crossOk}</span>`
      : '';
  return `<td>${h(row.kind)}</td><td>${h(row.template)}</td><td class="num">${h(row.totalExpenditure)}</td><td class="num">${cross}</td>`;
}

function crossSection(report: Report, ctx: FormatContext): string {
  const results = report.crossRelease ?? [];
  if (results.length === 0) return '';
  const L = (k: LabelKey) => label(k, ctx.lang);
  const rank = { mismatch: 0, unchecked: 1, rounding: 2, ok: 3 } as const;
  const rows = [...results]
    .sort((a, b) => rank[a.status] - rank[b.status])
    .map((r) => `<tr><td><span class="badge ${r.status === 'mismatch' ? 'error' : r.status === 'unchecked' ? 'warning' : 'ok'}">${h(r.status)}</span></td><td>${h(r.check)}</td><td>${h(r.message)}</td></tr>`);
  return `<section class="card" id="cross-release"><h2>${h(L('crossRelease'))}</h2><table class="grid"><tbody>${rows.join('')}</tbody></table></section>`;
}

function overview(report: Report, ctx: FormatContext): string {
  const L = (k: LabelKey) => label(k, ctx.lang);
  const facts = overviewRows(report);
  const rows = report.documents.map((d, i) => {
    const c = countBySeverity(d.findings);
    const status =
      d.status === 'checked'
        ? `<span class="badge ok">${h(L('checked'))}</span>`
        : `<span class="badge ${isInputTrouble(d.status) ? 'bad' : 'warning'}">${h(L(d.status))}</span>`;
    const tables = d.coverage ? `${d.coverage.tables.length}` : '-';
    return (
      `<tr><td><a href="#doc-${i + 1}">${h(d.path)}</a></td><td>${h(d.meta?.department?.text ?? '')}</td>` +
      `<td>${d.meta?.year ? d.meta.year.value : ''}</td><td>${status}</td><td class="num">${tables}</td>` +
      releaseCells(facts[i]) +
      countCell(c.error, 'error') + countCell(c.warning, 'warning') + countCell(c.info, 'info') + '</tr>'
    );
  });
  return (
    `<section class="card" id="overview"><h2>${h(L('overview'))}</h2><table class="grid"><thead><tr>` +
    `<th>${h(L('file'))}</th><th>${h(L('department'))}</th><th>${h(L('year'))}</th><th>${h(L('status'))}</th>` +
    `<th class="num">${h(L('tables'))}</th><th>${h(header('kind', ctx.lang))}</th><th>${h(header('template', ctx.lang))}</th>` +
    `<th class="num">${h(header('totalExpenditure', ctx.lang))}</th><th class="num">${h(L('crossRelease'))}</th><th class="num">${h(L('errors'))}</th><th class="num">${h(L('warnings'))}</th>` +
    `<th class="num">${h(L('infos'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>` +
    crossSection(report, ctx)
  );
}

function findingCard(f: Finding, id: string, docId: string, ctx: FormatContext): string {
  const L = (k: LabelKey) => label(k, ctx.lang);
  const nums = (
    [
      ['expected', f.expected],
      ['printed', f.actual],
      ['difference', f.difference],
      ['interval', f.interval],
    ] as const
  )
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<span>${h(L(k))} <b>${h(v ?? '')}</b></span>`)
    .join('');
  const items = f.locations.map((l) => {
    const place = [placeOf(l), l.value ? `= ${l.value}` : ''].filter(Boolean).join(' ');
    const page = pageOf(l, ctx.lang);
    return `<div><a href="#${docId}-L${l.line}">${h(L('line'))} ${l.line}</a>${page ? `<span class="page">${h(page)}</span>` : ''}${h(place)}</div>`;
  });
  // A sum over dozens of rows lists them all, folded after the first few.
  const SHOWN = 4;
  const more = items.length - SHOWN;
  const where =
    more > 1
      ? items.slice(0, SHOWN).join('') +
        `<details><summary>${h(ctx.lang === 'zh' ? `其余 ${more} 处` : `${more} more`)}</summary>${items.slice(SHOWN).join('')}</details>`
      : items.join('');
  return (
    `<article class="finding ${f.severity}" id="${id}"><div class="head"><span class="badge ${f.severity}">` +
    `${h(severityLabel(f.severity, ctx.lang))}</span><strong>${h(ruleTitle(f.ruleId, ctx))}</strong>` +
    `<span class="rule">${h(f.ruleId)}</span></div><div class="msg">${h(f.message)}</div>` +
    (nums ? `<div class="nums">${nums}</div>` : '') +
    `<div class="where">${where}</div></article>`
  );
}

/** Lines shown around each involved line; longer stretches between them fold into <details>. */
const CONTEXT = 4;
/** Lines shown at the top of a document without findings before the rest folds. */
const HEAD_LINES = 12;

function sourceView(lines: readonly string[], findings: readonly Finding[], ids: Map<Finding, string>, docId: string, ctx: FormatContext): string {
  const hits = new Map<number, Finding[]>();
  for (const f of findings) for (const n of linesOf(f)) hits.set(n, [...(hits.get(n) ?? []), f]);
  const visible = new Set<number>();
  if (hits.size === 0) for (let n = 1; n <= Math.min(HEAD_LINES, lines.length); n++) visible.add(n);
  for (const n of hits.keys()) for (let k = n - CONTEXT; k <= n + CONTEXT; k++) visible.add(k);
  const row = (n: number): string => {
    const fs = hits.get(n) ?? [];
    const worst = worstSeverity(fs);
    const cls = worst ? ` hit ${worst}` : '';
    // One marker per rule on a line; it links to the first of that rule's findings there.
    const byRule = new Map<string, Finding[]>();
    for (const f of [...fs].sort((a, b) => severityRank(a.severity) - severityRank(b.severity)))
      byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const refs = [...byRule]
      .map(([ruleId, list]) => {
        const f = list[0]!;
        const times = list.length > 1 ? ` ×${list.length}` : '';
        return `<a href="#${ids.get(f)}" title="${h(f.message)}">◆${h(ruleId)}${times}</a>`;
      })
      .join('');
    return (
      `<div class="ln${cls}" id="${docId}-L${n}"><a class="n" href="#${docId}-L${n}">${n}</a>` +
      `<span class="t">${h(lines[n - 1] ?? '')}</span><span class="refs">${refs}</span></div>`
    );
  };
  // The whole text is in the file; stretches far from any finding start folded so the eye lands on the hits.
  const out: string[] = [];
  let folded: string[] = [];
  const flush = () => {
    if (!folded.length) return;
    const label = ctx.lang === 'zh' ? `⋯ 展开 ${folded.length} 行` : `⋯ show ${folded.length} more line(s)`;
    out.push(`<details class="fold"><summary>${h(label)}</summary>${folded.join('')}</details>`);
    folded = [];
  };
  for (let n = 1; n <= lines.length; n++) {
    if (visible.has(n)) {
      flush();
      out.push(row(n));
    } else folded.push(row(n));
  }
  flush();
  return out.join('');
}

async function documentSection(d: DocumentReport, index: number, ctx: FormatContext): Promise<string> {
  const L = (k: LabelKey) => label(k, ctx.lang);
  const docId = `doc-${index + 1}`;
  const meta = [d.meta?.department?.text, d.meta?.year ? String(d.meta.year.value) : undefined, d.meta?.kind?.value]
    .filter(Boolean)
    .join(' · ');
  const c = countBySeverity(d.findings);
  const head =
    `<h2 id="${docId}"><span class="path">${h(d.path)}</span><span class="meta">${h(meta)}</span>` +
    (['error', 'warning', 'info'] as Severity[])
      .filter((s) => c[s])
      .map((s) => `<span class="badge ${s}">${c[s]} ${h(severityLabel(s, ctx.lang))}</span>`)
      .join(' ') +
    `</h2>`;
  if (d.status !== 'checked')
    return `<section class="card">${head}<div class="err"><b>${h(label(d.status, ctx.lang))}</b> ${h(d.error ?? d.status)}</div></section>`;
  const ids = new Map<Finding, string>(d.findings.map((f, i) => [f, `${docId}-f${i + 1}`]));
  const lines = await ctx.readLines(d);
  // the numbers to correct first, each with the failing checks it explains beneath it
  const primary = primaryGroups(d);
  const diagnosed = primary.groups
    .map(
      (g) =>
        `<div class="diagnosis ${g.diagnosis.kind === 'tie' ? 'tie' : ''}" id="${docId}-${h(g.diagnosis.id)}"><div class="group">${h(g.diagnosis.id)}${g.diagnosis.kind === 'tie' ? ' · ' + h(L('tie')) : ''}: ${h(g.diagnosis.message)}</div>` +
        g.findings.map((f) => findingCard(f, ids.get(f) ?? '', docId, ctx)).join('') +
        `</div>`,
    )
    .join('');
  const rest = groupByTable(primary.rest, ctx.lang)
    .map((g) => `<div class="group">${h(g.table)}</div>` + g.findings.map((f) => findingCard(f, ids.get(f) ?? '', docId, ctx)).join(''))
    .join('');
  const groups = diagnosed
    ? `<h4>${h(L('primaryFindings'))}</h4>${diagnosed}` + (rest ? `<h4>${h(L('otherFindings'))}</h4>${rest}` : '')
    : rest;
  const tpl = templateLine(d, ctx.lang);
  const notes = [...(tpl ? [tpl] : []), ...(d.coverage ? coverageLines(d.coverage, ctx.lang) : [])];
  // what could not be checked stands above the findings: silence is only trusted with it in view
  const coverage = notes.length ? `<ul class="coverage">${notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  const findings =
    `<div class="findings">${coverage}<h3>${h(L('findings'))}</h3>` + (groups || `<div class="note">${h(L('noFindings'))}</div>`) + `</div>`;
  const source = lines
    ? `<div class="source"><h3>${h(L('sourceText'))}</h3><div class="code">${sourceView(lines, d.findings, ids, docId, ctx)}</div></div>`
    : `<div class="source"><div class="note">${h(ctx.lang === 'zh' ? '原文已更改或无法再次读取，未显示。' : 'The text changed or cannot be read again; not shown.')}</div></div>`;
  return `<section class="card">${head}<div class="doc-body">${findings}${source}</div></section>`;
}

/**
 * One self-contained HTML file: an overview of the folder, then per document its findings beside
 * the release text, involved lines highlighted and linked both ways. No script, no network.
 */
export const htmlFormatter: Formatter = {
  name: 'html',
  extension: '.html',
  async render(report, ctx) {
    const L = (k: LabelKey) => label(k, ctx.lang);
    const s = report.summary;
    const sections: string[] = [];
    for (const [i, d] of report.documents.entries()) sections.push(await documentSection(d, i, ctx));
    const pills = [
      `<span class="pill">${s.documents} ${h(L('file'))}${h(ctx.lang === 'zh' ? `（${statusCounts(s, 'zh')}）` : ` (${statusCounts(s, 'en')})`)}</span>`,
      `<span class="pill error">${s.errors} ${h(L('errors'))}</span>`,
      `<span class="pill warning">${s.warnings} ${h(L('warnings'))}</span>`,
      `<span class="pill info">${s.infos} ${h(L('infos'))}</span>`,
    ].join('');
    let baseline = '';
    if (report.baseline) {
      const b = report.baseline;
      baseline =
        `<section class="card"><h2>${h(b.file)}</h2><div class="note">${h(L('baselineSuppressed'))}: ${b.suppressed}</div>` +
        (b.absent.length
          ? `<div class="note">${h(L('baselineAbsent'))}:<ul>${b.absent.map((e) => `<li>${h(e.path)} — ${h(e.ruleId)} — ${h(e.message)}</li>`).join('')}</ul></div>`
          : '') +
        `</section>`;
    }
    return (
      `<!DOCTYPE html>\n<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
      `<title>${h(L('title'))}</title><style>${HTML_STYLE}</style></head><body>` +
      `<header class="top"><h1>${h(L('title'))}</h1><div class="sub">budget-audit ${h(report.tool.version)}</div>` +
      `<div class="pills">${pills}</div></header><main>${overview(report, ctx)}${sections.join('')}${baseline}</main>` +
      `<footer>${h(L('generatedBy'))} budget-audit ${h(report.tool.version)}</footer></body></html>\n`
    );
  },
};
