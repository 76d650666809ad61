import type { Meta, ReleaseKind, Toc, TocEntry } from '../model/release.js';
import type { Span } from '../model/primitives.js';
import type { Template } from '../template/index.js';
import { chineseOrdinal, compact, stripMarkdown, yearIn } from './text.js';

const KIND_RE = /(部门|单位)(预算|决算)/;
const MONTH_RE = /^[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月$/;
const TOC_RE = /^目录$/;
/** `2026年度` or `2024年度部门预算` standing alone: a table title that starts with a year is no cover. */
const COVER_YEAR_RE = /^(?:19|20)\d{2}年度?(?:部门|单位)?(?:预算|决算)?$/;
const PART_RE = /^第([一二三])部分(.*)$/;
/** Qualifiers a cover adds after the name (汇总 = consolidated): not part of the department's name. */
const NAME_QUALIFIER_RE = /[（(](?:汇总|本级|合并)[)）]$/;
/** The qualifiers that say what the release covers (the other, 合并, says nothing the kind does not). */
const SCOPE_RE = /[（(](汇总|本级)[)）]$/;
/**
 * A cover's title once its lines are joined: `[year]name[year]` then the kind, which may carry the
 * budget level (`区级部门预算`, Shanghai) or `综合` (`部门综合预算`, Shaanxi), then what the document is
 * (`公开`, `信息公开`, `情况说明`, `公开说明`). The name's group is lazy so that a year after it is the year.
 */
const COVER_TITLE_RE =
  /^(?:((?:19|20)\d{2})年度?)?(.*?)(?:((?:19|20)\d{2})年度?)?(?:[省市区县]级)?(部门|单位)(?:综合)?(预算|决算)(?:信息)?(?:公开)?(?:情况)?(?:说明)?$/;
const KIND_TAIL_RE = /(?:部门|单位)(?:综合)?(?:预算|决算)(?:信息)?(?:公开)?(?:情况)?(?:说明)?$/;
/** `预算主管部门：X` (Shanghai): the department named on a line of its own, the title naming the region only. */
const OWNER_LINE_RE = /^(?:预算主管部门|主管部门|部门名称|单位名称)[:：](.{4,})$/;
/** Where a cover ends at the latest: the 目录, part one, or a numbered heading (Chongqing has neither). */
const COVER_END_RE = /^(?:目录|第一部分|[一二三四五六七八九十]、)/;
const MAX_COVER_LINES = 8;

function isCoverMarker(c: string): boolean {
  return COVER_YEAR_RE.test(c) || MONTH_RE.test(c) || /^(?:部门|单位)(?:预算|决算)$/.test(c);
}

/** Lines of the cover: everything before the 目录 or the first 第一部分, when that holds a cover marker. */
function coverLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length && i < 40; i++) {
    const c = compact(lines[i] ?? '');
    if (TOC_RE.test(c) || /^第一部分/.test(c)) break;
    if (c) out.push(i + 1);
  }
  return out.some((n) => isCoverMarker(compact(lines[n - 1] ?? ''))) ? out : [];
}

/** Region named at the head of a department's name (新乡市红旗区), after a party prefix. */
export function regionOf(name: string): string | undefined {
  const body = name.replace(/^(?:中国共产党|中共)/, '');
  const m = /^([^\s省市]{2,7}?省)?([^\s省市]{2,6}?市)?([^\s省市区县]{1,6}?(?:区|县)|[^\s省市区县]{1,6}?旗)?/.exec(body);
  if (!m) return undefined;
  const region = (m[1] ?? '') + (m[2] ?? '') + (m[3] ?? '');
  // A bare district with no city or province is too easily a word of the name itself.
  return region && (m[1] || m[2]) ? region : undefined;
}

interface Heading {
  department?: Span;
  year?: { value: number; line: number };
  kind?: { value: ReleaseKind; line: number };
}

/**
 * The narrative title `X2026年部门预算情况说明`, on the 第二部分 line itself (TOC, some bodies) or on
 * the lines after it (002 prints name and year on two lines).
 */
function narrativeHeading(lines: readonly string[]): Heading {
  for (let i = 0; i < lines.length; i++) {
    const c = compact(lines[i] ?? '');
    const part = PART_RE.exec(c);
    if (!part || part[1] !== '二') continue;
    const pieces: { text: string; line: number }[] = [];
    // `第二部分：部门预算收支情况说明` (Shaanxi): the colon is no part of a name
    const rest = (part[2] ?? '').replace(/^[:：]/, '');
    if (rest) pieces.push({ text: rest, line: i + 1 });
    for (let j = i + 1; j < lines.length && pieces.length < 3; j++) {
      const t = compact(lines[j] ?? '');
      if (!t) continue;
      if (/^[一二三四五六七八九十]、/.test(t) || PART_RE.test(t)) break;
      pieces.push({ text: t, line: j + 1 });
      if (t.includes('说明')) break;
    }
    const joined = pieces.map((p) => p.text).join('');
    if (!joined.includes('说明')) continue;
    const h: Heading = {};
    const yearPiece = pieces.find((p) => yearIn(p.text) !== null);
    const first = pieces[0];
    if (yearPiece) h.year = { value: yearIn(yearPiece.text) as number, line: yearPiece.line };
    const kind = KIND_RE.exec(joined);
    if (kind) h.kind = { value: kind[0] as ReleaseKind, line: (pieces.find((p) => KIND_RE.test(p.text)) ?? first)!.line };
    const name = joined.split(/(?:19|20)\d{2}年/)[0] ?? '';
    // a title without a name (`部门预算收支情况说明`) names no department
    if (name && first && !/预算|决算|说明/.test(name)) h.department = { line: first.line, text: name.replace(NAME_QUALIFIER_RE, '') };
    return h;
  }
  return {};
}

