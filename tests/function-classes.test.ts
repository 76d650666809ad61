import { it, expect } from 'vitest';
import { classOfSummaryLabel, classOfPhrase } from '../src/model/function-classes.js';
it('matches classes by name, never by ordinal; an obsolete line names no class', () => {
  expect(classOfSummaryLabel('（三）国防支出（')).toBe('203');
  expect(classOfSummaryLabel('（九）医疗卫生与计划生育支出')).toBeUndefined();
  expect(classOfSummaryLabel('三十四、抗疫特别国债安排的支出')).toBe('234');
  expect(classOfSummaryLabel('二十九、其他支出')).toBe('229');
  expect(classOfSummaryLabel('九、其他收入')).toBeUndefined();
  expect(classOfPhrase('主要用于一般公共服务（类）支出')).toBe('201');
});
