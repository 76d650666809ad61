import type { Located } from '../../src/engine/query.js';

/** A figure read from a table, labelled for messages ("部门支出总体情况表 (03) 合计"). */
export interface Figure {
  label: string;
  located: Located;
}
