import type { APIRoute } from 'astro';
import { localePath, t } from '../../i18n';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { findPublishedActivity } from '../../lib/directory';
import { buildActivityCalendar, calendarFileName } from '../../lib/schedule';

/**
 * The activity's schedules as an iCalendar file to add to a phone's or computer's calendar.
 * Also answers /en/aktiviteter/<slug>.ics, with the English summary where there is one.
 */
export const GET: APIRoute = async ({ params, locals, url }) => {
  const { locale } = locals;
  const activity = await findPublishedActivity(db(), params.slug ?? '');
  if (!activity) {
    return new Response(t(locale, 'notFound.title'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // Behind a proxy the request's own host may be internal: prefer the configured public address.
  const page = new URL(localePath(locale, `/aktiviteter/${activity.slug}`), config().PUBLIC_URL ?? url.origin);
  const [place] = activity.places;
  const body = buildActivityCalendar({
    name: activity.name,
    summary: (locale === 'en' && activity.summaryEn) || activity.summary,
    url: page.href,
    location: place ? `${place.name}, ${place.address}, ${place.postalCode} ${place.city}` : null,
    schedules: activity.schedules,
    from: new Date(),
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${calendarFileName(activity.slug)}"`,
    },
  });
};
