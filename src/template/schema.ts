import { z } from 'zod';
import { Classification, FactScope, Fund, Flow, Measure, Split, Stage } from '../model/facts.js';
import { Unit } from '../model/primitives.js';
import { TableKind } from '../model/table.js';

/**
 * A template (a region's table set and narrative wording) as data: how to recognise it, how each of
 * its tables and columns maps to canonical kinds and fact scopes, and what each narrative section
 * speaks of. Patterns are regular-expression sources, so that a profile is plain data (JSON-able).
 */

/** The part of a fact scope a column, a row or a table fixes; the rest comes from the others. */
export const ScopePart = z.object({
  side: FactScope.shape.side.optional(),
  fund: Fund.optional(),
  flow: Flow.optional(),
  split: Split.optional(),
  measure: Measure.optional(),
  /** a column of last year's or final figures (上年预算数, 决算数); this year's budget by default */
  stage: Stage.optional(),
});
export type ScopePart = z.infer<typeof ScopePart>;

export const ColumnDef = z.object({
  /** canonical column key (src/model/columns.ts) */
  key: z.string(),
  /** a header word that names the column (a regular-expression source) */
  word: z.string(),
  /** the label the column is given */
  label: z.string(),
  /** the spanning header above the leaf */
  group: z.string().optional(),
  scope: ScopePart,
  /** false: a printed amount column with no canonical scope (Beijing 05 扣除基建项目后预算数): read into
   * the table, never made a fact, so that no rule compares it with a quantity it is not */
  fact: z.boolean().optional(),
});
export type ColumnDef = z.infer<typeof ColumnDef>;

/** A line of a side-by-side summary (01, 04) named by its label. */
export const LineDef = z.object({
  side: z.enum(['income', 'expenditure']),
  /** matched against the label reduced to its words (no ordinal, no spaces) */
  label: z.string(),
  /** a `其中：` line */
  ofWhich: z.boolean().default(false),
  scope: ScopePart,
  /** the line opens the carryover block: the lines after it (up to the grand line) are carryover */
  opensCarryover: z.boolean().default(false),
  /** the grand line ends the blocks */
  closes: z.boolean().default(false),
});
export type LineDef = z.infer<typeof LineDef>;

export const RowLineDef = z.object({
  label: z.string(),
  scope: ScopePart,
  /** the line is the table's grand line (合计), or one item of it */
  row: z.enum(['total', 'item']).default('item'),
  /** the department economic class the line names (表11 `工资福利支出` is 301) */
  economic: z.string().regex(/^\d{3}(\d{2}){0,2}$/).optional(),
  /** the label's first group is a year (Shenzhen 表9 `2025年` / `2026年`): the table's year is this
   * year's budget, the year before it last year's; any other year makes no fact */
  yearStage: z.boolean().default(false),
  /** false: a line with no canonical scope (`增减变化金额`): read, never a fact */
  fact: z.boolean().optional(),
});
export type RowLineDef = z.infer<typeof RowLineDef>;

