/** Growth words by the sign they state. */
export const INCREASE_WORD = /增加|增长|上升|提高|上涨|增多/;
export const DECREASE_WORD = /减少|下降|降低|下调|压减|减小|缩减/;

export function wordSign(word: string | undefined): 'increase' | 'decrease' | 'both' | undefined {
  if (!word) return undefined;
  const inc = INCREASE_WORD.test(word);
  const dec = DECREASE_WORD.test(word);
  if (inc && dec) return 'both';
  return inc ? 'increase' : dec ? 'decrease' : undefined;
}

export function isZero(value: string): boolean {
  return /^-?0+(\.0+)?$/.test(value);
}
