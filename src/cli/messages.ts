import type { Lang } from '../engine/rule.js';
import { renderMessage } from '../engine/runner.js';

/** The CLI's own words. `{name}` is replaced by the value given. */
const MESSAGES = {
  description: {
    zh: '部门预算公开审核工具：解析预算公开文本，逐项核对数字。',
    en: 'Auditor for department budget releases: parses the text and cross-checks every number.',
  },
  parseDescription: { zh: '解析文件并输出预算模型', en: 'parse files and print the budget model' },
  checkDescription: { zh: '审核文件、文件夹或通配符匹配的文件', en: 'audit files, folders or glob patterns' },
  rulesDescription: { zh: '列出全部规则', en: 'list every rule' },
  explainDescription: { zh: '显示一条规则的说明', en: 'show the documentation of a rule' },
  usageError: { zh: '用法错误：{detail}', en: 'usage error: {detail}' },
  seeHelp: { zh: '运行 budget-audit --help 查看用法。', en: 'Run budget-audit --help for usage.' },
  missingPath: { zh: '路径不存在：{path}', en: 'no such file or folder: {path}' },
  noMatch: { zh: '没有文件匹配：{path}', en: 'no file matches: {path}' },
  noInputs: {
    zh: '没有给出要审核的文件（在命令行给出路径，或在配置文件中设置 include）',
    en: 'no input given (name paths on the command line, or set include in the configuration file)',
  },
  nothingToCheck: { zh: '没有找到要审核的文件（扩展名 {ext}）', en: 'no files to check found (extensions {ext})' },
  unknownFormat: { zh: '未知的输出格式“{format}”，可选：{formats}', en: 'unknown format "{format}"; choose one of {formats}' },
  parseFormat: { zh: 'parse 的输出格式只能是 json 或 pretty', en: 'parse prints json or pretty only' },
  twoOnStdout: {
    zh: '只能有一个输出格式写到标准输出，其余请用 --output-file 指定文件',
    en: 'only one format may write to standard output; give the others an --output-file',
  },
  badNumber: { zh: '{option} 需要一个非负整数，得到“{value}”', en: '{option} needs a non-negative integer, got "{value}"' },
  badChoice: { zh: '{option} 只能是 {choices}，得到“{value}”', en: '{option} must be one of {choices}, got "{value}"' },
  unknownRule: { zh: '未知规则：{id}（运行 budget-audit rules 查看全部规则）', en: 'unknown rule: {id} (run budget-audit rules to list them)' },
  noRules: { zh: '尚未登记任何规则。', en: 'No rules are registered yet.' },
  interrupted: { zh: '已中断：没有写入任何报告', en: 'interrupted: no report was written' },
  wrote: { zh: '已写入 {file}', en: 'wrote {file}' },
  cannotWrite: { zh: '无法写入 {file}：{why}', en: 'cannot write {file}: {why}' },
  baselineWritten: { zh: '基线已写入 {file}（{n} 条）', en: 'baseline written to {file} ({n} entries)' },
  checking: { zh: '审核中', en: 'checking' },
  tables: { zh: '表格', en: 'tables' },
  claims: { zh: '说明中的数', en: 'claims' },
  coverageLine: {
    zh: '说明中的数 {claims} 个；未识别的含数句子 {unclaimed} 句；缺失表格 {missing} 张；无法辨认的片段 {illegible} 处',
    en: '{claims} narrative claims; {unclaimed} sentences with numbers not read; {missing} missing tables; {illegible} illegible passages',
  },
  family: { zh: '类别', en: 'family' },
  defaultSeverity: { zh: '默认级别', en: 'default severity' },
  title: { zh: '名称', en: 'title' },
  id: { zh: '编号', en: 'id' },
  messagesHeading: { zh: '提示语', en: 'messages' },
  kind: { zh: '类型', en: 'kind' },
  number: { zh: '编号', en: 'number' },
  status: { zh: '状态', en: 'status' },
  rows: { zh: '行数', en: 'rows' },
  valueCells: { zh: '数值单元格', en: 'value cells' },
  ambiguousCells: { zh: '存疑', en: 'ambiguous' },
  lostCells: { zh: '丢失', en: 'lost' },
  line: { zh: '行', en: 'line' },
} as const;

export type MessageId = keyof typeof MESSAGES;

export function msg(lang: Lang, id: MessageId, data: Record<string, string | number> = {}): string {
  return renderMessage(MESSAGES[id][lang], data);
}
