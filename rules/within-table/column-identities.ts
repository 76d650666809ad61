import type { TableKind } from '../../src/model/table.js';

/**
 * Which columns of a table add up to which, per table kind. `parts` lists candidate part columns;
 * the check uses those the table has. `all` demands every part column be present (a shape whose
 * parts are fixed, like 基本支出 = its four economic classes); otherwise at least two must be.
 * `general.fiscal` (其中：财政拨款) is never an addend: it is a part of `general`, checked as such.
 */
export interface ColumnIdentity {
  whole: string;
  parts: readonly string[];
  all: boolean;
}

const SOURCES = [
  'fiscal', 'general', 'govFund', 'stateCapital', 'specialAccount', 'business', 'operating', 'superior', 'affiliated',
  'other', 'unitFunds',
] as const;
const CARRYOVER_PARTS = [
  'carryover.general', 'carryover.govFund', 'carryover.stateCapital', 'carryover.specialAccount',
  'carryover.unitFunds',
] as const;

const EXPENDITURE_SHAPE: readonly ColumnIdentity[] = [
  { whole: 'total', parts: ['basic', 'project'], all: true },
  { whole: 'basic', parts: ['basic.wages', 'basic.family', 'basic.goods', 'basic.capital'], all: true },
  { whole: 'project', parts: ['project.operating', 'project.specific'], all: true },
];

/** Funding columns: the carryover block counts once, by its subtotal when printed, else by its parts. */
function fundingTotal(hasCarryoverTotal: boolean): ColumnIdentity {
  return {
    whole: 'total',
    parts: [...SOURCES, ...(hasCarryoverTotal ? ['carryover'] : CARRYOVER_PARTS)],
    all: false,
  };
}

export function columnIdentities(kind: TableKind, keys: readonly string[]): ColumnIdentity[] {
  const has = (k: string) => keys.includes(k);
  switch (kind) {
    case 'expenditure':
    case 'general-budget-expenditure':
    case 'gov-fund-expenditure':
    case 'fiscal-expenditure':
    case 'state-capital-expenditure':
      return [...EXPENDITURE_SHAPE];
    case 'income':
      return has('current')
        ? [
            { whole: 'total', parts: ['current', 'carryover'], all: true },
            { whole: 'current', parts: SOURCES, all: false },
            { whole: 'carryover', parts: CARRYOVER_PARTS, all: false },
          ]
        : [fundingTotal(has('carryover')), { whole: 'carryover', parts: CARRYOVER_PARTS, all: false }];
    case 'economic-summary':
    case 'project-expenditure':
      return [fundingTotal(has('carryover')), { whole: 'carryover', parts: CARRYOVER_PARTS, all: false }];
    case 'fiscal-summary':
      return [{ whole: 'total', parts: ['general', 'govFund', 'stateCapital'], all: false }];
    case 'performance-projects':
      return [{ whole: 'total', parts: ['govBudget', 'specialAccount', 'unitFunds'], all: false }];
    case 'general-budget-basic':
      return [{ whole: 'total', parts: ['personnel', 'public'], all: true }];
    case 'three-public':
      return [
        { whole: 'total', parts: ['abroad', 'vehicle', 'reception'], all: true },
        { whole: 'vehicle', parts: ['vehicle.purchase', 'vehicle.operation'], all: true },
      ];
    default:
      return [];
  }
}

/** `其中` columns: a part printed beside its whole, which it may not exceed. */
export const OF_WHICH_COLUMNS: ReadonlyArray<readonly [part: string, whole: string]> = [['general.fiscal', 'general']];
