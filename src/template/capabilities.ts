import type { Capability } from './schema.js';

/** How a capability is named in a skip reason. */
export const CAPABILITY_NAME: Readonly<Record<Capability, { zh: string; en: string }>> = {
  'table-layout': { zh: '表格列与行的对应', en: 'the column and row layout of its tables' },
  'summary-lines': { zh: '收支总表的行', en: 'the lines of its summary tables' },
  'scoped-facts': { zh: '表格数据的口径（资金来源、基本/项目、功能分类）', en: 'the scopes of its table figures (fund, basic/project, class)' },
  'economic-tables': { zh: '经济分类表', en: 'its economic-class tables' },
  'basic-parts': { zh: '功能分类表中的人员经费、公用经费列', en: 'personnel and public-cost columns in its function tables' },
  'project-tables': { zh: '项目支出表', en: 'its project tables' },
  'three-public-table': { zh: '“三公”经费表的列', en: 'the columns of its "three public" expenses table' },
  'three-public-basic': { zh: '只含基本支出的“三公”经费表', en: 'a "three public" table of basic spending only' },
  'narrative-sections': { zh: '情况说明的章节与表述', en: 'the sections and wording of its narrative' },
  'toc-tables': { zh: '目录所列表名', en: 'the table names of its contents page' },
  parts: { zh: '各部分的结构', en: 'the structure of its parts' },
  wording: { zh: '模板的规范表述', en: 'its standard wording' },
};

/** Why a rule does not run on a release of this template: the capabilities it lacks, named. */
export function lackingReason(template: { id: string; name: { zh: string; en: string } }, lacking: readonly Capability[]): { zh: string; en: string } {
  const zh = lacking.map((c) => CAPABILITY_NAME[c].zh).join('、');
  const en = lacking.map((c) => CAPABILITY_NAME[c].en).join(', ');
  return template.id === 'unknown'
    ? { zh: `未识别出本文件的模板，无法确定${zh}，本项检查未运行`, en: `the release's template is not recognised, so ${en} cannot be known: the check did not run` }
    : {
        zh: `模板“${template.name.zh}”（${template.id}）尚未提供本项检查所需的${zh}，本项检查未运行`,
        en: `the template "${template.name.en}" (${template.id}) does not yet provide ${en}, which this check needs: it did not run`,
      };
}
