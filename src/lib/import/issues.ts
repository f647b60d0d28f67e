import type { Locale, MessageKey } from '../../i18n';
import { t } from '../../i18n';
import type { Where } from './model';

/** The message keys of import problems (src/i18n/areas/import.ts, `import.issue.*`). */
export type IssueKey = Extract<MessageKey, `import.issue.${string}`>;

/**
 * One problem in an import file: where (a CSV row or a JSON path), which field (a CSV column or a
 * JSON property, e.g. `byday` or `location_postal_code[2]` for the 2nd line of a cell), and what.
 */
export interface ImportIssue {
  where: Where;
  field: string;
  key: IssueKey;
  params: Record<string, string | number>;
}

/** Collects the problems of one file; every row is checked, so a file's problems come at once. */
export class Issues {
  readonly list: ImportIssue[] = [];

  add(where: Where, field: string, key: IssueKey, params: Record<string, string | number> = {}): void {
    this.list.push({ where, field, key, params });
  }

  get count(): number {
    return this.list.length;
  }
}

/** A problem of the whole file (not JSON, an unclosed quote…), placed at row 1 / the root. */
export const FILE = { path: '$' } as const satisfies Where;

/** "Række 4", "Filen" (a problem of the whole file) or the JSON path, in the reader's language. */
export function whereText(locale: Locale, where: Where): string {
  if ('row' in where) return t(locale, 'import.where.row', { row: where.row });
  return where.path === FILE.path ? t(locale, 'import.where.file') : where.path;
}

/** The field as shown: the JSON path goes on with the property; a CSV row names its column. */
export function fieldText(where: Where, field: string): string {
  if (!field) return 'row' in where ? '' : where.path;
  return 'row' in where ? field : `${where.path}.${field}`;
}

/** The message of a problem in the reader's language, with its values filled in. */
export function issueText(locale: Locale, issue: ImportIssue): string {
  // Every issue key takes at most the params its producer gives (checked by the unit tests).
  const translate = t as (l: Locale, k: MessageKey, p?: Record<string, string | number>) => string;
  return translate(locale, issue.key, issue.params);
}

/** One line per problem, for the command line: `Række 4, service_name: Skal udfyldes.` */
export function issueLine(locale: Locale, issue: ImportIssue): string {
  // A row or the whole file is named in words, then the column; a JSON path goes on with the property.
  const named = 'row' in issue.where || issue.where.path === FILE.path;
  const label = whereText(locale, issue.where);
  const where = !named ? fieldText(issue.where, issue.field) : issue.field ? `${label}, ${issue.field}` : label;
  return `${where}: ${issueText(locale, issue)}`;
}
