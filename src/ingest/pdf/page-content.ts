import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Glyphs, Segment } from './geometry.js';
import { loadPdfJs } from './load.js';

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Thinner than this, a filled rectangle is a ruling line (how most producers draw borders). */
const THIN = 2.5;

export interface PageContent {
  width: number;
  height: number;
  glyphs: Glyphs[];
  segments: Segment[];
}

/** Text runs, with whitespace-only runs dropped: their widths are unreliable and gaps say the same. */
async function readGlyphs(page: PDFPageProxy, toView: Matrix): Promise<Glyphs[]> {
  const content = await page.getTextContent();
  const out: Glyphs[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const t = item.transform as Matrix;
    const size = Math.hypot(t[2], t[3]) || item.height;
    const [x, y] = apply(toView, t[4], t[5]);
    out.push({ text: item.str, x, y, width: item.width, size });
  }
  return out;
}

function edgesOf(points: Array<[number, number]>, closed: boolean, painted: 'stroke' | 'fill'): Segment[] {
  const out: Segment[] = [];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (painted === 'fill') {
    // a thin filled box is one line; a large one (a cell's shading) is its four edges
    if (h <= THIN && w > THIN) return [{ dir: 'h', at: (Math.max(...ys) + Math.min(...ys)) / 2, a: Math.min(...xs), b: Math.max(...xs) }];
    if (w <= THIN && h > THIN) return [{ dir: 'v', at: (Math.max(...xs) + Math.min(...xs)) / 2, a: Math.min(...ys), b: Math.max(...ys) }];
    if (w <= THIN && h <= THIN) return [];
  }
  const n = points.length;
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p = points[i];
    const q = points[(i + 1) % n];
    if (!p || !q) continue;
    if (Math.abs(p[1] - q[1]) < 0.5 && Math.abs(p[0] - q[0]) > 0.5)
      out.push({ dir: 'h', at: p[1], a: Math.min(p[0], q[0]), b: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) < 0.5 && Math.abs(p[1] - q[1]) > 0.5)
      out.push({ dir: 'v', at: p[0], a: Math.min(p[1], q[1]), b: Math.max(p[1], q[1]) });
  }
  return out;
}

/**
 * Ruling lines: the straight, axis-parallel parts of painted paths, in view space. Clipping paths
 * and curves draw no border and are ignored.
 */
async function readSegments(page: PDFPageProxy, toView: Matrix): Promise<Segment[]> {
  const { OPS } = await loadPdfJs();
  const list = await page.getOperatorList();
  const out: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const painting = new Map<number, 'stroke' | 'fill'>([
    [OPS.stroke, 'stroke'],
    [OPS.closeStroke, 'stroke'],
    [OPS.fill, 'fill'],
    [OPS.eoFill, 'fill'],
    [OPS.fillStroke, 'fill'],
    [OPS.eoFillStroke, 'fill'],
    [OPS.closeFillStroke, 'fill'],
    [OPS.closeEOFillStroke, 'fill'],
  ]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0] as Matrix | null;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const painted = painting.get(args[0] as number);
      if (!painted) continue;
      const full = multiply(ctm, toView);
      for (const data of args[1] as ArrayLike<number>[]) out.push(...pathSegments(data, full, painted));
    }
  }
  return out;
}

/** DrawOPS of pdfjs: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers), 3 quadraticCurveTo (4), 4 closePath. */
function pathSegments(data: ArrayLike<number> | null, m: Matrix, painted: 'stroke' | 'fill'): Segment[] {
  if (!data) return [];
  const out: Segment[] = [];
  let pts: Array<[number, number]> = [];
  let curved = false;
  const flush = (closed: boolean) => {
    if (pts.length >= 2 && !curved) out.push(...edgesOf(pts, closed, painted));
    pts = [];
    curved = false;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i] ?? -1;
    if (op === 0) {
      flush(false);
      pts.push(apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (op === 1) {
      pts.push(apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (op === 2) {
      curved = true;
      i += 7;
    } else if (op === 3) {
      curved = true;
      i += 5;
    } else if (op === 4) {
      flush(true);
      i += 1;
    } else break;
  }
  flush(painted === 'fill');
  return out;
}

export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toView = viewport.transform as Matrix;
  const [glyphs, segments] = await Promise.all([readGlyphs(page, toView), readSegments(page, toView)]);
  return { width: viewport.width, height: viewport.height, glyphs, segments };
}
