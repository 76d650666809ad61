import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Tests run as root, for whom chmod 000 changes nothing: a folder that cannot be listed is
// simulated by making readdirSync fail with EACCES for the paths listed here.
const denied = new Set<string>();
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readdirSync: ((path: string, opts: never) => {
      if (denied.has(String(path))) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      return fs.readdirSync(path, opts);
    }) as typeof fs.readdirSync,
  };
});

const { walkFolder } = await import('../src/batch/walk.js');
const { resolveInputs } = await import('../src/batch/inputs.js');

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'budget-audit-walk-'));
  for (const f of ['a.txt', 'b.md', 'c.csv', '.hidden/d.txt', 'node_modules/p/e.txt', '.git/f.txt', 'locked/g.txt', '中文 名/h.txt'])
    mkdirSync(join(dir, f, '..'), { recursive: true }), writeFileSync(join(dir, f), 'x');
  symlinkSync('..', join(dir, 'locked', 'back'), 'dir');
  return dir;
}

const opts = { exts: ['.txt', '.md'], hidden: false, isExcluded: () => false };

describe('walking a folder', () => {
  it('takes files by extension, skips hidden, node_modules and .git, and enters a looping link once', () => {
    const dir = tree();
    const { files, problems } = walkFolder(dir, opts);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.md', 'locked/g.txt', '中文 名/h.txt']);
    expect(problems).toEqual([]);
    expect(walkFolder(dir, { ...opts, hidden: true }).files.map((f) => f.slice(dir.length + 1))).toContain('.hidden/d.txt');
  });

  it('reports a folder it may not list (EACCES) and goes on with the others', () => {
    const dir = tree();
    denied.add(join(dir, 'locked'));
    try {
      const { files, problems } = walkFolder(dir, opts);
      expect(problems).toEqual([{ path: join(dir, 'locked'), code: 'EACCES' }]);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.md', '中文 名/h.txt']);
      const resolved = resolveInputs([dir], { cwd: dir, ext: ['.txt'], exclude: [] });
      expect(resolved.problems).toEqual([{ arg: 'locked', kind: 'unreadable', code: 'EACCES' }]);
    } finally {
      denied.clear();
    }
  });
});
