import { describe, expect, it } from 'vitest';
import { grandTotal } from '../../rules/cross-table/grand-total.js';
import { classTotals } from '../../rules/cross-table/class-totals.js';
import { basicProject } from '../../rules/cross-table/basic-project.js';
import { personnelPublic } from '../../rules/cross-table/personnel-public.js';
import { economicCoverage } from '../../rules/cross-table/economic-coverage.js';
import { threePublic } from '../../rules/cross-table/three-public.js';
import { meetingTraining } from '../../rules/template/meeting-training.js';
import { adminExpenses } from '../../rules/template/admin-expenses.js';
import { projectList } from '../../rules/cross-table/project-list.js';
import { govFund } from '../../rules/cross-table/gov-fund.js';
import { econClassColumn } from '../../rules/cross-table/econ-class-column.js';
import { functionCodeName } from '../../rules/cross-table/function-code-name.js';
import { fiscalOfWhichRule } from '../../rules/cross-table/fiscal-of-which.js';
import { EXPENDITURE_COLUMNS, expenditureValues, release, run, table, type RowSpec } from '../helpers/tables.js';

// Amounts from fixtures/000 (seed 000) unless a test alters one.
function t01(opts: { govFund?: string; spent?: string } = {}) {
  const rows: RowSpec[] = [
    { label: '一、一般公共预算', side: 'income', values: { amount: '702.77' } },
    { label: '其中：财政拨款', side: 'income', ofWhich: true, values: { amount: '702.77' } },
    { label: '二、政府性基金预算拨款收入', side: 'income', values: opts.govFund ? { amount: opts.govFund } : {} },
    { label: '一、一般公共服务', side: 'expenditure', classCode: '201', values: { amount: '598.45' } },
    { label: '八、社会保障和就业', side: 'expenditure', classCode: '208', values: { amount: '53.49' } },
    { label: '二十一、住房保障支出', side: 'expenditure', values: { amount: '50.83' } },
    { label: '本年收入合计', side: 'income', role: 'total', values: { amount: '702.77' } },
    { label: '本年支出合计', side: 'expenditure', role: 'total', values: { amount: opts.spent ?? '702.77' } },
    { label: '上年结转结余', side: 'income', role: 'other' },
    { label: '年终结转结余', side: 'expenditure', role: 'other' },
    { label: '收入总计', side: 'income', role: 'total', values: { amount: '702.77' } },
    { label: '支出总计', side: 'expenditure', role: 'total', values: { amount: opts.spent ?? '702.77' } },
  ];
  return table({ kind: 'income-expenditure-summary', columns: ['amount'], rows });
}

// 03 lines 256-262 of seed 000
function t03(kind: 'expenditure' | 'general-budget-expenditure' = 'expenditure', shiyeyunxing = '173.96', total = '702.77') {
  return table({
    kind,
    columns: EXPENDITURE_COLUMNS,
    rows: [
      { label: '合计', role: 'total', values: expenditureValues(total, '644.66', '575.23', '13.88', '55.55', '', '58.11', '1.50', '56.61') },
      { label: '行政运行', code: '2013101', values: expenditureValues('366.38', '366.38', '307.38', '13.50', '45.50') },
      { label: '其他党委办公厅（室）及相关机构事务支出', code: '2013199', values: expenditureValues('58.11', '', '', '', '', '', '58.11', '1.50', '56.61') },
      { label: '机关事业单位基本养老保险缴费支出', code: '2080505', values: expenditureValues('53.49', '53.49', '53.49') },
      { label: '住房公积金', code: '2210201', values: expenditureValues('50.83', '50.83', '50.83') },
      { label: '事业运行', code: '2013150', values: expenditureValues(shiyeyunxing, shiyeyunxing, '163.53', '0.38', '10.05') },
    ],
  });
}

describe('cross-grand-total', () => {
  it('accepts 702.77 in 01, 02 and 03', () => {
    const t02 = table({ kind: 'income', columns: ['total'], rows: [{ label: '合计', role: 'total', values: { total: '702.77' } }] });
    expect(run(grandTotal, release(t01(), t02, t03())).findings).toEqual([]);
  });
  it('reports a 03 total that differs from 01 本年支出合计', () => {
    const t = t03('expenditure', '173.96', '700.77');
    const f = run(grandTotal, release(t01(), t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '702.77', actual: '700.77', difference: '-2.00' });
    expect(f[0]!.locations[1]).toMatchObject({ line: t.rows[0]!.line, table: '部门支出总体情况表 (03)', value: '700.77' });
  });
});

