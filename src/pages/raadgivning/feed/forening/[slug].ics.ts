import type { APIRoute } from 'astro';
import { hostFeed } from '../../../../lib/advisory-ical';
import { db } from '../../../../lib/db';

/** A calendar to subscribe to: every advisory session an association hosts (from 30 days ago on). */
export const GET: APIRoute = ({ params, locals, url }) => hostFeed(db(), { kind: 'association', slug: params.slug ?? '' }, locals.locale, url);
