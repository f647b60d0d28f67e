import { asc } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { districts, taxonomyTerms } from '../../../db/schema';
import { type Locale, t } from '../../i18n';
import { formatPrice } from '../directory/price';
import { describeSchedule, formatDate } from '../schedule';
import type { ContactValue, FieldKey, ListingKind, PlaceValue, ScheduleValue } from './values';

/** Names of what values refer to by id, so that a reviewer reads "Ældre", not a uuid. */
export interface ValueNames {
  terms: Map<string, { da: string; en: string }>;
  districts: Map<string, string>;
}

/** Every term and district name (small tables: read whole, once per page). */
export async function loadValueNames(db: Database): Promise<ValueNames> {
  const [termRows, districtRows] = await Promise.all([
    db.select({ id: taxonomyTerms.id, da: taxonomyTerms.nameDa, en: taxonomyTerms.nameEn }).from(taxonomyTerms).orderBy(asc(taxonomyTerms.nameDa)),
    db.select({ id: districts.id, name: districts.name }).from(districts),
  ]);
  return {
    terms: new Map(termRows.map((r) => [r.id, { da: r.da, en: r.en }])),
    districts: new Map(districtRows.map((r) => [r.id, r.name])),
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const join = (parts: unknown[]) => parts.map(text).filter(Boolean).join(', ');

function contactLine(locale: Locale, c: ContactValue): string {
  const line = join([c.name, c.title, c.phone, c.email]);
  return c.visibility === 'internal' ? `${line} (${t(locale, 'review.value.internal')})` : line;
}

function placeLine(locale: Locale, p: PlaceValue, names: ValueNames): string {
  const where = join([p.name, p.address, `${p.postalCode} ${p.city}`, p.districtId ? names.districts.get(p.districtId) : null]);
  const extra = [p.wheelchairAccessible ? t(locale, 'review.value.wheelchair') : null, text(p.accessibilityNote), p.id ? null : t(locale, 'review.value.newPlace')];
  const notes = extra.filter(Boolean).join('; ');
  return notes ? `${where} (${notes})` : where;
}

function scheduleLine(locale: Locale, s: ScheduleValue): string {
  try {
    return describeSchedule(s, locale);
  } catch {
    // A rule the describer cannot read is shown as stored rather than hidden from the reviewer.
    return `${s.freq} ${s.byday.join(',')} ${s.opensAt}–${s.closesAt}`;
  }
}

function ages(locale: Locale, v: { minimumAge: number | null; maximumAge: number | null }): string {
  const { minimumAge: min, maximumAge: max } = v;
  if (min !== null && max !== null) return t(locale, 'review.value.agesBetween', { min, max });
  if (min !== null) return t(locale, 'review.value.agesFrom', { min });
  if (max !== null) return t(locale, 'review.value.agesTo', { max });
  return t(locale, 'review.value.agesAll');
}

function languageName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A field's value as lines a person reads: schedules in words, prices in kroner, terms and
 * districts by name, places as address lines, contacts as lines. An empty value is one line "(ingen)".
 */
export function describeValue(locale: Locale, kind: ListingKind, key: FieldKey, value: unknown, names: ValueNames): string[] {
  const empty = [t(locale, 'review.value.empty')];
  if (value === null || value === undefined) return empty;
  const lines = ((): string[] => {
    switch (key) {
      case 'status':
        return [t(locale, `review.value.status.${String(value)}` as 'review.value.status.draft')];
      case 'kind':
        return kind === 'activity' ? [t(locale, value === 'offer' ? 'review.value.offer' : 'review.value.volunteerRole')] : [String(value)];
      case 'takesReferrals':
        return [t(locale, value ? 'review.value.yes' : 'review.value.no')];
      case 'price': {
        const p = value as { isFree: boolean; priceOre: number | null; costDescription: string | null };
        const price = p.isFree || p.priceOre === null ? t(locale, 'review.value.free') : formatPrice(locale, p.priceOre);
        return [price, ...(text(p.costDescription) ? [p.costDescription!] : [])];
      }
      case 'ages':
        return [ages(locale, value as { minimumAge: number | null; maximumAge: number | null })];
      case 'languages':
        return (value as string[]).map((code) => languageName(locale, code));
      case 'terms':
        return (value as string[])
          .map((id) => names.terms.get(id)?.[locale] ?? t(locale, 'review.value.unknownTerm'))
          .sort((a, b) => a.localeCompare(b, locale));
      case 'district':
        return [names.districts.get(String(value)) ?? String(value)];
      case 'places':
        return (value as PlaceValue[]).map((p) => placeLine(locale, p, names));
      case 'schedules':
        return (value as ScheduleValue[]).map((s) => scheduleLine(locale, s));
      case 'contacts':
        return (value as ContactValue[]).map((c) => contactLine(locale, c));
      default:
        return value instanceof Date ? [formatDate(locale, value)] : text(String(value)) ? [String(value)] : [];
    }
  })();
  return lines.length > 0 ? lines : empty;
}
