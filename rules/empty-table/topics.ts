import type { TableKind } from '../../src/model/table.js';

/**
 * What a note saying "this table is empty" must speak of, per table kind. A note on the 三公 table
 * that explains the absence of 政府性基金 was copied from the wrong table.
 */
export const TABLE_TOPIC: Partial<Record<TableKind, RegExp>> = {
  'three-public': /三公|因公出国|公务用车|公务接待/,
  'gov-fund-expenditure': /政府性基金/,
  'state-capital-expenditure': /国有资本/,
  'project-expenditure': /项目/,
  'performance-projects': /项目/,
};

/** Words that say a table holds no data. */
export const EMPTY_WORDS = /无数据|空表|没有数据|无此项|不涉及|没有.*(收入|支出|预算|经费)|无.*(收入|支出|预算|经费)/;
