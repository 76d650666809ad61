import type { TableKind } from '../../model/table.js';

/** whole = Σ parts (each row of the table, empty cells counting as zero) */
export interface SumIdentity {
  whole: string;
  parts: readonly string[];
}

/** `其中` columns: a part of another column, not an addend (财政拨款 within 一般公共预算). */
export interface OfWhich {
  part: string;
  whole: string;
}

export interface KindArithmetic {
  sums: readonly SumIdentity[];
  ofWhich: readonly OfWhich[];
}

const SPENDING: KindArithmetic = {
  sums: [
    { whole: 'total', parts: ['basic', 'project'] },
    { whole: 'basic', parts: ['basic.wages', 'basic.family', 'basic.goods', 'basic.capital'] },
    { whole: 'project', parts: ['project.operating', 'project.specific'] },
  ],
  ofWhich: [],
};

/** The arithmetic each Henan table obeys within a row (domain primer, "Identities"). */
export const ARITHMETIC: Partial<Record<TableKind, KindArithmetic>> = {
  expenditure: SPENDING,
  'general-budget-expenditure': SPENDING,
  'gov-fund-expenditure': SPENDING,
  income: {
    sums: [
      { whole: 'total', parts: ['current', 'carryover'] },
      {
        whole: 'current',
        parts: [
          'general', 'govFund', 'stateCapital', 'specialAccount', 'business', 'operating', 'superior',
          'affiliated', 'other',
        ],
      },
      {
        whole: 'carryover',
        parts: [
          'carryover.general', 'carryover.govFund', 'carryover.stateCapital', 'carryover.specialAccount',
          'carryover.unitFunds',
        ],
      },
    ],
    ofWhich: [{ part: 'general.fiscal', whole: 'general' }],
  },
  'economic-summary': {
    sums: [
      {
        whole: 'total',
        parts: [
          'general', 'govFund', 'stateCapital', 'carryover', 'specialAccount', 'business', 'superior',
          'affiliated', 'operating', 'other',
        ],
      },
    ],
    ofWhich: [{ part: 'general.fiscal', whole: 'general' }],
  },
  'general-budget-basic': { sums: [{ whole: 'total', parts: ['personnel', 'public'] }], ofWhich: [] },
  'three-public': {
    sums: [
      { whole: 'total', parts: ['abroad', 'vehicle', 'reception'] },
      { whole: 'vehicle', parts: ['vehicle.purchase', 'vehicle.operation'] },
    ],
    ofWhich: [],
  },
  'project-expenditure': {
    sums: [
      {
        whole: 'total',
        parts: [
          'general', 'govFund', 'stateCapital', 'carryover.general', 'carryover.govFund',
          'carryover.stateCapital', 'specialAccount', 'unitFunds',
        ],
      },
    ],
    ofWhich: [],
  },
  'performance-projects': {
    sums: [{ whole: 'total', parts: ['govBudget', 'specialAccount', 'unitFunds'] }],
    ofWhich: [],
  },
  'fiscal-summary': {
    sums: [{ whole: 'total', parts: ['general', 'govFund', 'stateCapital'] }],
    ofWhich: [{ part: 'general.fiscal', whole: 'general' }],
  },
};
