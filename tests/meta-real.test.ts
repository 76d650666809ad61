import { describe, expect, it } from 'vitest';
import { Meta } from '../src/model/release.js';
import { realDoc } from './templates/real.js';

/**
 * Department, year, kind and scope of each real release, read by hand off its cover (the title
 * lines before the 目录, or Chongqing's title above its first heading). A qualifier printed after the
 * name (（本级）, （汇总）) is the release's scope, not part of the name.
 */
const COVERS: Record<string, { printed: string; department: string; year: number; kind: string; scope?: '汇总' | '本级'; region?: string }> = {
  'bj-sjj-2026-ys.part1.pdf': { printed: '北京市审计局 2026 年度部门预算信息公开', department: '北京市审计局', year: 2026, kind: '部门预算', region: '北京市' },
  'cq-zfbgt-2026-ys.pdf': { printed: '重庆市人民政府办公厅 / 2026年部门预算情况说明', department: '重庆市人民政府办公厅', year: 2026, kind: '部门预算', region: '重庆市' },
  'cs-xfj-2026-ys.pdf': { printed: '长沙市信访局 / 2026年部门预算公开', department: '长沙市信访局', year: 2026, kind: '部门预算', region: '长沙市' },
  'fz-cangshan-sthj-2026-dwys.pdf': { printed: '2026 年度 / 福州市仓山生态环境局 / 单位预算', department: '福州市仓山生态环境局', year: 2026, kind: '单位预算', region: '福州市' },
  'gj-xfj-2024-js.pdf': { printed: '国家信访局 / 2024 年度部门决算 / 二〇二五年七月', department: '国家信访局', year: 2024, kind: '部门决算' },
  'gz-xfj-2026-ys.pdf': { printed: '2026年 / 广州市信访局部门预算', department: '广州市信访局', year: 2026, kind: '部门预算', region: '广州市' },
  'hz-qxj-2026-ys.pdf': { printed: '杭州市气象局 / 2026年度部门预算', department: '杭州市气象局', year: 2026, kind: '部门预算', region: '杭州市' },
  // the title names the district and its 区级 budget; the department stands after 预算主管部门：
  'sh-putuo-wanli-2025-ys.pdf': { printed: '上海市普陀区2025年区级部门预算 / 预算主管部门：上海市普陀区人民政府万里街道办事处', department: '上海市普陀区人民政府万里街道办事处', year: 2025, kind: '部门预算', region: '上海市普陀区' },
  'suz-sjj-2026-ys.pdf': { printed: '2026 年度苏州市审计局部门预算公开', department: '苏州市审计局', year: 2026, kind: '部门预算', region: '苏州市' },
  // the name wraps: `2026年深圳市公安局交通管理局（本` / `级）部门预算`
  'sz-jgj-2026-ys.pdf': { printed: '2026年深圳市公安局交通管理局（本级）部门预算', department: '深圳市公安局交通管理局', year: 2026, kind: '部门预算', scope: '本级', region: '深圳市' },
  'xa-tjj-2026-ys.pdf': { printed: '西安市统计局（汇总） / 2026年部门预算公开说明', department: '西安市统计局', year: 2026, kind: '部门预算', scope: '汇总', region: '西安市' },
};

describe('the cover of each real release', () => {
  for (const [file, want] of Object.entries(COVERS)) {
    it(`${file}: ${want.printed}`, async () => {
      const { model } = await realDoc(file);
      const meta = model.meta;
      expect(Meta.parse(meta)).toEqual(meta);
      expect(meta.cover).toBe(true);
      expect(meta.department?.text).toBe(want.department);
      expect(meta.year?.value).toBe(want.year);
      expect(meta.kind?.value).toBe(want.kind);
      expect(meta.scope?.value).toBe(want.scope);
      expect(meta.region?.text).toBe(want.region);
      // each field points at a cover line, before the 目录 (Fujian’s 单位预算 stands on line 5)
      for (const line of [meta.department?.line, meta.year?.line, meta.kind?.line]) expect(line).toBeLessThanOrEqual(5);
    }, 120_000);
  }
});
