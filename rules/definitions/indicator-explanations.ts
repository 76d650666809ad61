import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import { pushTo } from '../../src/group.js';

const PERFORMANCE = new Set(['performance-overall', 'performance-projects']);

/**
 * Explanations read from a performance table's printed lines (cells separated by tabs, as a clean
 * extract prints them): the last cell of an indicator line, and the indicator two cells before it.
 */
function indicatorLines(lines: readonly string[], from: number, to: number) {
  const out: Array<{ line: number; indicator: string; explanation: string }> = [];
  for (let n = from; n <= to && n <= lines.length; n++) {
    const cells = (lines[n - 1] ?? '').split('\t').map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length < 3) continue;
    const explanation = cells[cells.length - 1]!;
    const indicator = cells[cells.length - 3]!;
    if (explanation.length < 15 || !/[\u4e00-\u9fa5]/.test(indicator)) continue;
    out.push({ line: n, indicator, explanation });
  }
  return out;
}

export const definitionsIndicatorExplanations = defineRule({
  id: 'definitions-indicator-explanations',
  family: 'definitions',
  severity: 'warning',
  title: { zh: '绩效指标说明未对应本指标', en: 'Indicator explanations that do not describe their indicator' },
  docs: {
    zh: '绩效目标表中每个三级指标的“指标值说明”应说明这一指标本身（口径、计算方法）。几个不同指标共用一字不差的说明，说明写的是模板对这一类指标的泛泛要求，而非各指标的含义。只读取以制表符分栏的表行。',
    en: 'In the performance tables each indicator’s explanation (指标值说明) explains that indicator (its scope, how it is computed). Several different indicators sharing one explanation word for word carry the template’s general wording for the kind of indicator, not what each one means. Only table lines whose cells are tab-separated are read.',
  },
  messages: {
    shared: {
      zh: '{table}：{count}个不同指标（{indicators}）共用同一说明“{explanation}”',
      en: '{table}: {count} different indicators ({indicators}) share one explanation “{explanation}”',
    },
  },
  check(model, ctx) {
    const tables = model.tables.filter((t) => PERFORMANCE.has(t.kind));
    if (tables.length === 0) {
      ctx.skip({ zh: '没有绩效目标表', en: 'no performance table' });
      return;
    }
    for (const t of tables) {
      const groups = new Map<string, ReturnType<typeof indicatorLines>>();
      for (const l of indicatorLines(ctx.lines, t.titleLine, t.endLine)) pushTo(groups, l.explanation, l);
      for (const [explanation, ls] of groups) {
        const indicators = [...new Set(ls.map((l) => l.indicator))];
        if (indicators.length < 2) continue;
        const shown = explanation.length > 40 ? explanation.slice(0, 40) + '…' : explanation;
        ctx.report({
          messageId: 'shared',
          data: { table: tableName(t, ctx.lang), count: indicators.length, indicators: indicators.map((i) => `“${i}”`).join(ctx.lang === 'zh' ? '、' : ', '), explanation: shown },
          locations: ls.map((l) => ({ line: l.line, table: tableName(t, ctx.lang), row: l.indicator, value: l.indicator })),
        });
      }
    }
  },
});
