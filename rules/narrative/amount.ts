import { defineRule, type Text } from '../../src/engine/rule.js';
import { checkSame, checkSum, fmt, fmtInterval, intervalOf } from '../../src/engine/decimal.js';
import { tableName } from '../../src/engine/query.js';
import { resolveQuantity, type Resolution } from '../../src/facts/resolve.js';
import { amountClaims, claimLocation, printedOf } from './claims.js';
import { located, sameIdentity, sumIdentity } from '../../src/engine/identity.js';

export const narrativeAmount = defineRule({
  id: 'narrative-amount',
  family: 'narrative',
  severity: 'error',
  title: { zh: '说明金额与表格不一致', en: 'Narrative amount differs from the tables' },
  docs: {
    zh: '情况说明中的每个金额都对应附表中的一个数值（或一个功能分类各项之和）。同一数值印两次必须印得一样；与各项之和的差额在四舍五入区间内为尾差（提示），超出为错误。',
    en: 'Every amount in the narrative names a table value (or the sum of a function class’s items). The same quantity printed twice must print the same; against a sum, a difference within the rounding interval is a rounding tail (info), beyond it an error.',
  },
  messages: {
    differs: {
      zh: '说明称{label}为{claim}万元，{table}“{row}”行“{column}”列为{cell}万元，相差{difference}万元（表中数区间{interval}）',
      en: 'the narrative states {label} as {claim}, {table} row “{row}”, column “{column}” prints {cell}; difference {difference} (cell interval {interval})',
    },
    sumDiffers: {
      zh: '说明称{label}为{claim}万元，{table}{what}合计{sum}万元，相差{difference}万元（各项区间{interval}）',
      en: 'the narrative states {label} as {claim}, {what} in {table} add up to {sum}; difference {difference} (items interval {interval})',
    },
    emptyTable: {
      zh: '说明称{label}为{claim}万元，但{table}为空表',
      en: 'the narrative states {label} as {claim}, but {table} is printed empty',
    },
  },
  check(model, ctx) {
    const unresolved: Text[] = [];
    for (const c of amountClaims(model)) {
      const claim = printedOf(c.amount);
      const label = c.quantity.label;
      const { values, reason, emptyTables } = resolveQuantity(model, c.quantity.key, ctx.lang);
      if (values.length === 0) {
        // A table printed empty states zero for everything it would print.
        const empty = emptyTables[0];
        if (empty) {
          const zero = sumIdentity(located(claim, claimLocation(c)), []);
          if (/^0+(\.0+)?$/.test(claim.value)) ctx.observe?.(zero);
          else
            ctx.report({
              messageId: 'emptyTable',
              data: { label, claim: c.amount.raw, table: tableName(empty, ctx.lang) },
              locations: [claimLocation(c), { line: empty.titleLine, table: tableName(empty, ctx.lang), value: '' }],
              expected: '0',
              actual: c.amount.value,
              difference: c.amount.value,
              // the empty table prints no number to correct: the claim alone must be zero
              identities: [zero],
            });
          continue;
        }
        unresolved.push(unresolvedClaim(c.line, label, reason));
        continue;
      }
      for (const v of values) {
        if (v.kind === 'cell') {
          const r = checkSame(claim, v.printed);
          const identity = sameIdentity(located(claim, claimLocation(c)), located(v.printed, v.location));
          if (r.verdict === 'exact') {
            ctx.observe?.(identity);
            continue;
          }
          // differences keep the decimals the amounts are printed with
          const places = Math.max(claim.decimals, v.printed.decimals);
          ctx.report({
            messageId: 'differs',
            severity: r.verdict === 'rounding' ? 'info' : undefined,
            data: {
              label,
              claim: c.amount.raw,
              table: v.location.table ?? '',
              row: v.location.row ?? '',
              column: v.location.column ?? '',
              cell: v.printed.value,
              difference: fmt(r.difference, places),
              interval: fmtInterval(intervalOf(v.printed)),
            },
            locations: [claimLocation(c), v.location],
            expected: v.printed.value,
            actual: c.amount.value,
            difference: fmt(r.difference, places),
            interval: fmtInterval(intervalOf(v.printed)),
            identities: [identity],
          });
        } else {
          const r = checkSum(claim, v.parts);
          const identity = sumIdentity(located(claim, claimLocation(c)), v.parts.map((p, i) => located(p, v.locations[i]!)));
          if (r.verdict === 'exact') {
            ctx.observe?.(identity);
            continue;
          }
          const places = Math.max(claim.decimals, ...v.parts.map((p) => p.decimals));
          const interval = fmtInterval(r.sumInterval);
          ctx.report({
            messageId: 'sumDiffers',
            severity: r.verdict === 'rounding' ? 'info' : undefined,
            data: { label, claim: c.amount.raw, table: v.table, what: v.label, sum: fmt(r.sum, places), difference: fmt(r.difference, places), interval },
            locations: [claimLocation(c), ...v.locations],
            expected: fmt(r.sum, places),
            actual: c.amount.value,
            difference: fmt(r.difference, places),
            interval,
            identities: [identity],
          });
        }
      }
    }
    if (unresolved.length > 0)
      ctx.partial({
        zh: `以下说明金额未能与附表核对：${unresolved.map((u) => u.zh).join('；')}`,
        en: `narrative amounts not checked against the tables: ${unresolved.map((u) => u.en).join('; ')}`,
      });
  },
});

/** A claim no table value could be found for: either none ever corresponds, or its table was not read. */
function unresolvedClaim(line: number, label: string, reason: Resolution['reason']): Text {
  if (reason === 'never-printed')
    return { zh: `第${line}行“${label}”（附表中没有与之对应的数值）`, en: `line ${line}, “${label}” (no table value corresponds to it)` };
  if (reason === 'scope-undecided')
    return { zh: `第${line}行“${label}”（未能确定所属资金范围，不与任何资金的数值比对）`, en: `line ${line}, “${label}” (which money it counts could not be decided, so it is compared with no fund’s figure)` };
  return { zh: `第${line}行“${label}”（列示此项的表本文件未读到）`, en: `line ${line}, “${label}” (the table that prints it was not read)` };
}
