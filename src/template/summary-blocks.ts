/**
 * The words of the lines that close each block of a side-by-side summary (本年收入合计, 上年结转, 收入总计),
 * as every template seen prints them: other templates word the carry-over 上年结余、结转 / 结转下年 /
 * 结转结余下年 / 结转下年支出 (Shenzhen, Guangzhou, Fujian, Hunan, Chongqing), and print lines below the
 * totals that are neither a part nor the carry-over: 结余分配 (Hunan), non-fiscal and own-account
 * balances (Shaanxi).
 */
export const SUMMARY_BLOCKS = {
  current: '^本年(收入|支出)(合计)?$',
  carryover: '^(上年结转(结余)?|年终结转(结余)?|上年结余[、，]结转|结转下年(支出)?|结转结余下年)$',
  grand: '^(收入|支出)(总计|合计)$',
  beside: '^(结余分配|使用非财政拨款结余|上年实户资金余额|未安排支出的实户资金)$',
};
