import { inUnit, sumVerdict, type Printed } from '../../engine/decimal.js';
import type { AmountClaim, Claim } from '../../model/narrative.js';

/**
 * `收入合计X万元，其中：一般公共预算…；…；部门财政性资金结转Y万元` (the 2022 wording) lists last year's
 * carryover among the parts: X is then what the parts add up to, 收入总计, not 本年收入合计. Which total
 * a 收入合计 is, is decided by what its listed parts add up to; with a zero or unlisted carryover both
 * totals are the same figure and the claim stays 本年收入合计.
 */
export function decideIncomeTotal(claims: Claim[]): void {
  claims.forEach((c, i) => {
    if (c.type !== 'amount' || c.quantity.key !== 'income.current') return;
    const parts: AmountClaim[] = [];
    for (const p of claims.slice(i + 1)) {
      if (p.type !== 'amount') continue;
      const key = p.quantity.key;
      if (key === 'income.current' || key === 'income.total' || !key.startsWith('income.')) break;
      parts.push(p);
    }
    const carry = parts.filter((p) => p.quantity.key === 'income.carryover');
    if (carry.every((p) => /^0+(\.0+)?$/.test(p.amount.value))) return;
    const stated = inWan(c);
    const current = parts.filter((p) => p.quantity.key !== 'income.carryover').map(inWan);
    // the parts without the carryover account for X: X is this year's income after all
    if (sumVerdict(stated, current) !== 'error' && sumVerdict(stated, parts.map(inWan)) === 'error') return;
    c.quantity = { ...c.quantity, key: 'income.total' };
  });
}

function inWan(c: AmountClaim): Printed {
  return inUnit({ value: c.amount.value, decimals: c.amount.decimals }, c.amount.unit, '万元');
}
