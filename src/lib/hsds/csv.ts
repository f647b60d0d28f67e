import type { Contact, Schedule } from '../../../db/schema';
import type { Database } from '../../../db/client';
import { CSV_COLUMNS, CSV_LINE_SEPARATOR, CSV_LIST_SEPARATOR, CSV_NO, CSV_YES, type CsvRow } from './csv-columns';
import { loadOrganizations, loadServices, publicOrganizationIds, publicServiceIds } from './load';
import { isoDate } from './organization';
import type { OrganizationRecord, PlaceRecord, ServiceRecord } from './records';
import { serviceStatus } from './status';

/** Excel opens a UTF-8 CSV with æ, ø and å right only when it starts with a byte order mark. */
export const CSV_BOM = '\uFEFF';

const yesNo = (value: boolean) => (value ? CSV_YES : CSV_NO);
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
/** One record's value in a line-per-record cell: line breaks inside it would start a new record. */
const oneLine = (value: string | number | null | undefined) => text(value).replace(/\r\n|\r|\n/g, ' ');
const lines = <T>(items: readonly T[], pick: (item: T) => string | number | null | undefined) =>
  items.map((item) => oneLine(pick(item))).join(CSV_LINE_SEPARATOR);

/** Øre as kroner with a point: 2500 → "25", 2550 → "25.50". */
export function kroner(ore: number): string {
  const whole = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

/** One schedule as a `schedules` line: `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;OPENS=10:00;CLOSES=12:00;…;NOTE=…`. */
export function scheduleLine(schedule: Schedule, placeIds: readonly string[]): string {
  const parts = [
    `FREQ=${schedule.freq}`,
    `INTERVAL=${schedule.interval}`,
    `BYDAY=${schedule.byday.join(',')}`,
    `OPENS=${schedule.opensAt.slice(0, 5)}`,
    `CLOSES=${schedule.closesAt.slice(0, 5)}`,
  ];
  if (schedule.validFrom) parts.push(`VALID_FROM=${schedule.validFrom}`);
  if (schedule.validTo) parts.push(`VALID_TO=${schedule.validTo}`);
  const place = schedule.placeId ? placeIds.indexOf(schedule.placeId) : -1;
  if (place >= 0) parts.push(`PLACE=${place + 1}`);
  if (schedule.note?.trim()) parts.push(`NOTE=${oneLine(schedule.note.trim())}`);
  return parts.join(';');
}

function contactCells(prefix: 'organization_contact' | 'service_contact', list: readonly Contact[]) {
  return {
    [`${prefix}_name`]: lines(list, (c) => c.name),
    [`${prefix}_title`]: lines(list, (c) => c.title),
    [`${prefix}_email`]: lines(list, (c) => c.email),
    [`${prefix}_phone`]: lines(list, (c) => c.phone),
  };
}

function placeCells(list: readonly PlaceRecord[]) {
  return {
    location_name: lines(list, (p) => p.name),
    location_address: lines(list, (p) => p.address),
    location_postal_code: lines(list, (p) => p.postalCode),
    location_city: lines(list, (p) => p.city),
    location_latitude: lines(list, (p) => p.latitude),
    location_longitude: lines(list, (p) => p.longitude),
    location_wheelchair_accessible: lines(list, (p) => yesNo(p.wheelchairAccessible)),
    location_accessibility_note: lines(list, (p) => p.accessibilityNote),
  };
}

/** The CSV rows of one association: one per exported activity, or one with empty activity columns. */
export function csvRowsOf(organization: OrganizationRecord, services: readonly ServiceRecord[]): CsvRow[] {
  const a = organization.association;
  const empty = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRow;
  const base: CsvRow = {
    ...empty,
    organization_id: a.id,
    organization_name: a.name,
    organization_alternate_name: text(a.alternateName),
    organization_description: a.description,
    organization_email: text(a.email),
    organization_phone: text(a.phone),
    organization_website: text(a.website),
    organization_cvr: text(a.cvr),
    organization_year_incorporated: text(a.yearIncorporated),
    organization_administration: organization.administration.slug,
    organization_district: text(organization.district?.slug),
    organization_assured_date: text(isoDate(a.lastVerifiedAt)),
    ...contactCells('organization_contact', organization.contacts),
  };
  if (services.length === 0) return [base];
  return services.map(({ activity: s, administration, terms, places, schedules, contacts }) => ({
    ...base,
    service_id: s.id,
    service_name: s.name,
    service_kind: s.kind,
    service_status: serviceStatus(s.status),
    service_administration: administration.slug,
    service_summary: s.summary,
    service_description: s.description,
    service_summary_en: text(s.summaryEn),
    service_how_to_join: text(s.howToJoin),
    service_eligibility: text(s.eligibility),
    service_minimum_age: text(s.minimumAge),
    service_maximum_age: text(s.maximumAge),
    service_is_free: yesNo(s.isFree),
    service_price_kr: s.priceOre === null ? '' : kroner(s.priceOre),
    service_cost_description: text(s.costDescription),
    service_languages: s.languages.join(CSV_LIST_SEPARATOR),
    service_target_groups: terms.filter((t) => t.taxonomy === 'target_group').map((t) => t.slug).join(CSV_LIST_SEPARATOR),
    service_categories: terms.filter((t) => t.taxonomy === 'category').map((t) => t.slug).join(CSV_LIST_SEPARATOR),
    service_email: text(s.email),
    service_url: text(s.website),
    service_assured_date: text(isoDate(s.lastVerifiedAt)),
    ...placeCells(places),
    schedules: schedules.map((r) => scheduleLine(r, places.map((p) => p.id))).join(CSV_LINE_SEPARATOR),
    ...contactCells('service_contact', contacts),
  }));
}

/** One cell, quoted when it must be (RFC 4180): commas, quotes and line breaks. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text: byte order mark, header, rows; CRLF after every row (RFC 4180). */
export function formatCsv(rows: readonly CsvRow[]): string {
  const out = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c])).join(','))];
  return `${CSV_BOM}${out.join('\r\n')}\r\n`;
}

/** The whole public dataset as the documented CSV (src/lib/hsds/csv-columns.ts). */
export async function exportCsv(db: Database): Promise<string> {
  const [organizationIds, serviceIds] = await Promise.all([publicOrganizationIds(db), publicServiceIds(db)]);
  const [organizations, services] = await Promise.all([loadOrganizations(db, organizationIds), loadServices(db, serviceIds)]);
  const byOrganization = new Map<string, ServiceRecord[]>();
  for (const service of services) {
    const list = byOrganization.get(service.activity.associationId) ?? [];
    list.push(service);
    byOrganization.set(service.activity.associationId, list);
  }
  return formatCsv(organizations.flatMap((o) => csvRowsOf(o, byOrganization.get(o.association.id) ?? [])));
}
