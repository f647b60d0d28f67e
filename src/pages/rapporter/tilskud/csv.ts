/**
 * GET /rapporter/tilskud/csv?aar=2025: the year's grants as the list shows them, as a CSV file for
 * Danish Excel (see src/lib/statistics/csv.ts for the format). Same access as the list.
 */
import type { APIRoute } from 'astro';
import { limitPage } from '../../../components/errors/too-many';
import { listFilter } from '../../../components/grants/guard';
import { translator } from '../../../i18n';
import { allow } from '../../../lib/access';
import { db } from '../../../lib/db';
import { type GrantRecord, listGrants, mayRecordGrants } from '../../../lib/grants';
import { csvResponse, kronerCell, toCsv } from '../../../lib/statistics';

/** A coordinator downloads the list a few times a day; as many as the report downloads get. */
const DOWNLOADS_PER_MINUTE = { limit: 60, windowSeconds: 60 };

export const GET: APIRoute = async (context) => {
  const limited = await limitPage(context, 'grants-csv', DOWNLOADS_PER_MINUTE);
  if (limited) return limited;
  const user = await allow(context, mayRecordGrants);
  if (user instanceof Response) return user;
  const locale = context.locals.locale;
  const tr = translator(locale);
  const filter = listFilter(context.url, user);
  const grants = await listGrants(db(), filter);
  const csv = toCsv<GrantRecord>(
    [
      { heading: tr('grants.column.association'), value: (g) => g.associationName },
      { heading: tr('grants.column.purpose'), value: (g) => g.purpose },
      { heading: tr('grants.column.administration'), value: (g) => g.administration[locale] },
      { heading: tr('grants.column.year'), value: (g) => g.year },
      { heading: tr('grants.column.amountKroner'), value: (g) => kronerCell(g.amountOre) },
    ],
    grants,
  );
  return csvResponse(csv, `paragraf-18-tilskud-${filter.year}.csv`);
};
