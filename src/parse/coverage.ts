import type { Span } from '../model/primitives.js';
import type { Coverage, TableCoverage, Toc } from '../model/release.js';
import type { Table, TableKind } from '../model/table.js';
import type { Narrative } from '../model/narrative.js';
import { KIND_NAME } from './tables/kinds.js';
import type { Template } from '../template/index.js';

export interface CoverageInput {
  toc: Toc | undefined;
  tables: Table[];
  illegible: Span[];
  unclaimedSentences: Coverage['unclaimedSentences'];
  unresolvedClaims: Coverage['unresolvedClaims'];
  narrative?: Narrative;
  /** the release's template: which kind a printed number stands for */
  template: Template;
}

export function tableCoverage(t: Table): TableCoverage {
  const cells = t.rows.flatMap((r) => r.cells);
  return {
    kind: t.kind,
    ...(t.number !== undefined ? { number: t.number } : {}),
    title: t.title,
    line: t.titleLine,
    status: t.status,
    rows: t.rows.length,
    valueCells: cells.filter((c) => c.status === 'value').length,
    emptyCells: cells.filter((c) => c.status === 'empty').length,
    ambiguousCells: cells.filter((c) => c.certainty === 'ambiguous').length,
    lostCells: t.recovery?.lostCells ?? 0,
  };
}

/**
 * Tables the TOC promises but the attachment lacks. One is reported `illegible` when an
 * `[illegible]` block stands where it would come in the printed order: after the title of the
 * nearest earlier table found and before the nearest later one. Each block explains one table.
 */
function missingTables(toc: Toc | undefined, tables: readonly Table[], illegible: readonly Span[]): Coverage['missingTables'] {
  if (!toc) return [];
  const entries = toc.entries.filter((e) => e.tableKind !== undefined);
  const found = new Map<string, number>();
  for (const t of tables) if (!found.has(t.kind)) found.set(t.kind, t.titleLine);
  const used = new Set<number>();
  const tocEnd = Math.max(toc.line, ...toc.entries.map((e) => e.line));
  const out: Coverage['missingTables'] = [];
  entries.forEach((e, i) => {
    const kind = e.tableKind;
    if (kind === undefined || found.has(kind)) return;
    let after = 0;
    for (let j = i - 1; j >= 0; j--) {
      const l = found.get(entries[j]?.tableKind ?? '');
      if (l !== undefined) {
        after = l;
        break;
      }
    }
    let before = Infinity;
    for (let j = i + 1; j < entries.length; j++) {
      const l = found.get(entries[j]?.tableKind ?? '');
      if (l !== undefined) {
        before = l;
        break;
      }
    }
    // an [illegible] line within the TOC itself stands for no table
    const from = Math.max(after, tocEnd);
    const block = illegible.find((s) => !used.has(s.line) && s.line > from && s.line < before);
    if (block) {
      used.add(block.line);
      out.push({ kind, tocTitle: e.title, tocLine: e.line, reason: 'illegible', line: block.line });
    } else {
      out.push({ kind, tocTitle: e.title, tocLine: e.line, reason: 'absent' });
    }
  });
  return out;
}


/**
 * Without a table of contents (seed 002 has none) the printed numbers still tell: 预算05表 followed
 * by 预算07表 means 06 is missing. Only numbers printed on the tables count, and only gaps between
 * two of them, so a release that numbers nothing reports nothing here.
 */
function numberingGaps(tables: readonly Table[], known: ReadonlySet<string>, template: Template): Coverage['missingTables'] {
  const numbered = tables
    .filter((t) => t.number !== undefined && /^\d{2}$/.test(t.number) && t.numberLine !== undefined)
    .map((t) => ({ n: parseInt(t.number ?? '', 10), line: t.titleLine }));
  const out: Coverage['missingTables'] = [];
  for (let i = 1; i < numbered.length; i++) {
    const prev = numbered[i - 1]!;
    const cur = numbered[i]!;
    for (let n = prev.n + 1; n < cur.n; n++) {
      const kind = template.kindOfNumber(String(n).padStart(2, '0'));
      if (!kind || known.has(kind) || tables.some((t) => t.kind === kind)) continue;
      out.push({ kind, tocTitle: KIND_NAME[kind].zh, tocLine: cur.line, evidence: 'numbering', reason: 'absent' });
    }
  }
  return out;
}

export function buildCoverage(input: CoverageInput): Coverage {
  const fromToc = missingTables(input.toc, input.tables, input.illegible);
  const gaps = numberingGaps(input.tables, new Set(fromToc.map((m) => m.kind)), input.template);
  return {
    tables: input.tables.map(tableCoverage),
    missingTables: [...fromToc, ...gaps],
    illegible: input.illegible,
    unclaimedSentences: input.unclaimedSentences,
    unresolvedClaims: input.unresolvedClaims,
    ...(input.narrative ? { narrative: { sections: input.narrative.sections.length, claims: input.narrative.claims.length } } : {}),
  };
}
