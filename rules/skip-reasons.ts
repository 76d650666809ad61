import { anyTableOf } from '../src/engine/query.js';
import type { Text } from '../src/engine/rule.js';
import type { Release } from '../src/model/release.js';
import type { TableKind } from '../src/model/table.js';
import { templateOf } from '../src/template/index.js';
import { KIND_NAME } from '../src/template/names.js';

/**
 * Reasons shared by several rules for a check that could not run. They reach finance staff through
 * the coverage part of every report, so they name tables the way the release does (表名 and the usual
 * number) and say what exactly was missing.
 */

/** "部门收支总体情况表（01）" / "table 01 (income and expenditure summary)": a table named by its kind,
 * since the table a reason speaks of is often absent and has no printed title to quote. */
export function kindName(kind: TableKind, model: Release): Text {
  // the number the release's template gives the kind
  const n = templateOf(model).tableNumber(kind);
  const name = KIND_NAME[kind];
  return { zh: n ? `${name.zh}（${n}）` : name.zh, en: n ? `table ${n} (${name.en})` : `the ${name.en} table` };
}

/** Why a table that is present gave no rows: printed empty and unreadable call for different fixes. */
function whyUnread(model: Release, kind: TableKind): Text | undefined {
  const name = kindName(kind, model);
  const table = anyTableOf(model, kind);
  if (!table) return undefined;
  if (table.status === 'empty') return { zh: `${name.zh}为空表`, en: `${name.en} is printed empty` };
  if (table.status === 'unrecovered')
    return { zh: `${name.zh}（第${table.titleLine}行）的数据未能读出`, en: `the rows of ${name.en} (line ${table.titleLine}) could not be read` };
  return { zh: `${name.zh}未能使用`, en: `${name.en} could not be used` };
}

function joinNames(model: Release, kinds: readonly TableKind[], lang: 'zh' | 'en', word: string): string {
  const names = kinds.map((k) => kindName(k, model)[lang]);
  if (names.length <= 1) return names.join('');
  return lang === 'zh' ? `${names.slice(0, -1).join('、')}${word}${names[names.length - 1]}` : `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1]}`;
}

/** What became of the tables a rule found unusable (given as undefined or null), e.g. "缺少…、…，…为空表". */
export function unreadTables(model: Release, found: Partial<Record<TableKind, unknown>>): Text {
  const unusable = (Object.keys(found) as TableKind[]).filter((k) => !found[k]);
  const absent = unusable.filter((k) => !anyTableOf(model, k));
  const why = unusable.map((k) => whyUnread(model, k)).filter((w): w is Text => w !== undefined);
  if (absent.length > 0)
    why.unshift({
      zh: `缺少${absent.map((k) => kindName(k, model).zh).join('、')}`,
      en: `${joinNames(model, absent, 'en', 'and')} ${absent.length > 1 ? 'are' : 'is'} absent`,
    });
  return { zh: why.map((w) => w.zh).join('，'), en: why.map((w) => w.en).join('; ') };
}

/**
 * The tables a check needs, each given with what the rule found (undefined or null when not usable).
 * `all`: the check needs every one of them; `any`: one of them is enough, and none was usable.
 */
export function tablesLacking(model: Release, needs: Partial<Record<TableKind, unknown>>, mode: 'all' | 'any' = 'all'): Text {
  const kinds = Object.keys(needs) as TableKind[];
  const why = unreadTables(model, needs);
  // one table needed: what became of it says everything
  if (kinds.length === 1) return why;
  const zhNeed = mode === 'all' ? joinNames(model, kinds, 'zh', '和') : `${joinNames(model, kinds, 'zh', '或')}中的一张`;
  const enNeed = mode === 'all' ? joinNames(model, kinds, 'en', 'and') : `one of ${joinNames(model, kinds, 'en', 'or')}`;
  return { zh: `本项核对需要${zhNeed}：${why.zh}`, en: `this check needs ${enNeed}: ${why.en}` };
}

export const NO_NARRATIVE: Text = {
  zh: '未找到情况说明（第二部分），无法检查说明文字',
  en: 'no narrative (第二部分) was found, so its wording cannot be checked',
};

export const NO_BUDGET_YEAR: Text = {
  zh: '未识别出预算年度（封面和各标题中均未找到年度）',
  en: 'the budget year is unknown (no year on the cover or in any title)',
};
