import type { Severity } from '../model/report.js';
import type { Formatter } from './formatter.js';
import { escapeGithubData, escapeGithubProperty } from './escape.js';
import { linesOf, pagesLabel, ruleTitle, valuesOf } from './describe.js';
import { isInputTrouble } from './status.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its first line; the
 * other lines it involves are named in the message.
 */
export const githubFormatter: Formatter = {
  name: 'github',
  extension: '.txt',
  render(report, ctx) {
    const out: string[] = [];
    const also = ctx.lang === 'zh' ? '另见第 {l} 行' : 'see also line(s) {l}';
    for (const doc of report.documents) {
      const file = escapeGithubProperty(doc.path);
      if (doc.status !== 'checked') {
        const command = isInputTrouble(doc.status) ? 'error' : 'notice';
        out.push(`::${command} file=${file},title=${escapeGithubProperty('budget-audit')}::${escapeGithubData(doc.error ?? doc.status)}`);
        continue;
      }
      for (const f of doc.findings) {
        const [first, ...rest] = linesOf(f);
        const title = escapeGithubProperty(`${f.ruleId}: ${ruleTitle(f.ruleId, ctx)}`);
        const details = [f.message, pagesLabel(f, ctx.lang), valuesOf(f, ctx.lang), rest.length ? also.replace('{l}', rest.join(', ')) : '']
          .filter(Boolean)
          .join('\n');
        out.push(`::${COMMAND[f.severity]} file=${file},line=${first},title=${title}::${escapeGithubData(details)}`);
      }
    }
    return out.length ? out.join('\n') + '\n' : '';
  },
};
