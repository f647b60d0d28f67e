import type { APIRoute } from 'astro';
import { hostFeed } from '../../../../lib/advisory-ical';
import { db } from '../../../../lib/db';

/** A calendar to subscribe to: every advisory session an administration takes part in (from 30 days ago on). */
export const GET: APIRoute = ({ params, locals, url }) => hostFeed(db(), { kind: 'administration', slug: params.slug ?? '' }, locals.locale, url);
