import type { Meta, Toc } from '../model/release.js';

// STUB: to be implemented (metadata and table of contents).
export function parseMeta(_lines: readonly string[]): Meta {
  return { cover: false };
}

export function parseToc(_lines: readonly string[]): Toc | undefined {
  return undefined;
}
