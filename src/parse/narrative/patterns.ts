/**
 * The phrasings of change, share and parity, on text whose full-width digits and punctuation were
 * made ASCII (`，` → `,`, `％` → `%`), one character for one so offsets stay valid.
 */
const NUM = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
export const UP_WORDS = '增加|增长|上升';
const DOWN_WORDS = '减少|下降|降低';

/** `增加A万元，增长B%`, `减少A万元`, `增长B%`; `增加/减少` is a template's unfilled choice, kept as printed. */
export const CHANGE_RE = new RegExp(
  `(增加/减少|减少/增加|${UP_WORDS}|${DOWN_WORDS})\\s*(${NUM})\\s*(万元|亿元|元|%)` +
    `(?:\\s*,\\s*(${UP_WORDS}|${DOWN_WORDS})\\s*(${NUM})\\s*%)?`,
  'g',
);
/** `占X%`, `占比X%`; Beijing names the whole it is of, `占本年支出预算X%` (the whole a share of its part is by default) */
export const SHARE_RE = new RegExp(`占比?(?:本年(?:支出|收入)预算的?)?\\s*(${NUM})\\s*%`, 'g');
/** `与2025年持平`, `预算数与上年保持一致`, `与2023年“三公”经费持平` */
export const PARITY_RE = /与\s*(?:(\d{4})\s*年?|上年|去年)[^,;。:]{0,12}?(持平|保持一致)/g;
/** `与上年基本持平` (about the same) states no parity: the same sentence gives the change (增长0.8%) */
export const ROUGHLY_RE = /基本(?:持平|保持一致)$/;
/** the comparison that ends a change's subject: `预算数比2025年`, `比上年`, `比 2021` */
export const COMPARISON_TAIL_RE = /(?:比|较)(?:(\d{4})年?度?|上年度?|去年)(?:预算)?(?:数)?$/;
/**
 * A figure standing right after a comparison (`比2025年年初预算数30385.62万元增加…`) is the base
 * year's amount, not this year's: no claim, so the sentence's left-over figure is reported in coverage.
 */
export const BASE_AMOUNT_PREFIX_RE = /(?:比|较)(?:\d{4}年?度?|上年度?|去年)(?:年初)?(?:预算|执行)?数?$/;
/** `与2025年预算相比`: the base year of the changes that follow in the sentence */
export const COMPARED_WITH_RE = /与\s*(\d{4})\s*年度?(?:预算)?(?:相比|比较)/g;
/** a clause ends at these (ASCII after normalising) */
export const CLAUSE_DELIMS = ',:;、';
/** what may stand before a figure that repeats the quantity just named: `均为 0 万元` */
export const REPEAT_PREFIX_RE = /^(?:其中)?(?:均|也|同样|亦)?为?$/;
/** a sentence about vehicles to be bought (`安排购置车辆1辆`), whose counts are not the vehicles held */
export const PURCHASE_RE = /购置/;
