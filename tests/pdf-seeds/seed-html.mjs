// Lays a seed release out as a printable HTML page: runs of tab-separated lines become ruled
// <table>s (their heading rows in <thead>, so the browser repeats them on every page a table spans),
// every other line a paragraph of its own, blank lines as blank space. Pure: the freshness test
// recomputes it without a browser.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The first data row: it prints an amount, or opens with a total, a code or a row ordinal. */
function isDataRow(cells) {
  if (cells.some((c) => /^-?[\d,]+(?:\.\d+)?$/.test(c.trim()) && /\d/.test(c))) return true;
  const first = cells.map((c) => c.replace(/\s+/g, '')).find((c) => c !== '');
  return first !== undefined && /^(?:合计|总计|\d{3,}|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/.test(first);
}

function tableHtml(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r) => [...r, ...Array(width - r.length).fill('')];
  const head = rows.findIndex((r) => isDataRow(r));
  const headRows = head > 0 ? rows.slice(0, head) : [];
  const bodyRows = head > 0 ? rows.slice(head) : rows;
  const tr = (r) => `<tr>${pad(r).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  return `<table>${headRows.length ? `<thead>${headRows.map(tr).join('')}</thead>` : ''}<tbody>${bodyRows.map(tr).join('')}</tbody></table>`;
}

export const STYLE = `
@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
  @bottom-center { content: "- " counter(page) " -"; font: 9pt "WenQuanYi Zen Hei", sans-serif; } }
body { font: 10pt/1.3 "WenQuanYi Zen Hei", sans-serif; margin: 0; }
p { margin: 0; white-space: pre-wrap; }
p.blank { height: 1.3em; }
table { border-collapse: collapse; margin: 4pt 0; font-size: 7pt; line-height: 1.2; }
td { border: 0.6pt solid #000; padding: 1.5pt 2pt; vertical-align: middle; }
tr { break-inside: avoid; }
`;

export function seedHtml(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    if (line.includes('\t')) {
      const rows = [];
      while (i < lines.length && (lines[i] ?? '').includes('\t')) rows.push((lines[i++] ?? '').split('\t'));
      out.push(tableHtml(rows));
      continue;
    }
    out.push(line.trim() === '' ? '<p class="blank"></p>' : `<p>${esc(line)}</p>`);
    i++;
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>\n${out.join('\n')}\n</body></html>\n`;
}
