import type { Span } from '../model/primitives.js';
import type { Coverage, TableCoverage, Toc } from '../model/release.js';
import type { Table } from '../model/table.js';

export interface CoverageInput {
  toc: Toc | undefined;
  tables: Table[];
  illegible: Span[];
  unclaimedSentences: Coverage['unclaimedSentences'];
  unresolvedClaims: Coverage['unresolvedClaims'];
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

export function buildCoverage(input: CoverageInput): Coverage {
  return {
    tables: input.tables.map(tableCoverage),
    missingTables: missingTables(input.toc, input.tables, input.illegible),
    illegible: input.illegible,
    unclaimedSentences: input.unclaimedSentences,
    unresolvedClaims: input.unresolvedClaims,
  };
}
