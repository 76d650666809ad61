/**
 * Department names compare by words: spaces, markdown and the qualifiers 本级/汇总 removed,
 * 中国共产党 written as its standard short form 中共 (both are official).
 */
export function normName(name: string): string {
  return name
    .replace(/[\s\u3000#*]/g, '')
    .replace(/[（(](?:本级|汇总|合并)[)）]$/, '')
    .replace(/本级$/, '')
    .replace(/^中国共产党/, '中共');
}
