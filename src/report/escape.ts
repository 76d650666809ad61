/** Text into HTML or XML, attribute-safe. Everything a document or a rule says goes through here. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // XML 1.0 forbids most control characters even as references: drop them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export const escapeHtml = escapeXml;

/** A table cell in GitHub-flavoured markdown: pipes and line breaks would break the table. */
export function escapeMarkdownCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[*_`[\]<>#~]/g, (c) => '\\' + c)
    .replace(/\r?\n/g, ' ');
}

/** Workflow command data (`::error …::DATA`): GitHub's own escaping rules. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property values (`file=…,title=…`): also `:` and `,`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A code span in a markdown table cell: backslash escapes show literally there, except `\|`. */
export function markdownCode(s: string): string {
  return '`' + s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') + '`';
}
