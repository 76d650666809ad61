import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Root reads any file whatever its mode, so a permission error is simulated: readFile fails with
// EACCES for the paths listed here, as it does for an ordinary user on a chmod 000 file.
const denied = new Set<string>();
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: ((path: string, ...rest: never[]) => {
      if (denied.has(String(path))) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return fs.readFile(path, ...rest);
    }) as typeof fs.readFile,
  };
});

const { auditDocument } = await import('../src/batch/audit-document.js');

describe('a file the user may not read', () => {
  it('is unreadable with the OS error, in the language asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-audit-perm-'));
    const file = join(dir, 'locked.txt');
    writeFileSync(file, '2026年部门预算');
    denied.add(file);
    const en = await auditDocument({ file, display: 'locked.txt', lang: 'en', settings: {} });
    expect(en).toEqual({ path: 'locked.txt', status: 'unreadable', reason: 'EACCES', error: 'cannot read file (EACCES: permission denied)', findings: [] });
    const zh = await auditDocument({ file, display: 'locked.txt', lang: 'zh', settings: {} });
    expect(zh.error).toBe('无法读取文件（EACCES：没有读取权限）');
  });
});
