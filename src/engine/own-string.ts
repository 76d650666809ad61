import { Buffer } from 'node:buffer';

/**
 * A copy of `s` that holds its own characters. V8 makes a substring a view into the string it was
 * cut from, so a cache shared by the releases of a batch that kept a label or figure cut from a
 * release as is would keep that release's whole text alive until the cache is cleared: in a batch
 * worker, hundreds of release texts. Caches that outlive a release store their strings through this.
 */
export function ownString(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