describe('cross-class-totals', () => {
  it('accepts classes 201/208/221 of 01 against the 项 rows of 03', () => {
    expect(run(classTotals, release(t01(), t03())).findings).toEqual([]);
  });
  it('reports class 201 when a 项 row is 10.00 short, listing every 项', () => {
    const f = run(classTotals, release(t01(), t03('expenditure', '163.96'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '588.45', actual: '598.45', difference: '10.00' });
    expect(f[0]!.locations.map((l) => l.value)).toEqual(['598.45', '366.38', '58.11', '163.96']);
  });
  it('reports a class the detail has and the summary lacks', () => {
    const t = t03();
    t.rows.push({ ...t.rows[3]!, line: 999, label: '行政单位医疗', functionCode: { code: '2101101', class: '210', kuan: '11', xiang: '01' } });
    const noHealth = t01();
    const f = run(classTotals, release(noHealth, t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('210');
    expect(f[0]!.locations.map((l) => l.value)).toEqual(['53.49']);
  });
});

describe('cross-basic-project', () => {
  const t11 = (basic: string) =>
    table({
      kind: 'performance-overall',
      columns: ['amount'],
      rows: [
        { label: '部门预算总额', role: 'total', values: { amount: '702.77' } },
        { label: '基本支出', values: { amount: basic } },
        { label: '项目支出', values: { amount: '58.11' } },
      ],
    });
  const t10 = table({ kind: 'project-expenditure', columns: ['total', 'general'], rows: [{ label: '办公室', role: 'department', org: '008', values: { total: '58.11' } }] });
  it('accepts 03 = 11 = 10 (644.66 / 58.11)', () => {
    expect(run(basicProject, release(t03(), t11('644.66'), t10)).findings).toEqual([]);
  });
  it('reports 11 基本支出 ≠ 03', () => {
    const f = run(basicProject, release(t03(), t11('664.66'), t10)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '644.66', actual: '664.66', difference: '20.00' });
  });
});

describe('cross-personnel-public', () => {
  const t06 = (personnel: string) =>
    table({
      kind: 'general-budget-basic',
      columns: ['total', 'personnel', 'public'],
      rows: [{ label: '合计', role: 'total', values: { total: '644.66', personnel, public: '55.55' } }],
    });
  it('accepts 人员经费 589.11 = 575.23 + 13.88 and 公用经费 55.55 (seed 000 line 338)', () => {
    expect(run(personnelPublic, release(t03('general-budget-expenditure'), t06('589.11'))).findings).toEqual([]);
  });
  it('reports 人员经费 ≠ wages + family', () => {
    const f = run(personnelPublic, release(t03('general-budget-expenditure'), t06('590.11'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '589.11', actual: '590.11', difference: '1.00' });
    expect(f[0]!.locations).toHaveLength(3);
  });
});

describe('cross-economic-coverage', () => {
  // seed 001: 06 lines 357/360 (30229 福利费) have no line in 07
  const t06 = table({
    kind: 'general-budget-basic',
    columns: ['total', 'personnel', 'public'],
    rows: [
      { label: '其他商品和服务支出', econ: ['30299', '50299'], values: { total: '0.04', public: '0.04' } },
      { label: '福利费', econ: ['30229', '50502'], values: { total: '3.18', public: '3.18' } },
    ],
  });
  const t07 = (v: string) =>
    table({
      kind: 'economic-summary',
      columns: ['total', 'general'],
      rows: [{ label: '其他商品和服务支出', econ: ['30299', '50299'], values: { total: v } }],
    });
  it('reports the missing 30229 line and accepts 07 ≥ 06 for 30299', () => {
    const f = run(economicCoverage, release(t06, t07('20.64'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '3.18', actual: '0', difference: '-3.18' });
    expect(f[0]!.locations[0]!.line).toBe(t06.rows[1]!.line);
  });
  it('prints differences with the decimals the tables print (元 tables print none)', () => {
    const yuan06 = table({
      kind: 'general-budget-basic',
      columns: ['total', 'personnel', 'public'],
      rows: [{ label: '福利费', econ: ['30229', '50502'], values: { total: '31800', public: '31800' } }],
    });
    const f = run(economicCoverage, release(yuan06, t07('0'))).findings;
    expect(f[0]).toMatchObject({ expected: '31800', actual: '0', difference: '-31800' });
  });
  it('reports 07 below 06', () => {
    const f = run(economicCoverage, release(t06, t07('0.02'))).findings;
    const less = f.find((x) => x.expected === '0.04');
    expect(less).toMatchObject({ severity: 'error', actual: '0.02', difference: '-0.02' });
  });
});

describe('cross-three-public', () => {
  const t06 = table({
    kind: 'general-budget-basic',
    columns: ['total', 'personnel', 'public'],
    rows: [{ label: '公务用车运行维护费', econ: ['30231', '50208'], values: { total: '7.50', public: '7.50' } }],
  });
  const t08 = (op: string) =>
    table({
      kind: 'three-public',
      columns: ['total', 'abroad', 'vehicle', 'vehicle.purchase', 'vehicle.operation', 'reception'],
      rows: [{ label: '合计', role: 'total', values: { total: op, vehicle: op, 'vehicle.operation': op } }],
    });
  it('accepts 08 运行费 7.50 = 06 30231 7.50 (seed 000 lines 350, 423)', () => {
    expect(run(threePublic, release(t06, t08('7.50'))).findings).toEqual([]);
  });
  it('08 below 06 is an error, above a warning', () => {
    const below = run(threePublic, release(t06, t08('5.00'))).findings;
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({ severity: 'error', expected: '7.50', actual: '5.00', difference: '-2.50' });
    const above = run(threePublic, release(t06, t08('9.00'))).findings;
    expect(above[0]).toMatchObject({ severity: 'warning', expected: '7.50', actual: '9.00', difference: '1.50' });
  });
  // Fujian 仓山 (fz-cangshan-sthj-2026-dwys): 九 302 58.33 with 30231 2.00; 八 prints classes only, 302 406.33
  // (project 348.00); 十 运行费 16.00. The excess 14.00 fits in the class's project part.
  const basic = table({
    kind: 'general-budget-basic',
    columns: ['total', 'personnel', 'public'],
    rows: [
      { label: '商品和服务支出', role: 'subtotal', econ: ['302'], values: { total: '58.33', public: '58.33' } },
      { label: '公务用车运行维护费', econ: ['30231', '50208'], values: { total: '2.00', public: '2.00' } },
    ],
  });
  const classes07 = (v302: string) =>
    table({
      kind: 'economic-summary',
      columns: ['total', 'general'],
      rows: [{ label: '商品和服务支出', role: 'subtotal', econ: ['302'], values: { total: v302, general: v302 } }],
    });
  it('an 07 of classes only: 08 above 06 within the class’s project part is no finding; beyond it, a warning', () => {
    expect(run(threePublic, release(basic, classes07('406.33'), t08('16.00'))).findings).toEqual([]);
    const beyond = run(threePublic, release(basic, classes07('70.00'), t08('16.00'))).findings;
    expect(beyond).toHaveLength(1);
    expect(beyond[0]).toMatchObject({ severity: 'warning', expected: '2.00', actual: '16.00', difference: '14.00' });
  });
});

describe('cross-project-list', () => {
  const t10 = table({
    kind: 'project-expenditure',
    columns: ['total', 'general'],
    rows: [
      { label: '工作经费', values: { total: '1.00' } },
      { label: '信创工程', values: { total: '49.11' } },
    ],
  });
  const t12 = (v: string, extra = false) =>
    table({
      kind: 'performance-projects',
      columns: ['total', 'govBudget'],
      rows: [
        { label: '工作 经费', values: { total: '1.00' } },
        { label: '信创 工程', values: { total: v } },
        ...(extra ? [{ label: '慰问 经费', values: { total: '7.50' } }] : []),
      ],
    });
  it('matches names ignoring spaces (seed 000 lines 451/516, 454/525)', () => {
    expect(run(projectList, release(t10, t12('49.11'))).findings).toEqual([]);
  });
  it('reports an amount mismatch and a project missing from 10', () => {
    const f = run(projectList, release(t10, t12('49.12', true))).findings;
    expect(f.map((x) => x.severity)).toEqual(['error', 'error']);
    expect(f[0]).toMatchObject({ expected: '49.11', actual: '49.12', difference: '0.01' });
    expect(f[1]!.message).toContain('慰问 经费');
  });
});

describe('cross-gov-fund', () => {
  const empty09 = table({ kind: 'gov-fund-expenditure', columns: EXPENDITURE_COLUMNS, rows: [], status: 'empty', emptyNote: '说明：我部门没有政府性基金收入，故此表无数据。' });
  it('accepts an empty 09 with a blank 01 政府性基金 line (seed 000 lines 197, 440)', () => {
    expect(run(govFund, release(empty09, t01())).findings).toEqual([]);
  });
  it('reports 01 政府性基金 income against an empty 09', () => {
    const f = run(govFund, release(empty09, t01({ govFund: '5.00' }))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '0', actual: '5.00' });
  });
});

describe('cross-econ-class-column', () => {
  const t06 = (pub?: string) =>
    table({
      kind: 'general-budget-basic',
      columns: ['total', 'personnel', 'public'],
      rows: [{ label: '基本工资', econ: ['30101', '50101'], values: pub ? { total: '113.98', personnel: '112.98', public: pub } : { total: '113.98', personnel: '113.98' } }],
    });
  it('accepts 30101 in 人员经费 (seed 000 line 339)', () => {
    expect(run(econClassColumn, release(t06())).findings).toEqual([]);
  });
  it('reports a 301 line with 公用经费', () => {
    const f = run(econClassColumn, release(t06('1.00'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '0', actual: '1.00' });
    expect(f[0]!.locations[0]!.column).toBe('public');
  });
  // Hunan 06 (cs-xfj-2026-ys p16, lines 378-387): 人员类 books 工会经费 10.92 and 其他交通费用 32.76 of 302, as
  // the template does; a 302 line the template does not name (办公费) in 人员类 is still an error
  it('follows the template’s own booking of 302 lines under personnel (Hunan), and only those lines', () => {
    const hunan06 = (office: string | null) =>
      table({
        kind: 'general-budget-basic',
        columns: ['total', 'personnel', 'public'],
        rows: [
          { label: '工会经费', econ: ['30228', '50201'], values: { total: '10.92', personnel: '10.92', public: null } },
          { label: '其他交通费用', econ: ['30239', '50201'], values: { total: '32.76', personnel: '32.76', public: null } },
          { label: '办公费', econ: ['30201', '50201'], values: { total: '4.00', personnel: office, public: office ? null : '4.00' } },
        ],
      });
    const asHunan = (t: ReturnType<typeof table>) => ({ ...release(t), template: { id: 'hunan', name: { zh: '湖南', en: 'Hunan' }, score: 1, evidence: [] } });
    expect(run(econClassColumn, asHunan(hunan06(null))).findings).toEqual([]);
    const f = run(econClassColumn, asHunan(hunan06('4.00'))).findings;
    expect(f.map((x) => x.locations[0]!.row)).toEqual(['30201 办公费']);
    // read as Henan, the template's booking does not hold: both 302 lines under personnel are reported
    expect(run(econClassColumn, release(hunan06(null))).findings).toHaveLength(2);
  });
});

describe('cross-function-code-name', () => {
  it('accepts the standard names of seed 000 and flags swapped codes', () => {
    expect(run(functionCodeName, release(t03())).findings).toEqual([]);
    const t = t03();
    t.rows[1]!.functionCode = { code: '2013150', class: '201', kuan: '31', xiang: '50' }; // 行政运行 coded 50
    const f = run(functionCodeName, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('2013101');
  });
  it('knows 21301 农业农村 numbers its 事业运行 04: 2130104 passes, 2130150 does not', () => {
    const t = (code: string) =>
      table({ kind: 'expenditure', columns: ['total'], rows: [{ label: '事业运行', code, values: { total: '1.00' } }] });
    expect(run(functionCodeName, release(t('2130104'))).findings).toEqual([]);
    const f = run(functionCodeName, release(t('2130150'))).findings;
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('2130104')]);
    expect(run(functionCodeName, release(t('2010304'))).findings).toHaveLength(1);
  });
});

describe('cross-fiscal-of-which', () => {
  const t02 = (fiscal: string, unit: '万元' | '元' = '万元') => {
    const t = table({ kind: 'income', columns: ['total', 'general', 'general.fiscal'], rows: [{ label: '合计', role: 'total', values: { total: fiscal, general: fiscal, 'general.fiscal': fiscal } }] });
    return { ...t, unit };
  };
  it('accepts 01 其中：财政拨款 702.77 against 02 合计 (seed 000)', () => {
    const r = run(fiscalOfWhichRule, release(t01(), t02('702.77')));
    expect(r.findings).toEqual([]);
  });
  it('reports a 02 fiscal column that differs from 01', () => {
    const f = run(fiscalOfWhichRule, release(t01(), t02('700.77'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error' });
    expect(f[0]!.locations.map((l) => l.value)).toEqual(['702.77', '700.77']);
  });
  it('compares a 元 table with a 万元 one by the same money (7027700 元 = 702.77 万元)', () => {
    expect(run(fiscalOfWhichRule, release(t01(), t02('7027700', '元'))).findings).toEqual([]);
    expect(run(fiscalOfWhichRule, release(t01(), t02('7007700', '元'))).findings).toHaveLength(1);
  });
  it('says what it could not check when 02 has no fiscal column', () => {
    const t = table({ kind: 'income', columns: ['total'], rows: [{ label: '合计', role: 'total', values: { total: '702.77' } }] });
    const r = run(fiscalOfWhichRule, release(t01(), t));
    expect(r.findings).toEqual([]);
    expect(JSON.stringify(r)).toContain('未列“其中：财政拨款”列');
  });
});

describe('cross-meeting-training', () => {
  // Suzhou (suz-sjj-2026-ys): 公开09表 会议费 10.00, 培训费 43.00 (line 487); 公开08表 30215 会议费 10.00
  // (line 468) and no 30216 line
  const basic08 = table({
    kind: 'general-budget-basic',
    columns: ['total', 'personnel', 'public'],
    rows: [{ label: '会议费', econ: ['30215', '50201'], values: { total: '10.00', public: '10.00' } }],
  });
  const t09 = (meeting: string) =>
    table({
      kind: 'three-public',
      columns: { total: '“三公”经费合计', reception: '公务接待费', meeting: '会议费', training: '培训费' },
      rows: [{ label: '合计', role: 'total', values: { total: '10.00', reception: '10.00', meeting, training: '43.00' } }],
    });
  const jiangsu = (...t: Parameters<typeof release>) => ({ ...release(...t), template: { id: 'jiangsu', name: { zh: '江苏', en: 'Jiangsu' }, score: 1, evidence: [] } });
  it('accepts 会议费 10.00 = 30215 10.00 and 培训费 43.00 with no 30216 line (project money)', () => {
    const r = run(meetingTraining, jiangsu(basic08, t09('10.00')));
    expect(r.findings).toEqual([]);
    expect(r.ran).toContain('cross-meeting-training');
  });
  it('accepts 会议费 above 30215 (project money); reports it below', () => {
    expect(run(meetingTraining, jiangsu(basic08, t09('12.00'))).findings).toEqual([]);
    const f = run(meetingTraining, jiangsu(basic08, t09('8.00'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '10.00', actual: '8.00', difference: '-2.00' });
    expect(f[0]!.message).toContain('会议费 为 8.00，小于');
  });
  it('a 三公 table without 会议费/培训费 (Henan) is a skip, not a pass', () => {
    const r = run(meetingTraining, release(basic08, t09('10.00')));
    expect(r.findings).toEqual([]);
    expect(r.skipped.map((x) => x.ruleId)).toEqual(['cross-meeting-training']);
  });
});

describe('cross-admin-expenses', () => {
  // Suzhou (suz-sjj-2026-ys): 公开12表 30211 差旅费 76.45 = 公开08表 30211 公用经费 76.45 (p21 / p17)
  const basic08 = table({
    kind: 'general-budget-basic',
    columns: ['total', 'personnel', 'public'],
    rows: [
      { label: '差旅费', econ: ['30211', '50201'], values: { total: '76.45', public: '76.45' } },
      { label: '会议费', econ: ['30215', '50201'], values: { total: '10.00', public: '10.00' } },
    ],
  });
  const t12 = (travel: string) =>
    table({
      kind: 'admin-expenses',
      columns: { total: '机关运行经费支出' },
      rows: [
        { label: '差旅费', econ: ['30211'], values: { total: travel } },
        { label: '会议费', econ: ['30215'], values: { total: '10.00' } },
      ],
    });
  const jiangsu = (...t: Parameters<typeof release>) => ({ ...release(...t), template: { id: 'jiangsu', name: { zh: '江苏', en: 'Jiangsu' }, score: 1, evidence: [] } });
  it('accepts lines equal to (or below) their 公用经费', () => {
    const r = run(adminExpenses, jiangsu(basic08, t12('76.45')));
    expect(r.findings).toEqual([]);
    expect(r.ran).toContain('cross-admin-expenses');
    expect(run(adminExpenses, jiangsu(basic08, t12('60.00'))).findings).toEqual([]);
  });
  it('reports a line above its 公用经费', () => {
    const f = run(adminExpenses, jiangsu(basic08, t12('80.00'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '76.45', actual: '80.00', difference: '3.55' });
    expect(f[0]!.locations).toHaveLength(2);
  });
  it('without a table of 机关运行经费 by line it is a skip', () => {
    expect(run(adminExpenses, release(basic08)).skipped.map((x) => x.ruleId)).toEqual(['cross-admin-expenses']);
  });
});
