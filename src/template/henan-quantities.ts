import type { QuantityDef } from './schema.js';

/**
 * Where the Henan tables print each quantity the narrative names (src/model/quantities.ts): its
 * scope, and the tables whose figure the narrative restates. A class key (`general.class.213`) takes
 * the scope of its fund prefix (see CLASS_SCOPES).
 */
type Def = Omit<QuantityDef, 'neverPrinted'> & { neverPrinted?: boolean };

const S = 'income-expenditure-summary' as const;
const INC = (fund: string, tables: QuantityDef['tables'] = [S, 'income']): Def => ({
  scope: { side: 'income', fund: fund as never, flow: 'current' },
  tables,
});
const FUND_TOTAL = (fund: string): Def => ({
  scope: { side: 'income', fund: fund as never },
  parts: [{ flow: 'current' }, { flow: 'carryover' }],
  tables: ['fiscal-summary'],
});
const NEVER: Def = { scope: {}, tables: [], neverPrinted: true };

export const HENAN_QUANTITIES: Record<string, Def> = {
  'income.total': { scope: { side: 'income', fund: 'all', flow: 'total' }, tables: [S] },
  'expenditure.total': { scope: { side: 'expenditure', fund: 'all', flow: 'total' }, tables: [S] },
  'income.current': { scope: { side: 'income', fund: 'all', flow: 'current' }, tables: [S, 'income'] },
  'expenditure.current': { scope: { side: 'expenditure', fund: 'all', flow: 'current' }, tables: [S, 'expenditure'] },
  'income.general': INC('general'),
  'income.govFund': INC('govFund'),
  'income.stateCapital': INC('stateCapital'),
  'income.specialAccount': INC('specialAccount'),
  'income.business': INC('business'),
  'income.operating': INC('operating'),
  'income.superior': INC('superior'),
  'income.affiliated': INC('affiliated'),
  'income.other': INC('other'),
  'income.carryover': { scope: { side: 'income', fund: 'all', flow: 'carryover' }, tables: [S, 'income'] },
  'expenditure.basic': { scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'basic' }, tables: ['expenditure'] },
  'expenditure.project': { scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project' }, tables: ['expenditure'] },
  'expenditure.basic.personnel': { scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'basic.personnel' }, tables: ['expenditure'] },
  'expenditure.basic.public': { scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'basic.public' }, tables: ['expenditure'] },
  'fiscal.total': { scope: { side: 'income', fund: 'fiscal', flow: 'total' }, tables: ['fiscal-summary'] },
  // 四's 一般公共预算收支预算: the fund's money of both years, 04's income of this year and its carryover
  'fiscal.general': FUND_TOTAL('general'),
  'fiscal.govFund': FUND_TOTAL('govFund'),
  'fiscal.stateCapital': FUND_TOTAL('stateCapital'),
  'general.expenditure': { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' }, tables: ['general-budget-expenditure'] },
  'general.basic': { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic' }, tables: ['general-budget-expenditure', 'general-budget-basic'] },
  'general.project': { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'project' }, tables: ['general-budget-expenditure'] },
  'general.basic.personnel': { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic.personnel' }, tables: ['general-budget-basic'] },
  // 机构运转经费 is the basic spending on goods and services: 06's 公用经费 (05's 商品和服务 + 资本性 when 06 is not read)
  'general.basic.public': { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic.public' }, tables: ['general-budget-basic'] },
  operatingFunds: { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic.public' }, tables: ['general-budget-basic'] },
  'threePublic.total': { scope: { side: 'expenditure', fund: 'general', measure: 'threePublic' }, tables: ['three-public'] },
  'threePublic.abroad': { scope: { side: 'expenditure', fund: 'general', measure: 'threePublic.abroad' }, tables: ['three-public'] },
  'threePublic.vehicle': { scope: { side: 'expenditure', fund: 'general', measure: 'threePublic.vehicle' }, tables: ['three-public'] },
  'threePublic.vehicle.purchase': { scope: { side: 'expenditure', fund: 'general', measure: 'threePublic.vehicle.purchase' }, tables: ['three-public'] },
  'threePublic.vehicle.operation': { scope: { side: 'expenditure', fund: 'general', measure: 'threePublic.vehicle.operation' }, tables: ['three-public'] },
  'threePublic.reception': { scope: { side: 'expenditure', fund: 'general', measure: 'threePublic.reception' }, tables: ['three-public'] },
  'govFund.expenditure': { scope: { side: 'expenditure', fund: 'govFund', flow: 'current', split: 'total' }, tables: ['gov-fund-expenditure'] },
  // 国有资本经营预算支出 in the general-budget sections is function class 223 of the general budget
  'stateCapital.expenditure': {
    scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' },
    tables: ['fiscal-summary', 'general-budget-expenditure'],
    classification: { code: '223', level: '类' },
  },
  'procurement.total': NEVER,
  'procurement.goods': NEVER,
  'procurement.works': NEVER,
  'procurement.services': NEVER,
  'vehicles.total': NEVER,
  'vehicles.official': NEVER,
  'vehicles.enforcement': NEVER,
  'vehicles.special': NEVER,
  'vehicles.other': NEVER,
  'equipment.general': NEVER,
  'equipment.special': NEVER,
  'transfer.total': NEVER,
};

/** `<fund>.class.<code>`: a function class within a fund's money, and the tables that print it so. */
export const CLASS_SCOPES: Record<string, Def> = {
  general: { scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' }, tables: ['fiscal-summary', 'general-budget-expenditure'] },
  govFund: { scope: { side: 'expenditure', fund: 'govFund', flow: 'current', split: 'total' }, tables: ['fiscal-summary', 'gov-fund-expenditure'] },
  all: { scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'total' }, tables: [S, 'expenditure'] },
  fiscal: { scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'total' }, tables: ['fiscal-summary'] },
};
