import { describe, expect, it } from 'vitest';
import { model, only, run } from '../helpers/narrative.js';
import { narrativeAmount } from '../../rules/narrative/amount.js';
import { narrativeRepeat } from '../../rules/narrative/repeat.js';

/** 000's table 01 (lines 194, 227) and 06 total (line 338), as printed. */
function seed000() {
  return model()
    .table('income-expenditure-summary', 187, [
      { label: '一、一般公共预算', line: 194, side: 'income', cells: { amount: '702.77' } },
      { label: '二、政府性基金预算拨款收入', line: 196, side: 'income', cells: { amount: '' } },
      { label: '收入总计', line: 227, side: 'income', role: 'total', cells: { amount: '702.77' } },
      { label: '一、一般公共服务', line: 194, side: 'expenditure', cells: { amount: '598.45' }, extra: { classCode: '201' } },
    ])
    .table('general-budget-basic', 330, [{ label: '合计', line: 338, role: 'total', cells: { total: '644.66', personnel: '589.11', public: '55.55' } }]);
}

describe('narrative-amount', () => {
  it('passes 000 line 78 收入总计702.77 against 01 line 227', () => {
    const m = seed000();
    m.amount('income.total', '702.77', 78, 1);
    m.amount('income.govFund', '0', 84, 2);
    m.amount('general.basic.personnel', '589.11', 113, 6);
    const r = run(narrativeAmount, m.build());
    expect(r.findings).toEqual([]);
    expect(r.ran).toEqual(['narrative-amount']);
  });

  it('reports 003 line 102: 基本支出 1261.66 against 06 total 1058.62 as an error', () => {
    const m = model().table('general-budget-basic', 300, [
      { label: '合计', line: 310, role: 'total', cells: { total: '1058.62', personnel: '980.74', public: '77.88' } },
    ]);
    m.amount('general.basic', '1261.66', 102, 6);
    const f = only(run(narrativeAmount, m.build()));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('1058.62');
    expect(f.actual).toBe('1261.66');
    expect(f.difference).toBe('203.04');
    expect(f.locations.map((l) => l.line)).toEqual([102, 310]);
    expect(f.locations[1]).toMatchObject({ table: '一般公共预算基本支出表 (06)', row: '合计', column: 'total', value: '1058.62' });
    expect(f.message).not.toMatch(/general-budget-basic|栏/);
    expect(f.message).toContain('1058.62');
  });

  it('a claim printed with fewer decimals within the cell interval is a rounding tail (info)', () => {
    const m = seed000();
    m.amount('general.basic.public', '55.6', 113, 6);
    const f = only(run(narrativeAmount, m.build()));
    expect(f.severity).toBe('info');
    expect(f.difference).toBe('0.05');
    expect(f.interval).toBe('[55.545, 55.555]');
  });

  it('checks a class against 05 item rows summed when 01 is absent (000 lines 320–324: 366.38 + 58.11 + 173.96)', () => {
    const items = [
      ['行政运行', 320, '366.38', '01'],
      ['其他党委办公厅（室）及相关机构事务支出', 321, '58.11', '99'],
      ['事业运行', 324, '173.96', '50'],
    ] as const;
    const build = (claimed: string) => {
      const m = model().table(
        'general-budget-expenditure',
        311,
        items.map(([label, line, v, x]) => ({
          label,
          line,
          cells: { total: v },
          extra: { functionCode: { code: `20131${x}`, class: '201', kuan: '31', xiang: x } },
        })),
      );
      m.amount('general.class.201', claimed, 107, 5);
      return run(narrativeAmount, m.build());
    };
    expect(build('598.45').findings).toEqual([]);
    const tail = only(build('598.46'));
    expect(tail.severity).toBe('info');
    expect(tail.expected).toBe('598.45');
    expect(tail.interval).toBe('[598.435, 598.465]');
    const wrong = only(build('598.50'));
    expect(wrong.severity).toBe('error');
    expect(wrong.difference).toBe('0.05');
    expect(wrong.locations.map((l) => l.line)).toEqual([107, 320, 321, 324]);
  });

  it('a non-zero amount claimed against an empty empty-table is an error; zero is fine', () => {
    const m = model().table('gov-fund-expenditure', 428, [], { status: 'empty' });
    m.amount('govFund.expenditure', '3.00', 137, 8);
    const f = only(run(narrativeAmount, m.build()));
    expect(f.severity).toBe('error');
    expect(f.actual).toBe('3.00');
    const ok = model().table('gov-fund-expenditure', 428, [], { status: 'empty' });
    ok.amount('govFund.expenditure', '0', 137, 8);
    expect(run(narrativeAmount, ok.build()).findings).toEqual([]);
  });

  it('skips a claim no table prints, with the reason', () => {
    const m = seed000();
    m.amount('procurement.total', '0', 143, 9);
    const r = run(narrativeAmount, m.build());
    expect(r.findings).toEqual([]);
    // the rule ran (it checked what it could): the claim is listed as a partial check, not a skip
    expect(r.skipped).toEqual([]);
    expect(r.partial).toEqual([
      { ruleId: 'narrative-amount', reason: '以下说明金额未能与附表核对：第143行“procurement.total”（附表中没有与之对应的数值）' },
    ]);
    expect(run(narrativeAmount, m.build(), [], 'en').partial[0]?.reason).toBe(
      'narrative amounts not checked against the tables: line 143, “procurement.total” (no table value corresponds to it)',
    );
  });

  it('renders English messages', () => {
    const m = seed000();
    m.amount('income.total', '702.70', 78, 1);
    const f = only(run(narrativeAmount, m.build(), [], 'en'));
    expect(f.message).toContain('the narrative states income.total as 702.70');
    expect(f.difference).toBe('-0.07');
  });
});

describe('narrative-repeat', () => {
  it('002 lines 133 and 143: 基本支出 42.05 stated twice the same passes', () => {
    const m = model();
    m.amount('general.basic', '42.05', 133, 5);
    m.amount('general.basic', '42.05', 143, 6);
    expect(run(narrativeRepeat, m.build()).findings).toEqual([]);
  });

  it('reports one quantity stated differently (error), and 8.6 vs 8.60 as the same', () => {
    const m = model();
    m.amount('general.basic', '1058.62', 87, 3);
    m.amount('general.basic', '1261.66', 102, 6);
    m.amount('general.project', '8.6', 90, 3);
    m.amount('general.project', '8.60', 99, 5);
    const f = only(run(narrativeRepeat, m.build()));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('1058.62');
    expect(f.actual).toBe('1261.66');
    expect(f.difference).toBe('203.04');
    expect(f.locations.map((l) => l.line)).toEqual([87, 102]);
  });

  it('reports vehicle counts that differ', () => {
    const m = model();
    m.count('vehicles.total', '5', 153);
    m.count('vehicles.total', '3', 160);
    const f = only(run(narrativeRepeat, m.build()));
    expect(f.actual).toBe('3');
    expect(f.difference).toBe('-2');
  });
});
