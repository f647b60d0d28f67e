import { errorSummaryLinks, hasId } from './form-harvest';

/**
 * What must hold of every answer to hostile input, as plain checks that return what is wrong
 * (an empty list when all is well), so that fast-check can shrink a failing input and print it.
 */

/** Traces of the inside of the server that must never reach a visitor. */
const LEAKS: [string, RegExp][] = [
  ['a stack trace', /\n\s+at [^\n]+:\d+:\d+\)?/],
  ['a JavaScript error name', /\b(TypeError|RangeError|ReferenceError|SyntaxError|PostgresError|MeilisearchApiError|ZodError)\b/],
  ['database text', /\b(violates (not-null|foreign key|unique|check) constraint|syntax error at or near|invalid input syntax for type|invalid byte sequence for encoding|unterminated quoted string)\b/i],
  ['a server path', /\/(work|root|home|src\/lib|node_modules)\/[\w./-]+\.(ts|js|mjs)\b/],
];

/** Never a 5xx, never a trace of the server's inside in the body. */
export function serverProblems(status: number, body: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  for (const [what, pattern] of LEAKS) {
    const found = body.match(pattern);
    if (found) problems.push(`the body shows ${what}: ${JSON.stringify(found[0].slice(0, 120))}`);
  }
  return problems;
}

/** English words that would give away an English message on a Danish page. */
const ENGLISH = /\b(the|please|must|enter|invalid|required|field|choose|should|error)\b/i;

/**
 * Every error names its field: each link of the error summary points at an element of the page
 * (the field, or its fieldset), and on a Danish page the summary is in Danish.
 */
export function summaryProblems(html: string, danish: boolean): string[] {
  const links = errorSummaryLinks(html);
  if (links === null) return [];
  const problems: string[] = [];
  if (links.length === 0) problems.push('an error summary without a single field');
  for (const href of links) {
    if (!href.startsWith('#') || href.length < 2) problems.push(`a summary link to ${JSON.stringify(href)}, not to a field`);
    else if (!hasId(html, decodeURIComponent(href.slice(1)))) problems.push(`a summary link to ${href}, but nothing on the page has that id`);
  }
  const text = html
    .match(/<div[^>]*data-error-summary[^>]*>([\s\S]*?)<\/div>\s*<\/div>/)![1]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  if (danish && ENGLISH.test(text)) problems.push(`English in the Danish error summary: ${JSON.stringify(text.trim().slice(0, 160))}`);
  return problems;
}

/** An answer that refuses the input: an error status, or the form shown again with its errors. */
export function refused(status: number, body: string): boolean {
  return status >= 400 || errorSummaryLinks(body) !== null;
}

/** A value for a failure message: long strings cut, so that a 100 kB counterexample stays readable. */
export function brief(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)…${v.slice(-20)}` : v));
}
