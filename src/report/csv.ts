import type { Formatter } from './formatter.js';
import { header, overviewRows, OVERVIEW_HEADERS, type OverviewRow } from './overview.js';

/**
 * The folder overview as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled; CRLF between records), one row per release. A byte-order mark first, so that spreadsheet
 * programs read the Chinese as UTF-8. Quoting is three lines: no dependency is worth it.
 */
function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvFormatter: Formatter = {
  name: 'csv',
  extension: '.csv',
  render(report, ctx) {
    const keys = Object.keys(OVERVIEW_HEADERS) as Array<keyof OverviewRow>;
    const lines = [keys.map((k) => field(header(k, ctx.lang))).join(',')];
    for (const row of overviewRows(report)) {
      lines.push(keys.map((k) => field(Array.isArray(row[k]) ? (row[k] as string[]).join(ctx.lang === 'zh' ? '；' : '; ') : (row[k] as string | number))).join(','));
    }
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  },
};
