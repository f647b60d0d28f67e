/**
 * The sections about listings: associations and activities as they stand today, and the stale
 * ones (unconfirmed for 15 months). The year does not apply to either; the notes say so.
 */
import { type Locale, translator } from '../../i18n';
import type { ListingFigures, StaleFigures } from '../statistics';
import { barChart, column, type ReportSection, table } from './model';

/** "Foreninger og aktiviteter": by administration, district, target group and kind. */
export function listingSection(f: ListingFigures, locale: Locale): ReportSection {
  const tr = translator(locale);
  const associations = column(tr('reports.column.associations'), 'count');
  const activities = column(tr('reports.column.activities'), 'count');
  const total = tr('reports.total');
  const byAdministration = table(
    'foreninger-forvaltning',
    tr('reports.listings.byAdministration'),
    [column(tr('reports.column.administration'), 'text'), associations, activities],
    f.byAdministration.map((r) => [r.label[locale], r.associations, r.activities]),
    [total, f.totals.associations, f.totals.activities],
  );
  // No totals row: an activity in two districts (or with two target groups) counts twice.
  const byDistrict = table(
    'aktiviteter-bydel',
    tr('reports.listings.byDistrict'),
    [column(tr('reports.column.district'), 'text'), associations, activities],
    f.byDistrict.map((r) => [r.label[locale], r.associations, r.activities]),
    undefined,
    tr('reports.listings.byDistrictNote'),
  );
  const byTargetGroup = table(
    'aktiviteter-maalgruppe',
    tr('reports.listings.byTargetGroup'),
    [column(tr('reports.column.targetGroup'), 'text'), activities],
    f.byTargetGroup.map((r) => [r.label[locale], r.count]),
    undefined,
    tr('reports.listings.byTargetGroupNote'),
  );
  const byKind = table(
    'aktiviteter-type',
    tr('reports.listings.byKind'),
    [column(tr('reports.column.kind'), 'text'), activities],
    f.byKind.map((r) => [r.label[locale], r.count]),
    [total, f.totals.activities],
  );
  return {
    id: 'listings',
    heading: tr('reports.listings.heading'),
    note: tr('reports.listings.note'),
    blocks: [
      { chart: barChart('chart-listings-administration', tr('reports.listings.byAdministrationChart'), byAdministration, [2], locale), table: byAdministration },
      { chart: barChart('chart-listings-district', tr('reports.listings.byDistrictChart'), byDistrict, [2], locale), table: byDistrict },
      { chart: barChart('chart-listings-target-group', tr('reports.listings.byTargetGroup'), byTargetGroup, [1], locale), table: byTargetGroup },
      { chart: barChart('chart-listings-kind', tr('reports.listings.byKind'), byKind, [1], locale, { keepOrder: true }), table: byKind },
    ],
  };
}

/** "Forældede opslag": by administration, and the list. */
export function staleSection(f: StaleFigures, locale: Locale): ReportSection {
  const tr = translator(locale);
  const byAdministration = table(
    'foraeldede-forvaltning',
    tr('reports.stale.byAdministration'),
    [column(tr('reports.column.administration'), 'text'), column(tr('reports.column.associations'), 'count'), column(tr('reports.column.activities'), 'count')],
    f.byAdministration.map((r) => [r.label[locale], r.associations, r.activities]),
    [tr('reports.total'), f.totals.associations, f.totals.activities],
  );
  const list = table(
    'foraeldede-liste',
    tr('reports.stale.list'),
    [
      column(tr('reports.column.listing'), 'text'),
      column(tr('reports.column.kind'), 'text'),
      column(tr('reports.column.association'), 'text'),
      column(tr('reports.column.administration'), 'text'),
      column(tr('reports.column.staleSince'), 'date'),
      column(tr('reports.column.lastVerified'), 'date'),
    ],
    f.listings.map((l) => [
      l.name,
      tr(`reports.stale.kind.${l.kind}`),
      l.associationName,
      l.administration[locale],
      l.staleSince,
      l.lastVerifiedAt ?? { value: tr('reports.never'), format: 'text' },
    ]),
  );
  return {
    id: 'stale',
    heading: tr('reports.stale.heading'),
    note: tr('reports.stale.note'),
    blocks: [
      { chart: barChart('chart-stale-administration', tr('reports.stale.byAdministration'), byAdministration, [1, 2], locale), table: byAdministration },
      { chart: null, table: list },
    ],
  };
}
