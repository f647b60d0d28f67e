/**
 * Loading the figures of a report and turning them into its sections, in the order the
 * dashboard and the annual report show them.
 */
import type { Database } from '../../../db/client';
import type { Locale } from '../../i18n';
import { grantFigures, listingFigures, referralFigures, sessionFigures, staleFigures, type StatisticsFilter } from '../statistics';
import { listingSection, staleSection } from './directory-sections';
import { grantSection } from './grant-sections';
import type { ReportData, ReportSection, SectionId } from './model';
import { referralSection, sessionSection } from './referral-sections';
import type { ReportTable, TableId } from './table';

/** Every figure of the filter, the five queries side by side. */
export async function loadReport(db: Database, filter: StatisticsFilter): Promise<ReportData> {
  const [listings, grants, referrals, sessions, stale] = await Promise.all([
    listingFigures(db, filter),
    grantFigures(db, filter),
    referralFigures(db, filter),
    sessionFigures(db, filter),
    staleFigures(db, filter),
  ]);
  return { listings, grants, referrals, sessions, stale };
}

/** The sections of a report in one language. */
export function reportSections(data: ReportData, locale: Locale): ReportSection[] {
  return [
    listingSection(data.listings, locale),
    grantSection(data.grants, locale),
    referralSection(data.referrals, locale),
    sessionSection(data.sessions, locale),
    staleSection(data.stale, locale),
  ];
}

/** The section a table belongs to, so that a CSV download runs only that section's query. */
export function sectionOf(id: TableId): SectionId {
  if (id.startsWith('tilskud-')) return 'grants';
  if (id.startsWith('henvisninger-')) return 'referrals';
  if (id === 'raadgivningsmoeder') return 'sessions';
  if (id.startsWith('foraeldede-')) return 'stale';
  return 'listings';
}

/** One table for a CSV download: only its own section's figures are read. */
export async function loadTable(db: Database, id: TableId, filter: StatisticsFilter, locale: Locale): Promise<ReportTable> {
  const section = await (async (): Promise<ReportSection> => {
    switch (sectionOf(id)) {
      case 'grants':
        return grantSection(await grantFigures(db, filter), locale);
      case 'referrals':
        return referralSection(await referralFigures(db, filter), locale);
      case 'sessions':
        return sessionSection(await sessionFigures(db, filter), locale);
      case 'stale':
        return staleSection(await staleFigures(db, filter), locale);
      default:
        return listingSection(await listingFigures(db, filter), locale);
    }
  })();
  const found = section.blocks.find((b) => b.table.id === id)?.table;
  if (!found) throw new Error(`Table ${id} is not in section ${section.id}`);
  return found;
}
