import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairReleases, partOf } from '../src/batch/pairs.js';
import { auditDocument } from '../src/batch/audit-document.js';
import { run } from './helpers/cli.js';
import { Report } from '../src/model/report.js';

const json = (stdout: string) => Report.parse(JSON.parse(stdout));

const REAL = new URL('../fixtures/real/', import.meta.url).pathname;

describe('releases published as two files pair by name', () => {
  it('recognises the part markers', () => {
    expect(partOf('/r/bj-sjj-2026-ys.part1.pdf')?.part).toBe(1);
    expect(partOf('/r/bj-sjj-2026-ys.part2.pdf')?.part).toBe(2);
    expect(partOf('/r/北京市审计局2026年部门预算附件1情况说明.pdf')?.part).toBe(1);
    expect(partOf('/r/北京市审计局2026年部门预算附件2报表.pdf')?.part).toBe(2);
    expect(partOf('/r/附件二 北京市审计局2026年部门预算.pdf')?.part).toBe(2);
    expect(partOf('/r/北京市审计局2026年部门预算.pdf')).toBeNull();
    // two markers that disagree name no part
    expect(partOf('/r/附件1报表.pdf')).toBeNull();
  });

  it('pairs same folder, same extension, same department and year; part 1 first', () => {
    const files = ['/r/a.part2.pdf', '/r/a.part1.pdf', '/r/b.txt', '/r/审计局2026附件1情况说明.pdf', '/r/审计局2026附件2报表.pdf'];
    expect(pairReleases(files)).toEqual([
      { file: '/r/a.part1.pdf', parts: ['/r/a.part1.pdf', '/r/a.part2.pdf'] },
      { file: '/r/b.txt', parts: ['/r/b.txt'] },
      { file: '/r/审计局2026附件1情况说明.pdf', parts: ['/r/审计局2026附件1情况说明.pdf', '/r/审计局2026附件2报表.pdf'] },
    ]);
  });

  it('leaves apart what does not match exactly: other folder, other year, other extension, two candidates', () => {
    const solo = (files: string[]) => pairReleases(files).every((r) => r.parts.length === 1);
    expect(solo(['/r/a.part1.pdf', '/s/a.part2.pdf'])).toBe(true);
    expect(solo(['/r/审计局2025附件1.pdf', '/r/审计局2026附件2.pdf'])).toBe(true);
    expect(solo(['/r/a.part1.pdf', '/r/a.part2.txt'])).toBe(true);
    expect(solo(['/r/a.part1.pdf', '/r/a附件1.pdf', '/r/a.part2.pdf'])).toBe(true);
  });

  it('an explicit --join pairs any files, in the order given', () => {
    expect(pairReleases(['/r/x.pdf', '/r/y.pdf', '/r/z.pdf'], [['/r/y.pdf', '/r/x.pdf']])).toEqual([
      { file: '/r/y.pdf', parts: ['/r/y.pdf', '/r/x.pdf'] },
      { file: '/r/z.pdf', parts: ['/r/z.pdf'] },
    ]);
  });

  it('Beijing: the narrative part and the tables part audit as one release, each location with its file and page', async () => {
    const parts = ['part1', 'part2'].map((p) => ({ file: `${REAL}bj-sjj-2026-ys.${p}.pdf`, display: `bj-sjj-2026-ys.${p}.pdf` }));
    const both = await auditDocument({ file: parts[0]!.file, display: parts[0]!.display, parts, lang: 'zh', settings: {} });
    const narrativeOnly = await auditDocument({ file: parts[0]!.file, display: parts[0]!.display, lang: 'zh', settings: {} });
    expect(both.status).toBe('checked');
    expect(both.parts).toEqual(['bj-sjj-2026-ys.part1.pdf', 'bj-sjj-2026-ys.part2.pdf']);
    // one text: the narrative's lines, then the tables' (their 报表 map to canonical kinds with the regional templates)
    expect(both.source?.lines).toBeGreaterThan((narrativeOnly.source?.lines ?? 0) + 300);
    expect(both.source?.sha256).not.toBe(narrativeOnly.source?.sha256);
    expect(both.meta?.department?.text).toBe(narrativeOnly.meta?.department?.text);
    for (const f of both.findings)
      for (const l of f.locations) {
        expect(l.file).toMatch(/^bj-sjj-2026-ys\.part[12]\.pdf$/);
        expect(l.page).toBeGreaterThanOrEqual(1);
        expect(l.page).toBeLessThanOrEqual(l.file?.endsWith('part1.pdf') ? 10 : 21);
      }
  });

  it('the CLI pairs them from a folder, and --no-pair keeps them apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pairs-'));
    for (const p of ['part1', 'part2']) copyFileSync(`${REAL}bj-sjj-2026-ys.${p}.pdf`, join(dir, `bj-sjj-2026-ys.${p}.pdf`));
    const paired = json((await run(['check', dir, '--format', 'json', '--fail-on', 'never', '-j', '1'])).stdout);
    expect(paired.documents).toHaveLength(1);
    expect(paired.documents[0]?.parts?.map((p) => p.replace(/^.*\//, ''))).toEqual(['bj-sjj-2026-ys.part1.pdf', 'bj-sjj-2026-ys.part2.pdf']);
    const apart = json((await run(['check', dir, '--no-pair', '--format', 'json', '--fail-on', 'never', '-j', '1'])).stdout);
    expect(apart.documents).toHaveLength(2);
  });
});
