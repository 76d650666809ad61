/** The HTML report's only style sheet, inlined: the file must open offline and from e-mail. */
export const HTML_STYLE = `
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2330;--dim:#667085;--line:#e4e7ec;--err:#c4262e;--err-bg:#fdecec;
--warn:#b25e09;--warn-bg:#fff4e0;--info:#1f6fb2;--info-bg:#e8f2fc;--ok:#1a7f45;--mark:#fff7c2}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 -apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
header.top{background:#1d2330;color:#fff;padding:18px 28px}
header.top h1{margin:0 0 4px;font-size:20px;font-weight:600}
header.top .sub{color:#c5cad3;font-size:13px}
.pills{display:flex;gap:8px;margin-top:10px;flex-wrap:wrap}
.pill{border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600;background:#394150;color:#fff}
.pill.error{background:var(--err)}.pill.warning{background:var(--warn)}.pill.info{background:var(--info)}
main{padding:20px 28px;max-width:1600px;margin:0 auto}
section.card{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:0 0 22px;box-shadow:0 1px 2px rgba(16,24,40,.05)}
section.card>h2{margin:0;padding:14px 18px;font-size:16px;border-bottom:1px solid var(--line);display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
section.card>h2 .path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px}
section.card>h2 .meta{color:var(--dim);font-weight:400;font-size:13px}
table.grid{border-collapse:collapse;width:100%}
table.grid th,table.grid td{padding:7px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
table.grid th{background:#fafbfc;color:var(--dim);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.02em}
table.grid td.num,table.grid th.num{text-align:right;font-variant-numeric:tabular-nums}
table.grid tr:last-child td{border-bottom:0}
.badge{display:inline-block;min-width:3.2em;text-align:center;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600}
.badge.error{background:var(--err-bg);color:var(--err)}.badge.warning{background:var(--warn-bg);color:var(--warn)}
.badge.info{background:var(--info-bg);color:var(--info)}.badge.ok{background:#e7f6ed;color:var(--ok)}
.badge.bad{background:var(--err);color:#fff}
.zero{color:#b0b6c0}
.doc-body{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:0}
.doc-body.single{grid-template-columns:minmax(0,1fr)}
.findings{padding:6px 18px 14px;border-right:1px solid var(--line)}
.findings h3,.source h3{font-size:13px;color:var(--dim);margin:12px 0 6px;font-weight:600}
.finding{border:1px solid var(--line);border-left:4px solid var(--info);border-radius:6px;padding:8px 12px;margin:0 0 10px;background:#fff}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}
.finding:target{box-shadow:0 0 0 3px #ffd666}
.finding .head{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.finding .rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:var(--dim)}
.finding .msg{margin:4px 0}
.finding .nums{display:flex;gap:14px;flex-wrap:wrap;font-size:12px;color:var(--dim);font-variant-numeric:tabular-nums}
.finding .nums b{color:var(--ink);font-weight:600}
.finding .where{font-size:12px;color:var(--dim);margin-top:4px}
.finding .where a{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--info);text-decoration:none;border:1px solid var(--line);border-radius:4px;padding:0 5px;margin-right:4px}
.finding .where summary{cursor:pointer;color:var(--info);font-size:12px}
.finding .where .page{font-size:11px;color:var(--dim);border:1px dashed var(--line);border-radius:4px;padding:0 5px;margin-right:6px}
.source{padding:6px 0 14px;min-width:0}
.source h3{padding:0 18px}
.code{max-height:640px;overflow:auto;font:12.5px/1.6 ui-monospace,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;border-top:1px solid var(--line)}
.ln{display:grid;grid-template-columns:4.5em 1fr auto;white-space:pre-wrap;word-break:break-all;tab-size:6}
.ln .n{color:#9aa1ad;text-align:right;padding-right:12px;user-select:none;text-decoration:none}
.ln .refs{padding:0 8px}
.ln .refs a{font-size:11px;text-decoration:none;color:var(--err);margin-left:4px}
.ln.hit{background:var(--info-bg)}.ln.hit.warning{background:var(--warn-bg)}.ln.hit.error{background:var(--err-bg)}
.ln:target{background:var(--mark)!important;outline:1px solid #e6c200}
.fold>summary{cursor:pointer;color:#7a8290;font-style:italic;padding:1px 0 1px 5.5em;background:#f3f4f6;list-style:none;border-top:1px dashed var(--line);border-bottom:1px dashed var(--line)}
.fold>summary::-webkit-details-marker{display:none}
.fold[open]>summary{background:#fafbfc}
.note{padding:12px 18px;color:var(--dim)}
.coverage{margin:0 0 10px;padding:8px 12px 8px 28px;background:#f6f7f9;border-radius:6px;color:var(--dim);font-size:13px;line-height:1.6}
.err{color:var(--err);padding:12px 18px}
.group{font-size:13px;font-weight:600;margin:14px 0 6px;color:var(--ink)}
footer{color:var(--dim);font-size:12px;text-align:center;padding:10px 0 30px}
`;
