import { readCsvFile } from './csv-read';
import { readHsds } from './hsds-read';
import { FILE, Issues } from './issues';
import type { ImportData } from './model';
import type { Reference } from './reference';

export type ImportFormat = 'hsds' | 'csv';

/** What a file holds once read and checked; `issues` empty means it may be imported. */
export interface ReadFile {
  format: ImportFormat | null;
  data: ImportData;
  issues: Issues;
}

/**
 * The format of a file: by its extension when it has a known one, else by its first character
 * (`{` or `[` is JSON; anything else is read as CSV, whose header row then says what is wrong).
 */
export function detectFormat(name: string, text: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return 'hsds';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '{' || first === '[') return 'hsds';
  return first === undefined ? null : 'csv';
}

/**
 * Reads and checks an import file: UTF-8 (with or without a byte order mark), HSDS 3.0 JSON or
 * the documented CSV. Nothing is looked up beyond `reference` and nothing is written.
 */
export function readImportFile(name: string, bytes: Uint8Array, reference: Reference): ReadFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const issues = new Issues();
    issues.add(FILE, '', 'import.issue.notUtf8');
    return { format: null, data: { associations: [] }, issues };
  }
  const format = detectFormat(name, text);
  if (!format) {
    const issues = new Issues();
    issues.add(FILE, '', 'import.issue.unknownFormat');
    return { format, data: { associations: [] }, issues };
  }
  return { format, ...(format === 'hsds' ? readHsds(text, reference) : readCsvFile(text, reference)) };
}
