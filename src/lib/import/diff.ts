import { randomBytes } from 'node:crypto';
import { isUuid } from '../listing/db';

/** Whether two stored values are the same: arrays by their items, dates by their instant. */
export function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  return a === b;
}

/**
 * The fields of `next` that differ from `current`: an update writes only these, and none at all
 * when nothing differs, so that re-importing a file leaves `updated_at` and the search outbox quiet.
 */
export function changes<T extends object>(current: T, next: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (next[key] !== undefined && !same(current[key], next[key])) out[key] = next[key];
  }
  return out;
}

/** `YYYY-MM-DD` of an instant in UTC, as the export writes `assured_date`. */
export const utcDate = (instant: Date | null): string | null => (instant ? instant.toISOString().slice(0, 10) : null);

/**
 * The instant stored for an imported `assured_date`: noon UTC, which is the same date in UTC and
 * in Copenhagen, so that an export (in either) gives the date back.
 */
export const dateInstant = (date: string): Date => new Date(`${date}T12:00:00Z`);

/**
 * The `last_verified_at` to write for a date from the file: undefined (keep) when the file does
 * not say or names the date it already has; the instant (or null) otherwise.
 */
export function verifiedAt(current: Date | null, date: string | null | undefined): Date | null | undefined {
  if (date === undefined || utcDate(current) === date) return undefined;
  return date === null ? null : dateInstant(date);
}

let lastMs = 0;
let counter = 0;

/**
 * A time-ordered UUID (version 7 layout) that grows with every call in this process: rows made
 * from a file without ids sort by id in the file's order. The export breaks ties (two schedules at
 * the same time, two contacts of one name) by id, so a CSV round trip keeps their order.
 */
export function orderedUuid(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      ms = ++lastMs;
      counter = 0;
    }
  } else counter = 0;
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Hands out ids for new rows: the source's id when it is a UUID that no row of the table has (so
 * that an export imported into an empty database keeps its ids), else a new time-ordered one.
 */
export class IdPool {
  private readonly taken = new Set<string>();

  constructor(private readonly inUse: ReadonlySet<string>) {}

  next(sourceId: string | null): string {
    const id = sourceId?.toLowerCase();
    if (id && isUuid(id) && !this.inUse.has(id) && !this.taken.has(id)) {
      this.taken.add(id);
      return id;
    }
    let fresh = orderedUuid();
    while (this.inUse.has(fresh) || this.taken.has(fresh)) fresh = orderedUuid();
    this.taken.add(fresh);
    return fresh;
  }
}

/** Hands out slugs for new listings: the name's slug, with -2, -3… when it is taken. */
export class SlugPool {
  constructor(private readonly inUse: Set<string>) {}

  next(base: string): string {
    let slug = base;
    for (let n = 2; this.inUse.has(slug); n++) slug = `${base}-${n}`;
    this.inUse.add(slug);
    return slug;
  }
}
