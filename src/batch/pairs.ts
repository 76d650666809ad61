import { basename, dirname, extname } from 'node:path';
import { pushTo } from '../group.js';

/**
 * Releases published as two files (Beijing: 附件1 情况说明 with the narrative, 附件2 报表 with the
 * tables) audit as one release when both are given. Two files pair when they are in the same
 * folder, have the same extension, and their names agree once the part marker is taken out — so
 * department and year agree — where the markers are `.part1`/`.part2`, 附件1/附件2 (附件一/附件二),
 * or 情况说明/报表 (说明/报表). The part-1 file is read first.
 */
export interface ReleaseFiles {
  /** the file reports are filed under: the first part */
  file: string;
  /** every file of the release in reading order; one entry when it is not paired */
  parts: string[];
}

const MARKERS: Array<{ re: RegExp; part: 1 | 2 }> = [
  { re: /[._-]?part\s*1(?=$|[._\-\s])/i, part: 1 },
  { re: /[._-]?part\s*2(?=$|[._\-\s])/i, part: 2 },
  { re: /附件\s*[1一]/, part: 1 },
  { re: /附件\s*[2二]/, part: 2 },
  { re: /(?:情况)?说明/, part: 1 },
  { re: /报表/, part: 2 },
];

/** The part a name marks and the name without its markers; null for a name without any. */
export function partOf(file: string): { part: 1 | 2; stem: string } | null {
  const ext = extname(file);
  let name = basename(file, ext);
  let part: 1 | 2 | null = null;
  for (const m of MARKERS) {
    if (!m.re.test(name)) continue;
    if (part !== null && part !== m.part) return null;
    part = m.part;
    name = name.replace(m.re, '');
  }
  if (part === null) return null;
  const stem = name.replace(/[\s_\-.、，,（）()【】[\]]+/g, '');
  return stem === '' ? null : { part, stem: `${dirname(file)}\0${ext.toLowerCase()}\0${stem}` };
}

/** Files grouped into releases by the pairing rule; anything that does not pair stays on its own. */
export function pairReleases(files: readonly string[], explicit: ReadonlyArray<readonly string[]> = []): ReleaseFiles[] {
  const taken = new Set<string>();
  const out: ReleaseFiles[] = [];
  for (const group of explicit) {
    const parts = group.filter((f) => files.includes(f) && !taken.has(f));
    if (parts.length < 2) continue;
    parts.forEach((f) => taken.add(f));
    out.push({ file: parts[0] ?? '', parts });
  }
  const byStem = new Map<string, Array<{ file: string; part: 1 | 2 }>>();
  for (const f of files) {
    if (taken.has(f)) continue;
    const p = partOf(f);
    if (!p) continue;
    pushTo(byStem, p.stem, { file: f, part: p.part });
  }
  for (const list of byStem.values()) {
    const ones = list.filter((x) => x.part === 1);
    const twos = list.filter((x) => x.part === 2);
    // exactly one of each: anything else is ambiguous and stays apart
    if (ones.length !== 1 || twos.length !== 1) continue;
    const parts = [ones[0]?.file ?? '', twos[0]?.file ?? ''];
    parts.forEach((f) => taken.add(f));
    out.push({ file: parts[0] ?? '', parts });
  }
  for (const f of files) if (!taken.has(f)) out.push({ file: f, parts: [f] });
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
