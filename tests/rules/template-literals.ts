import ts from 'typescript';

/**
 * Finds, in a rule's source, the places where it would know a template by heart: a row label or
 * a column word matched (`/^合计/`, `label === '人员经费'`), a classification code looked up
 * (`'30201'`, `{ '301': … }`), a printed table number compared (`'06'`), or a row found by its
 * label or position. Words in messages, docs and titles are what the rule says, not what it
 * reads, and are not looked at: only literals in places where they decide what is read.
 */

export interface Hit {
  line: number;
  text: string;
  what: string;
}

const CJK = /[\u3400-\u9fff]/;
/** 功能分类 (2xx) and 部门/政府经济分类 (3xx, 5xx) codes: 201, 21301, 2130101, 30201, 50102 */
const CODE = /^[235]\d{2}(\d{2}){0,2}$/;
/** printed table numbers: 01 … 12 */
const TABLE_NUMBER = /^(0[1-9]|1[0-2])$/;
/** a code or a table number written into a regular expression */
const REGEX_NUMBER = /(^|[^\\\d{,ux])(\d{3,7}|0[1-9]|1[0-2])(?![\d,}])/;

/** Calls that compare or look up by their argument. */
const MATCHING_CALLS = new Set([
  'includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'test', 'match', 'matchAll', 'search',
  'replace', 'replaceAll', 'split', 'has', 'get',
]);
/** Calls whose first argument only is a matcher (the second is what replaces it). */
const FIRST_ONLY = new Set(['replace', 'replaceAll', 'split']);

/** The model's own words: 功能分类 levels (ClassLevel) are canonical values, not a template's labels. */
const CANONICAL = new Set(['类', '款', '项']);

/** Helpers that find a row by its label or by where a template prints it. */
const BY_POSITION = /^(findRow|incomeLine|grandRow|grandFigure|summaryFigure|fiscalOfWhich|blockAmount)$/;

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
]);

function literalKind(text: string): string | undefined {
  if (CANONICAL.has(text)) return undefined;
  if (CJK.test(text)) return 'a template word';
  if (CODE.test(text)) return 'a classification code';
  if (TABLE_NUMBER.test(text)) return 'a printed table number';
  return undefined;
}

function isStringy(n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
}

/** Why a string literal here decides what is read, if it does. */
function matchingPosition(n: ts.Node): string | undefined {
  const p = n.parent;
  if (!p) return undefined;
  if (ts.isBinaryExpression(p) && COMPARISONS.has(p.operatorToken.kind)) return 'compared';
  if (ts.isCaseClause(p) && p.expression === n) return 'a case';
  if (ts.isElementAccessExpression(p) && p.argumentExpression === n) return 'a lookup key';
  if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
    const callee = p.expression;
    if (ts.isPropertyAccessExpression(callee) && MATCHING_CALLS.has(callee.name.text)) {
      if (FIRST_ONLY.has(callee.name.text) && p.arguments[0] !== n) return undefined;
      return `matched by .${callee.name.text}()`;
    }
    if (ts.isIdentifier(callee) && callee.text === 'RegExp') return 'a pattern';
  }
  if (ts.isNewExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === 'RegExp') return 'a pattern';
  // a set of labels or codes looked up later
  if (ts.isArrayLiteralExpression(p)) {
    const holder = p.parent;
    if (holder && ts.isNewExpression(holder) && ts.isIdentifier(holder.expression) && /^(Set|Map)$/.test(holder.expression.text)) return 'a lookup set';
    if (holder && ts.isPropertyAccessExpression(holder) && MATCHING_CALLS.has(holder.name.text)) return 'a lookup list';
  }
  return undefined;
}

/** Messages, docs and titles: what a rule says, in either language. */
const USER_TEXT = new Set(['zh', 'en', 'docs', 'title', 'messages']);

function inUserText(n: ts.Node): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && USER_TEXT.has(p.name.text)) return true;
  }
  return false;
}

export function templateLiterals(source: string, file = 'rule.ts'): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const hits: Hit[] = [];
  const hit = (n: ts.Node, what: string) =>
    hits.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: n.getText(sf).slice(0, 60), what });
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const body = n.getText(sf).replace(/\/[a-z]*$/, '').slice(1);
      if (CJK.test(body)) hit(n, 'a template word matched by a pattern');
      else if (REGEX_NUMBER.test(body)) hit(n, 'a code or table number matched by a pattern');
    } else if (isStringy(n)) {
      const kind = literalKind(n.text);
      const where = kind && matchingPosition(n);
      if (kind && where) hit(n, `${kind} ${where}`);
      // a code or a table number is data wherever it stands, unless it is what a message says
      else if (kind && kind !== 'a template word' && !inUserText(n)) hit(n, kind);
    } else if (ts.isPropertyAssignment(n) && (ts.isStringLiteral(n.name) || ts.isNumericLiteral(n.name))) {
      const kind = literalKind(n.name.text);
      if (kind && kind !== 'a template word') hit(n.name, `${kind} as a lookup key`);
    } else if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && BY_POSITION.test(n.expression.text)) {
      hit(n.expression, 'a row found by its label or position');
    } else if (ts.isIdentifier(n) && n.text === 'HENAN_NUMBER') {
      hit(n, 'a printed table number');
    } else if (ts.isPropertyAccessExpression(n) && n.name.text === 'number' && !ts.isCallExpression(n.parent)) {
      hit(n, 'a printed table number read');
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return hits;
}