export const TableDef = z.object({
  kind: TableKind,
  /** the printed number (预算01表) */
  number: z.string().optional(),
  /** the unit when the table prints none */
  defaultUnit: Unit,
  /** cells before the first amount column in this layout (a fallback: the rows decide) */
  labelColumns: z.number().int().min(0).optional(),
  /**
   * how the label cells of a row are read, when not as the kind's Henan layout: `function-3` is
   * 类 / 款 / 项 / 名称 (no unit code), `economic-2` is 类 / 款 / 名称 (no government class)
   */
  rowLayout: z.enum(['function-3', 'economic-2', 'category-tree']).optional(),
  /** with rowLayout `category-tree` (Jiangsu 13 政府采购: 采购品目大类 first, then what is bought): the
   * labels of the category rows (货物, 工程, 服务), a regular-expression source. A row printing its
   * first cell alone that is no category heads a branch under its category (the unit buying it) and
   * restates the category's amount: read, never summed */
  categoryRows: z.string().optional(),
  /** the scope every fact of the table has unless a column or line says otherwise */
  scope: ScopePart,
  /** economic lines (department codes) the template books in more columns than their class's, with the
   * splits each may take: Hunan 06 books 工会经费 30228, 其他交通费用 30239 and 其他商品和服务支出 30299
   * (so their class 302 too) under 人员类 beside 公用经费 */
  economicSplits: z.record(z.string().regex(/^3\d{2}(\d{2})?$/), z.array(Split)).default({}),
  /** columns in printed order */
  columns: z.array(ColumnDef),
  /** a side-by-side half wider than one 金额 column is read with this kind's columns (01 → 04's) */
  widerColumnsOf: TableKind.optional(),
  /** for side-by-side summaries: lines named by their labels */
  lines: z.array(LineDef).default([]),
  /** lines naming a function class (01/04 expenditure halves) carry it */
  classLines: z.boolean().default(false),
  /** side-by-side summaries (01, 04): the labels (reduced to their words) of the lines that close a
   * block of lines, on either half — this year's line, the carryover line and the grand line */
  summaryBlocks: z
    .object({
      current: z.string(),
      carryover: z.string(),
      grand: z.string(),
      /** lines below the totals that are neither a part nor the carry-over (结余分配, non-fiscal balances) */
      beside: z.string().optional(),
    })
    .optional(),
  /** a hand-typed block of named lines (11's 预算情况): each line's words, tried on the label and text cells */
  blockLines: z.record(z.string(), z.string()).optional(),
  /** how the label cells of a grid row are read: by the kind's fixed cell positions (the Henan
   * layouts), or `coded`: wherever the codes stand, in any printed form (`2010801`, `201 08 01`,
   * `[2010801]`, `2010801-行政运行`, function × economic pairs) */
  rowLabels: z.enum(['positional', 'coded']).default('positional'),
  /** grid rows named by their words rather than a code (Guangzhou 表8 prints 行政经费 and each 三公
   * item as a row): matched against the label without its spaces, the first match gives the scope */
  rowLines: z.array(RowLineDef).default([]),
  /** rows labelled by a name alone are budget units (Hangzhou 表2/表7: 合计, then each unit by name) */
  unitRows: z.boolean().default(false),
  /** the expenditure half prints 款 and 项 lines by name under each class (Shenzhen, Hangzhou 表1):
   * only a line whose whole label is a class name is a class line, so a 款 named 城乡社区公共设施 is not 212 */
  subClassLines: z.boolean().default(false),
  /** 11's 预算情况 printed as a grid row under column headings (Beijing 13, Hunan 10) rather than as
   * a block of labelled lines: read with `columns` like any grid */
  budgetGrid: z.boolean().default(false),
  /** a side-by-side summary of more than two (项目, 金额) blocks (Shaanxi 表1: 收入 | 功能分类 | 部门经济分类 |
   * 政府经济分类): the blocks after the second restate the spending by economic class; they are read
   * into the table (rows of block 3, 4 …) but make no facts */
  summaryBlockCount: z.number().int().min(2).default(2),
  /** false: item rows whose tree the extract lost (Shaanxi 表10 categories and projects by indentation
   * only) make no facts; the total, department and unit rows still do */
  itemRows: z.boolean().default(true),
});
export type TableDef = z.infer<typeof TableDef>;

/** What a narrative section speaks of by default: a class `X（类）支出` in 八 is government-fund money. */
export const SectionDef = z.object({
  // 一…九; Zhejiang's （一）…（十）; Shaanxi's 五…十四 (numbered on from 第一部分)
  ordinal: z.number().int().min(1).max(20),
  /** the heading, as a regular-expression source */
  heading: z.string(),
  scope: ScopePart,
});
export type SectionDef = z.infer<typeof SectionDef>;

/**
 * Where the narrative's named quantities are printed: a scope, the table kinds that print it for
 * the narrative's purposes, and, for 类-level quantities, the level.
 */
export const QuantityDef = z.object({
  scope: ScopePart,
  tables: z.array(TableKind),
  classification: Classification.optional(),
  /** a quantity a table prints as the sum of lines of these scopes (each over `scope`), e.g. a fund's
   * income of this year plus its carryover */
  parts: z.array(ScopePart).optional(),
  /** a quantity no table prints (vehicles, procurement): claims about it are reported as such */
  neverPrinted: z.boolean().default(false),
});
export type QuantityDef = z.infer<typeof QuantityDef>;

/**
 * A piece of evidence that a release follows a template: words of its cover, its table titles, its
 * table-number style or its region. Detection adds the weights of the signals found; the profile
 * with the highest score at or above its `minScore` is the release's template.
 */
export const Signal = z.object({
  kind: z.enum(['region', 'cover', 'title', 'table-number']),
  /** a regular-expression source, tried on each line (spaces removed) */
  pattern: z.string(),
  weight: z.number().int().min(1),
  /** only the first lines (cover, front matter) count: a region named in passing proves nothing */
  head: z.boolean().default(false),
});
export type Signal = z.infer<typeof Signal>;

/**
 * What a template gives the rules to work on. A rule runs on a release only where its template has
 * every capability the rule needs (rules/requirements.ts); otherwise the rule is a coverage skip that
 * names the template.
 */
