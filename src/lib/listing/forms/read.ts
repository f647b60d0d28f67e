/**
 * Reading a sent edit form into a nested, still unchecked shape, and the shape the form components
 * render. Both directions use it: a page shows stored values (converted by `*FormState`) and, after
 * a refused save, exactly what was sent, so nothing typed is lost.
 */
import type { FieldErrors } from '../../forms/validate';

/** One row of a repeated group (a contact, place or schedule): field name → text or checked values. */
export type RawRow = Record<string, string | string[]>;

/** A whole form: plain fields, checkbox groups (string arrays) and repeated groups (rows). */
export type RawForm = Record<string, string | string[] | RawRow[]>;

export type { FieldErrors };

/** What a parse gives: the values to save, or the messages per field and the form as sent. */
export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; state: RawForm };

/** `schedules.0.opensAt` → group `schedules`, row 0, field `opensAt`. */
const ROW_FIELD = /^([a-zA-Z]+)\.(\d{1,3})\.([a-zA-Z]+)$/;

/** Rows past this are ignored: a form never shows that many, so more is a broken or hostile request. */
const MAX_ROWS = 100;

/**
 * Turns FormData into a RawForm. Names in `multi` (plain or the field part of a row name) collect
 * every value, as checkbox groups send one value per ticked box; other names keep the last value.
 * Missing rows in a sequence become empty rows, which the schemas skip as blank.
 */
export function readForm(form: FormData, multi: readonly string[]): RawForm {
  const result: RawForm = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name === '_csrf') continue;
    const match = ROW_FIELD.exec(name);
    if (match) {
      const [, group = '', indexText = '', field = ''] = match;
      const index = Number(indexText);
      if (index >= MAX_ROWS) continue;
      const rows = Array.isArray(result[group]) && isRows(result[group]) ? (result[group] as RawRow[]) : [];
      while (rows.length <= index) rows.push({});
      rows[index] = put(rows[index]!, field, value, multi.includes(field)) as RawRow;
      result[group] = rows;
    } else {
      Object.assign(result, put(result, name, value, multi.includes(name)));
    }
  }
  return result;
}

function put<T extends Record<string, unknown>>(target: T, name: string, value: string, isMulti: boolean): T {
  if (!isMulti) return { ...target, [name]: value };
  const before = target[name];
  return { ...target, [name]: [...(Array.isArray(before) ? (before as string[]) : []), value] };
}

function isRows(value: unknown[]): boolean {
  return value.every((v) => typeof v === 'object' && v !== null);
}

/** A text field of the state, or '' (for rendering `value=`). */
export function text(state: RawForm | RawRow, name: string): string {
  const value = state[name];
  return typeof value === 'string' ? value : '';
}

/** The checked values of a checkbox group of the state. */
export function checked(state: RawForm | RawRow, name: string): string[] {
  const value = state[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The rows of a repeated group of the state. */
export function rows(state: RawForm, name: string): RawRow[] {
  const value = state[name];
  return Array.isArray(value) ? value.filter((v): v is RawRow => typeof v === 'object' && v !== null) : [];
}

/** The form a browser would send for a state (rows as `<group>.N.<field>`, ticked boxes repeated). Used by tests. */
export function formDataOf(state: RawForm): FormData {
  const data = new FormData();
  const add = (name: string, value: string | string[]) => {
    for (const v of [value].flat()) data.append(name, v);
  };
  for (const [name, value] of Object.entries(state)) {
    if (Array.isArray(value) && value.some((v) => typeof v === 'object')) {
      (value as RawRow[]).forEach((row, index) => {
        for (const [field, v] of Object.entries(row)) add(`${name}.${index}.${field}`, v);
      });
    } else {
      add(name, value as string | string[]);
    }
  }
  return data;
}
