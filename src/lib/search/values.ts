import type { ActivityKindValue, Label, Weekday } from '../../../search/types';

/** Why one parameter of a search was refused, in both languages; the text starts with the parameter. */
export interface ParamProblem {
  parameter: string;
  message: Label;
}

/** A parsed value, or the problem with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParamProblem };

/** A parsed value. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A refusal whose message names the parameter first, as people scan for it. */
export function refuse(parameter: string, da: string, en: string): { ok: false; problem: ParamProblem } {
  return { ok: false, problem: { parameter, message: { da: `${parameter}: ${da}`, en: `${parameter}: ${en}` } } };
}

/**
 * Every value of a multi-valued parameter: repeated (`district=a&district=b`) and comma-separated
 * (`district=a,b`) are the same. Empty values are dropped, because an HTML form sends `district=`
 * for an unchosen select; duplicates are dropped.
 */
export function listValues(url: URLSearchParams, name: string): string[] {
  const values = url
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(values)];
}

/** The one value of a single-valued parameter, trimmed; undefined when absent or empty. */
export function singleValue(url: URLSearchParams, name: string): string | undefined {
  const value = url.get(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

const KINDS: Record<string, ActivityKindValue> = {
  offer: 'offer',
  hjaelp: 'offer',
  hjælp: 'offer',
  tilbud: 'offer',
  volunteer_role: 'volunteer_role',
  volunteer: 'volunteer_role',
  frivillig: 'volunteer_role',
};

/** `kind`: offer or volunteer_role (also hjælp/hjaelp and frivillig). Both kinds at once means no filter. */
export function parseKind(values: string[]): Parsed<ActivityKindValue | undefined> {
  const kinds = new Set<ActivityKindValue>();
  for (const value of values) {
    const kind = KINDS[value.toLowerCase()];
    if (!kind) return refuse('kind', `ukendt værdi '${value}'. Brug offer (hjælp) eller volunteer_role (frivillig)`, `unknown value '${value}'. Use offer or volunteer_role`);
    kinds.add(kind);
  }
  return ok(kinds.size === 1 ? [...kinds][0] : undefined);
}

const WEEKDAY_NAMES: Record<string, Weekday> = {
  mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU',
  mandag: 'MO', tirsdag: 'TU', onsdag: 'WE', torsdag: 'TH', fredag: 'FR',
  lørdag: 'SA', loerdag: 'SA', lordag: 'SA', søndag: 'SU', soendag: 'SU', sondag: 'SU',
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
};

/** `weekday`: MO..SU, or the day's name in Danish (mandag) or English (monday). */
export function parseWeekdays(values: string[]): Parsed<Weekday[]> {
  const days: Weekday[] = [];
  for (const value of values) {
    const day = WEEKDAY_NAMES[value.toLowerCase()];
    if (!day) return refuse('weekday', `ukendt ugedag '${value}'. Brug fx MO eller mandag`, `unknown weekday '${value}'. Use e.g. MO or monday`);
    if (!days.includes(day)) days.push(day);
  }
  return ok(days);
}

const TRUE = new Set(['true', '1', 'ja', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'nej', 'no', 'off']);

/** A yes/no parameter: true/false, 1/0, ja/nej (and `on`, what a checked checkbox sends). */
export function parseBoolean(parameter: string, value: string | undefined): Parsed<boolean | undefined> {
  if (value === undefined) return ok(undefined);
  const lower = value.toLowerCase();
  if (TRUE.has(lower)) return ok(true);
  if (FALSE.has(lower)) return ok(false);
  return refuse(parameter, `'${value}' er hverken ja eller nej. Brug true eller false`, `'${value}' is neither yes nor no. Use true or false`);
}

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** `lang`: ISO 639-1 codes (two letters) that name a real language. */
export function parseLanguages(values: string[]): Parsed<string[]> {
  const codes: string[] = [];
  for (const value of values) {
    const code = value.toLowerCase();
    if (!/^[a-z]{2}$/.test(code) || languageNames.of(code) === undefined) {
      return refuse('lang', `ukendt sprogkode '${value}'. Brug en kode på to bogstaver, fx da, en eller ar`, `unknown language code '${value}'. Use a two-letter code such as da, en or ar`);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return ok(codes);
}

/** A decimal number in [min, max] (a comma as decimal mark is accepted, as Danes write it). */
export function parseNumber(parameter: string, value: string | undefined, min: number, max: number): Parsed<number | undefined> {
  if (value === undefined) return ok(undefined);
  const number = /^-?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(number) || number < min || number > max) {
    return refuse(parameter, `skal være et tal fra ${min} til ${max} (fik '${value}')`, `must be a number from ${min} to ${max} (got '${value}')`);
  }
  return ok(number);
}

/** A whole number in [min, max]. */
export function parseInteger(parameter: string, value: string | undefined, min: number, max: number): Parsed<number | undefined> {
  if (value === undefined) return ok(undefined);
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    return refuse(parameter, `skal være et heltal fra ${min} til ${max} (fik '${value}')`, `must be a whole number from ${min} to ${max} (got '${value}')`);
  }
  return ok(number);
}