export const Capability = z.enum([
  /** tables read with their canonical columns and rows (within-table sums, identities) */
  'table-layout',
  /** the side-by-side summaries (01, 04) read line by line */
  'summary-lines',
  /** the facts of the tables have their scopes (fund, split, class): cross-table checks */
  'scoped-facts',
  /** the economic-class tables (06, 07) with their codes and names */
  'economic-tables',
  /** 人员经费 / 公用经费 (or their economic parts) printed as columns of the function tables (03, 05) */
  'basic-parts',
  /** the project tables (10, 12) */
  'project-tables',
  /** the 三公 table with its columns */
  'three-public-table',
  /** the 三公 table counts basic spending only: 接待 and 运行费 are 06's lines 30217 and 30231 (Shanghai) */
  'three-public-basic',
  /** the narrative's sections 一…九 and their claims */
  'narrative-sections',
  /** the table of contents lists the tables by the names the template gives them */
  'toc-tables',
  /** the template's required parts (第一部分 … 第三部分, 名词解释) and their numbering */
  'parts',
  /** the template's standard wording (instructions, glossary, finance level, owner wording) */
  'wording',
]);
export type Capability = z.infer<typeof Capability>;

export const TemplateProfile = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  recognition: z.object({
    /** words of a table number as printed (预算01表), with the number as group 1 */
    tableNumber: z.string(),
    /** title patterns tried in order, the first match wins */
    titles: z.array(z.object({ pattern: z.string(), kind: TableKind })),
    /** the form a table's title line has (Hangzhou `表1：…`), so that the list of tables in the
     * narrative (`表1.…`) is not taken for the tables */
    titleForm: z.string().optional(),
    signals: z.array(Signal).default([]),
    /** the least score that makes a release this template's */
    minScore: z.number().int().min(1).default(1),
  }),
  /** what the rules can rely on in a release of this template */
  capabilities: z.array(Capability).default([]),
  tables: z.array(TableDef),
  /** the words of the notes printed with tables */
  notes: z
    .object({
      /** a note saying a table holds no data */
      empty: z.string(),
      /** the rounding-tail note every table carries (本表金额…因四舍五入可能存在尾差): never an empty note */
      roundingTail: z.string(),
      /** what a note saying a table of a kind is empty must speak of (a note on 08 about 政府性基金 was
       * copied from another table) */
      topics: z.partialRecord(TableKind, z.string()),
      /** the note saying what a table reports (本表反映本部门…情况), its first group the topic */
      reports: z.string(),
      /** the words of that topic for each kind of table */
      reportTopics: z.partialRecord(TableKind, z.string()),
    })
    .optional(),
  /**
   * How a release names its publisher. The cover says 部门预算 (a department with its units) or
   * 单位预算 (one budget unit); titles and self-references follow it in this template's words.
   */
  owner: z
    .object({
      /** a title's kind phrase, `2026年度部门预算`, with the owner word (部门/单位) as group 1 and the
       * stage (预算/决算) as group 2; a template may print a level or a word between them
       * (Shanghai `区级部门预算`, Shaanxi `部门综合预算`) */
      kindPhrase: z.string(),
      /** the owner words the prose calls the publisher (本表反映本X, 我X) in a release of each owner:
       * one word where the template keeps to the kind, both where its standard text mixes them */
      self: z.object({ 部门: z.array(z.enum(['部门', '单位'])).min(1), 单位: z.array(z.enum(['部门', '单位'])).min(1) }),
    })
    .default({
      kindPhrase: '(?:19|20)\\d{2}\\s*年度?\\s*(部门|单位)\\s*(预算|决算)',
      self: { 部门: ['部门'], 单位: ['单位'] },
    }),
  narrative: z.object({
    /** the heading of the narrative's part, where it is not 第二部分 (Beijing: 第一部分 …情况说明); a
     * regular-expression source tried on the compacted line */
    part: z.string().optional(),
    /** what ends the narrative, where it is not 第三部分 or 附件 (Beijing: 第二部分 …报表) */
    end: z.string().optional(),
    /** how section headings are numbered: `一、`…`九、` (the default), `（一）` (Zhejiang, whose part is
     * `二、…`), or `一、` on past `十、` (Shaanxi: 五…十四) */
    sectionForm: z.enum(['ordinal', 'paren', 'ordinal-extended']).default('ordinal'),
    /**
     * The template's own words for quantities, tried before the built-in ones: `words` (a
     * regular-expression source) ends the clause before the figure, as the built-in labels do; in a
     * section of general-budget money `general` is the key instead of `key`.
     */
    labels: z.array(z.object({ words: z.string(), key: z.string(), general: z.string().optional() })).default([]),
    /** words one of which a section heading holds (the default `说明|情况`; Hunan's 四、一般公共预算拨款支出
     * says neither) */
    headingWords: z.string().optional(),
    sections: z.array(SectionDef),
    quantities: z.record(z.string(), QuantityDef),
    /** `<fund>.class.<code>` keys: the scope and tables of a function class within that fund */
    classScopes: z.record(z.string(), QuantityDef),
  }),
});
export type TemplateProfile = z.infer<typeof TemplateProfile>;
