/**
 * The checks of single values in an import file, shared by the HSDS JSON and the CSV reader. Each
 * takes the raw value (a JSON value, or a CSV cell), records a problem on the field when it is
 * wrong, and gives the value to store (or a placeholder when wrong: nothing is stored from a file
 * with problems). Lenient where files differ in style ("25,50", "9.30", a date-time for a date),
 * strict where the database or the public pages need it.
 */
import type { Where } from './model';
import type { IssueKey, Issues } from './issues';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Checks the values of one record (a CSV row, or one object of a JSON file). */
export class Checker {
  constructor(
    private readonly issues: Issues,
    readonly where: Where,
  ) {}

  /** A checker for a part of this record (a JSON child object): same issues, another place. */
  at(where: Where): Checker {
    return new Checker(this.issues, where);
  }

  fail(field: string, key: IssueKey, params: Record<string, string | number> = {}): void {
    this.issues.add(this.where, field, key, params);
  }

  /** The value as trimmed text; numbers and booleans as written; an object or array is a problem. */
  raw(field: string, value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.fail(field, 'import.issue.notText');
    return '';
  }

  /** Text that must be given, at most `max` characters. */
  required(field: string, value: unknown, max: number): string {
    const text = this.raw(field, value);
    if (!text) this.fail(field, 'import.issue.required');
    else if (text.length > max) this.fail(field, 'import.issue.tooLong', { max });
    return text;
  }

  /** Text that may be missing (null), at most `max` characters. */
  optional(field: string, value: unknown, max: number): string | null {
    const text = this.raw(field, value);
    if (text.length > max) this.fail(field, 'import.issue.tooLong', { max });
    return text || null;
  }

  email(field: string, value: unknown): string | null {
    const text = this.raw(field, value);
    if (!text) return null;
    if (!EMAIL.test(text) || text.length > 254) this.fail(field, 'import.issue.email', { value: text });
    return text;
  }

  /** Eight digits (Danish, with or without +45) or a foreign number with its country code. */
  phone(field: string, value: unknown): string | null {
    const text = this.raw(field, value);
    if (!text) return null;
    const compact = text.replace(/[\s-]/g, '');
    if (!/^(?:\+45|0045)?\d{8}$/.test(compact) && !/^(\+|00)\d{7,15}$/.test(compact)) {
      this.fail(field, 'import.issue.phone', { value: text });
    }
    return text.replace(/\s+/g, ' ');
  }

  /** An http(s) address; "forening.dk" gets "https://" in front, as in the edit forms. */
  website(field: string, value: unknown): string | null {
    const text = this.raw(field, value);
    if (!text) return null;
    const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `https://${text}`;
    try {
      const url = new URL(withScheme);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && withScheme.length <= 500) return withScheme;
    } catch {
      // Falls through to the problem.
    }
    this.fail(field, 'import.issue.website', { value: text });
    return null;
  }

  cvr(field: string, value: unknown): string | null {
    const text = this.raw(field, value).replace(/\s/g, '');
    if (!text) return null;
    if (!/^\d{8}$/.test(text)) this.fail(field, 'import.issue.cvr', { value: text });
    return text;
  }

  postalCode(field: string, value: unknown): string {
    const text = this.raw(field, value);
    if (!/^\d{4}$/.test(text)) this.fail(field, text ? 'import.issue.postalCode' : 'import.issue.required', { value: text });
    return text;
  }

  /** A whole number from `min` to `max`, or null when missing. */
  wholeNumber(field: string, value: unknown, min: number, max: number): number | null {
    const text = this.raw(field, value);
    if (!text) return null;
    const n = Number(text);
    if (!/^-?\d+$/.test(text) || n < min || n > max) {
      this.fail(field, 'import.issue.wholeNumber', { value: text, min, max });
      return null;
    }
    return n;
  }

  /** A latitude or longitude in decimal degrees (a decimal comma is read too). */
  coordinate(field: string, value: unknown, axis: 'latitude' | 'longitude'): number {
    const text = this.raw(field, value).replace(',', '.');
    const limit = axis === 'latitude' ? 90 : 180;
    const n = Number(text);
    if (!text || !Number.isFinite(n) || Math.abs(n) > limit) {
      this.fail(field, text ? (axis === 'latitude' ? 'import.issue.latitude' : 'import.issue.longitude') : 'import.issue.required', {
        value: text,
      });
      return 0;
    }
    return n;
  }

  /** A calendar date `YYYY-MM-DD`; of a date-time only the date is kept. Null when missing. */
  date(field: string, value: unknown): string | null {
    const text = this.raw(field, value);
    if (!text) return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
    const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (!match || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
      this.fail(field, 'import.issue.date', { value: text });
      return null;
    }
    return date;
  }

  /** A wall-clock time: `09:30`, `9.30` or `09:30:00`; stored as `HH:MM:SS`. */
  time(field: string, value: unknown): string {
    const text = this.raw(field, value);
    const match = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(text);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) {
      this.fail(field, text ? 'import.issue.time' : 'import.issue.required', { value: text });
      return '00:00:00';
    }
    return `${match[1]!.padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}`;
  }

  /** Yes or no: `ja`/`nej` in the CSV, `true`/`false` in JSON (and `yes`/`no`, `1`/`0`). */
  yesNo(field: string, value: unknown, fallback: boolean): boolean {
    const text = this.raw(field, value).toLowerCase();
    if (!text) return fallback;
    if (['ja', 'true', 'yes', '1'].includes(text)) return true;
    if (['nej', 'false', 'no', '0'].includes(text)) return false;
    this.fail(field, 'import.issue.yesNo', { value: text });
    return fallback;
  }

  /** One of a few codes (compared without case); `fallback` when missing. */
  oneOf<T extends string>(field: string, value: unknown, codes: readonly T[], fallback: T): T {
    const text = this.raw(field, value);
    if (!text) return fallback;
    const found = codes.find((code) => code.toLowerCase() === text.toLowerCase());
    if (!found) this.fail(field, 'import.issue.oneOf', { value: text, allowed: codes.join(', ') });
    return found ?? fallback;
  }

  /** ISO 639-1 codes; at least one, Danish when none is given. */
  languages(field: string, codes: string[]): string[] {
    const clean = [...new Set(codes.map((c) => c.trim().toLowerCase()).filter(Boolean))];
    for (const code of clean) if (!/^[a-z]{2}$/.test(code)) this.fail(field, 'import.issue.language', { value: code });
    return clean.length > 0 ? clean : ['da'];
  }

  /** RFC 5545 BYDAY values; an ordinal (`1TU`, `-1FR`) only in a monthly rule. */
  byday(field: string, values: string[], freq: 'WEEKLY' | 'MONTHLY'): string[] {
    const clean = values.map((v) => v.trim().toUpperCase()).filter(Boolean);
    if (clean.length === 0) this.fail(field, 'import.issue.required');
    for (const value of clean) {
      const match = BYDAY.exec(value);
      if (!match) this.fail(field, 'import.issue.byday', { value });
      else if (match[1] && freq === 'WEEKLY') this.fail(field, 'import.issue.bydayOrdinal', { value });
    }
    return clean.map((v) => v.replace(/^\+/, ''));
  }
}

/** A price in kroner as text (`25`, `25.50`, `25,50`) in øre; null when it is not one. */
export function kronerToOre(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
