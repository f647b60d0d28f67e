import type { APIRoute } from 'astro';
import { sessionFile } from '../../lib/advisory-ical';
import { db } from '../../lib/db';

/** One session as an iCalendar file to add to a calendar. Also answers /en/raadgivning/<slug>.ics in English. */
export const GET: APIRoute = ({ params, locals, url }) => sessionFile(db(), params.slug ?? '', locals.locale, url);
