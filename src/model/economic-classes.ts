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
