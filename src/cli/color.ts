/**
 * Colour for a stream, following the conventions users expect: NO_COLOR (any non-empty value)
 * turns colour off, FORCE_COLOR turns it on (FORCE_COLOR=0 off), otherwise only a TTY gets colour.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  return stream.isTTY === true && env.TERM !== 'dumb';
}
