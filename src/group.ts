/**
 * Append `value` to the list under `key`. Grouping by copying (`map.set(k, [...(map.get(k) ?? []), v])`)
 * costs O(n²) for a group of n: a hostile line of 150,000 cells made one such group run for minutes.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): Map<K, V[]> {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
  return map;
}