/**
 * The cover read as one title: its lines joined (a name wrapped over two lines, Shenzhen's
 * `…交通管理局（本` / `级）部门预算`), each field with the line it starts on. Undefined when the lines
 * before the 目录 are no title of a release.
 */
function coverTitle(lines: readonly string[]): Partial<Meta> | undefined {
  let joined = '';
  const lineAt: number[] = [];
  const out: Partial<Meta> = {};
  let count = 0;
  for (let i = 0; i < lines.length && i < 40; i++) {
    const c = compact(lines[i] ?? '');
    if (!c) continue;
    if (COVER_END_RE.test(c)) break;
    if (++count > MAX_COVER_LINES) return undefined;
    if (MONTH_RE.test(c)) {
      out.releaseMonth ??= { line: i + 1, text: c };
      continue;
    }
    const owner = OWNER_LINE_RE.exec(c);
    if (owner) {
      out.department ??= { line: i + 1, text: owner[1]! };
      continue;
    }
    joined += c;
    for (let k = 0; k < c.length; k++) lineAt.push(i + 1);
  }
  const m = COVER_TITLE_RE.exec(joined);
  if (!m) return undefined;
  const at = (offset: number) => lineAt[Math.min(offset, lineAt.length - 1)]!;
  const yearText = m[1] ?? m[3];
  if (yearText) out.year = { value: Number.parseInt(yearText, 10), line: at(joined.indexOf(yearText)) };
  out.kind = { value: `${m[4]}${m[5]}` as ReleaseKind, line: at(joined.search(KIND_TAIL_RE)) };
  let name = m[2] ?? '';
  const nameAt = m[1] ? joined.indexOf(name, m[1].length) : 0;
  const scope = SCOPE_RE.exec(name);
  if (scope) {
    out.scope = { value: scope[1] as '汇总' | '本级', line: at(nameAt + scope.index) };
    name = name.slice(0, scope.index);
  }
  if (!out.department && /[\u4e00-\u9fa5]{4,}/.test(name)) out.department = { line: at(nameAt), text: name };
  return out.department || out.kind ? out : undefined;
}

function fromTableHeader(lines: readonly string[]): Span | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = /部门名称[:：]\s*([^\s\t:：]+)/.exec(lines[i] ?? '');
    const name = m?.[1];
    if (name && name.length > 3 && !/^(?:本级|单位)$/.test(name)) return { line: i + 1, text: name };
  }
  return undefined;
}

/** Department, budget year, region, release month and kind, from the cover when there is one. */
export function parseMeta(lines: readonly string[]): Meta {
  const title = coverTitle(lines);
  if (title) return withRegion({ cover: true, ...title }, lines);
  const cover = coverLines(lines);
  const meta: Meta = { cover: cover.length > 0 };
  for (const n of cover) {
    const c = compact(lines[n - 1] ?? '');
    const year = yearIn(c);
    if (year !== null && COVER_YEAR_RE.test(c) && !meta.year) meta.year = { value: year, line: n };
    if (MONTH_RE.test(c) && !meta.releaseMonth) meta.releaseMonth = { line: n, text: c };
    const kind = KIND_RE.exec(c);
    if (kind && !meta.kind && c.length <= 12) meta.kind = { value: kind[0] as ReleaseKind, line: n };
    if (!meta.department && !isCoverMarker(c) && /[\u4e00-\u9fa5]{4,}/.test(c)) {
      meta.department = { line: n, text: c.replace(NAME_QUALIFIER_RE, '') };
    }
  }
  return withRegion(meta, lines);
}

/** What the cover did not say, from the narrative's title or a table header; the region from the name. */
function withRegion(meta: Meta, lines: readonly string[]): Meta {
  if (!meta.department || !meta.year || !meta.kind) {
    const heading = narrativeHeading(lines);
    meta.department ??= heading.department ?? fromTableHeader(lines);
    meta.year ??= heading.year;
    meta.kind ??= heading.kind;
  }
  const region = meta.department ? regionOf(meta.department.text) : undefined;
  if (region && meta.department) meta.region = { line: meta.department.line, text: region };
  return meta;
}

/** The 目录 block: the three parts, the sub-items of part one, and the attached tables by meaning. */
export function parseToc(lines: readonly string[], template: Template): Toc | undefined {
  const start = lines.findIndex((l) => TOC_RE.test(compact(l)));
  if (start < 0) return undefined;
  const entries: TocEntry[] = [];
  const seenParts = new Set<number>();
  let blankRun = 0;
  for (let i = start + 1; i < lines.length && i < start + 80; i++) {
    const text = stripMarkdown(lines[i] ?? '');
    const c = compact(text);
    if (!c) {
      if (++blankRun > 4 && entries.length) break;
      continue;
    }
    blankRun = 0;
    const part = PART_RE.exec(c);
    if (part) {
      const n = chineseOrdinal(part[1] ?? '') as number;
      // The body starts where part one comes round again (or stands bare on its line).
      if (seenParts.has(n) || !part[2]) break;
      seenParts.add(n);
      entries.push({ ordinal: part[1], title: part[2] ?? c, line: i + 1, part: n });
      continue;
    }
    if (/^附件[:：]?/.test(c)) continue;
    const item = /^([一二三四五六七八九十]{1,3})[、.．](.+)$/.exec(c);
    if (!item) break;
    const title = item[2] ?? '';
    const kind = template.classifyTitle(title);
    entries.push({ ordinal: item[1], title, line: i + 1, ...(kind ? { tableKind: kind } : {}) });
  }
  return entries.length ? { line: start + 1, entries } : undefined;
}
