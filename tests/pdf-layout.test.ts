import { describe, expect, it } from 'vitest';
import type { Glyphs, Segment } from '../src/ingest/pdf/geometry.js';
import { findGrids } from '../src/ingest/pdf/grid.js';
import { layPage, layTable, type LaidTable } from '../src/ingest/pdf/layout.js';
import { dropMargins, isPageNumber } from '../src/ingest/pdf/margins.js';
import { joinWrapped } from '../src/ingest/pdf/text-join.js';

const run = (text: string, x: number, y: number, size = 10): Glyphs => ({ text, x, y, width: text.length * size * 0.55, size });
const h = (y: number, a: number, b: number): Segment => ({ dir: 'h', at: y, a, b });
const v = (x: number, a: number, b: number): Segment => ({ dir: 'v', at: x, a, b });

/** A ruled grid: vertical rulings at xs over the full height, horizontal ones at ys across. */
function ruled(xs: number[], ys: number[]): Segment[] {
  const top = ys[0] ?? 0;
  const bottom = ys[ys.length - 1] ?? 0;
  return [...xs.map((x) => v(x, top, bottom)), ...ys.map((y) => h(y, xs[0] ?? 0, xs[xs.length - 1] ?? 0))];
}

describe('PDF layout pieces', () => {
  it('joins a wrapped cell: Chinese and split numbers with nothing, Latin words with a space', () => {
    expect(joinWrapped(['14,770', '.62'])).toBe('14,770.62');
    expect(joinWrapped(['100,763.0', '3'])).toBe('100,763.03');
    expect(joinWrapped(['一般公共预算', '支出'])).toBe('一般公共预算支出');
    expect(joinWrapped(['Budget', 'table'])).toBe('Budget table');
  });

  it('knows a page number when it sees one', () => {
    for (const s of ['12', '- 12 -', '—3—', '第 3 页', '第3页 共20页', '3/20']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['一、部门职责', '702.77', '第三部分', '12 个']) expect(isPageNumber(s), s).toBe(false);
  });

  it('drops page numbers and recurring running heads in the margins, keeps the body', () => {
    const line = (text: string, top: number) => ({ kind: 'text' as const, page: 1, top, bottom: top + 10, text, size: 10 });
    const pages = [1, 2, 3, 4].map((p) => ({ height: 800, blocks: [line('某某局2026年部门预算', 20), line(`正文 ${p}`, 300), line(String(p), 780)] }));
    expect(dropMargins(pages).map((b) => b.map((x) => (x.kind === 'text' ? x.text : '')))).toEqual([['正文 1'], ['正文 2'], ['正文 3'], ['正文 4']]);
  });

  it('finds a ruled grid and reads its cells by column, an empty cell as empty', () => {
    const segs = ruled([0, 100, 200, 300], [0, 20, 40, 60]);
    const [grid] = findGrids(segs);
    expect(grid?.xs).toHaveLength(4);
    const runs = [run('项目', 5, 15), run('金额', 105, 15), run('备注', 205, 15), run('一、收入', 5, 35), run('702.77', 150, 35), run('合计', 5, 55), run('702.77', 150, 55), run('无', 205, 55)];
    const t = layTable(grid!, runs, 1);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['项目', '金额', '备注'],
      ['一、收入', '702.77', ''],
      ['合计', '702.77', '无'],
    ]);
  });

  it('a heading merged over two columns stands in the first; a cell merged over two bands in the upper', () => {
    // row 0: 收入 spans columns 0-1 (no ruling at x=100 in that band); column 2's 说明 spans rows 0-1
    const segs = [v(0, 0, 60), v(100, 20, 60), v(200, 0, 60), v(300, 0, 60), h(0, 0, 300), h(20, 0, 200), h(40, 0, 300), h(60, 0, 300)];
    const [grid] = findGrids(segs);
    const t = layTable(grid!, [run('收入', 60, 15), run('说', 230, 18), run('明', 230, 32), run('项目', 5, 35), run('金额', 105, 35), run('工资', 5, 55), run('1.00', 150, 55), run('x', 205, 55)], 1);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['收入', '', '说明'],
      ['项目', '金额', ''],
      ['工资', '1.00', 'x'],
    ]);
  });

  it('a band stacking amounts in several columns is several unruled rows; a wrapped label is one row', () => {
    const [grid] = findGrids(ruled([0, 100, 200, 300], [0, 20, 80]));
    const t = layTable(grid!, [run('项目', 5, 15), run('甲', 105, 15), run('乙', 205, 15), run('工资', 5, 35), run('1.00', 150, 35), run('2.00', 250, 35), run('津贴', 5, 50), run('3.00', 150, 50), run('4.00', 250, 50), run('奖金补', 5, 65), run('助', 5, 77), run('5.00', 150, 71), run('6.00', 250, 71)], 1);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['项目', '甲', '乙'],
      ['工资', '1.00', '2.00'],
      ['津贴', '3.00', '4.00'],
      ['奖金补助', '5.00', '6.00'],
    ]);
  });

  it('splits a run that crosses a ruling between the cells it covers', () => {
    const [grid] = findGrids(ruled([0, 100, 200], [0, 20, 40]));
    const merged: Glyphs = { text: '32,365.09 一、一般公共服务', x: 40, y: 35, width: 150, size: 10 };
    const t = layTable(grid!, [run('a', 5, 15), run('b', 105, 15), merged], 1);
    expect(t.rows[1]?.cells).toEqual(['32,365.09', '一、一般公共服务']);
  });

  it('a box drawn around words below running text is no table: its words stay in their line', () => {
    // a line of text, then a line whose first words the producer framed in a one-row box
    const boxed = findGrids(ruled([0, 20, 60], [225, 240]));
    const blocks = layPage(1, [run('第一行文字', 0, 215), run('框内文字', 2, 235), run('框外文字', 26, 235)], boxed, 800);
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'text']);
    expect(blocks[1]?.kind === 'text' && blocks[1].text).toBe('框内文字框外文字');
  });

  it('lays text outside tables as lines, a wide gap as a tab', () => {
    const blocks = layPage(1, [run('部门名称：某局', 0, 10), run('单位：万元', 400, 10), run('一、部门职责', 0, 30)], []);
    expect(blocks.map((b) => (b.kind === 'text' ? b.text : (b as LaidTable).rows.length))).toEqual(['部门名称：某局\t单位：万元', '一、部门职责']);
  });
});
