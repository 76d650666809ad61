import type { Measure, Split } from './facts.js';

/**
 * What the national 部门经济分类 says about basic spending, whatever template prints it: the
 * economic classes paid from 人员经费 (301 工资福利支出, 303 对个人和家庭的补助) and from 公用经费
 * (302 商品和服务支出, 310 资本性支出), and the lines that carry 三公 money in basic spending.
 */
export const ECONOMIC_CLASS_SPLIT: Readonly<Record<string, Extract<Split, 'basic.personnel' | 'basic.public'>>> = {
  '301': 'basic.personnel',
  '303': 'basic.personnel',
  '302': 'basic.public',
  '310': 'basic.public',
};

/** The split (人员经费 or 公用经费) an economic code's class belongs to, if the classification says. */
export function splitOfEconomic(code: string): 'basic.personnel' | 'basic.public' | undefined {
  return ECONOMIC_CLASS_SPLIT[code.slice(0, 3)];
}

/** 三公 items and the economic line that carries the same money in basic spending. */
export const THREE_PUBLIC_LINES: ReadonlyArray<{ measure: Measure; economic: string }> = [
  { measure: 'threePublic.vehicle.operation', economic: '30231' }, // 公务用车运行维护费
  { measure: 'threePublic.reception', economic: '30217' }, // 公务接待费
];

/** Companions some templates print beside the 三公 (会议费, 培训费) and their economic lines. */
export const MEETING_TRAINING_LINES: ReadonlyArray<{ measure: Measure; economic: string }> = [
  { measure: 'meeting', economic: '30215' }, // 会议费
  { measure: 'training', economic: '30216' }, // 培训费
];

/**
 * 部门预算支出经济分类科目 (department economic classes) by name, for the tables that print an economic
 * line by its name only (Shenzhen 表4, Hangzhou 表6). Names as in the classification; a table's label
 * is matched after its spaces and brackets' spacing are removed.
 */
const ECONOMIC_NAMES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['301', '工资福利支出'],
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30106', '伙食补助费'],
  ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30109', '职业年金缴费'],
  ['30110', '职工基本医疗保险缴费'],
  ['30111', '公务员医疗补助缴费'],
  ['30112', '其他社会保障缴费'],
  ['30113', '住房公积金'],
  ['30114', '医疗费'],
  ['30199', '其他工资福利支出'],
  ['302', '商品和服务支出'],
  ['30201', '办公费'],
  ['30202', '印刷费'],
  ['30203', '咨询费'],
  ['30204', '手续费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30208', '取暖费'],
  ['30209', '物业管理费'],
  ['30211', '差旅费'],
  ['30212', '因公出国（境）费用'],
  ['30213', '维修（护）费'],
  ['30214', '租赁费'],
  ['30215', '会议费'],
  ['30216', '培训费'],
  ['30217', '公务接待费'],
  ['30218', '专用材料费'],
  ['30224', '被装购置费'],
  ['30225', '专用燃料费'],
  ['30226', '劳务费'],
  ['30227', '委托业务费'],
  ['30228', '工会经费'],
  ['30229', '福利费'],
  ['30231', '公务用车运行维护费'],
  ['30239', '其他交通费用'],
  ['30240', '税金及附加费用'],
  ['30299', '其他商品和服务支出'],
  ['303', '对个人和家庭的补助'],
  ['30301', '离休费'],
  ['30302', '退休费'],
  ['30303', '退职（役）费'],
  ['30304', '抚恤金'],
  ['30305', '生活补助'],
  ['30306', '救济费'],
  ['30307', '医疗费补助'],
  ['30308', '助学金'],
  ['30309', '奖励金'],
  ['30310', '个人农业生产补贴'],
  ['30311', '代缴社会保险费'],
  ['30399', '其他对个人和家庭的补助'],
  ['310', '资本性支出'],
  ['31001', '房屋建筑物购建'],
  ['31002', '办公设备购置'],
  ['31003', '专用设备购置'],
  ['31005', '基础设施建设'],
  ['31006', '大型修缮'],
  ['31007', '信息网络及软件购置更新'],
  ['31008', '物资储备'],
  ['31013', '公务用车购置'],
  ['31019', '其他交通工具购置'],
  ['31021', '文物和陈列品购置'],
  ['31022', '无形资产购置'],
  ['31099', '其他资本性支出'],
  ['399', '其他支出'],
];

const norm = (s: string) => s.replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

const BY_NAME = new Map(ECONOMIC_NAMES.map(([code, name]) => [norm(name), code]));

/** The department economic code a printed name stands for, if it is one of the classification's names. */
export function economicCodeOfName(name: string): string | undefined {
  return BY_NAME.get(norm(name));
}
