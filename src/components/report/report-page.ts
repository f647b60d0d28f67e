import type { AstroGlobal } from 'astro';
import { type Locale, localePath } from '../../i18n';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { findPublishedListingBySlug, type ListingRef } from '../../lib/freshness';
import type { FieldErrors } from '../../lib/forms/validate';
import { parseForm } from '../../lib/forms/validate';
import { absoluteUrl } from '../../lib/mail';
import { createProblemReport, HONEYPOT_FIELD, REPORT_LIMIT, REPORT_WINDOW_SECONDS, reportRateKey, reportSchema } from '../../lib/report';
import { clientIp } from '../../lib/security/client-ip';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { tooManyPage } from '../errors/too-many';

/** What the report page shows; a Response when it answers with a redirect instead. */
export type ReportPageState =
  | { view: 'notFound' }
  | { view: 'thanks'; listing: ListingRef; listingPath: string }
  | { view: 'form'; listing: ListingRef; listingPath: string; action: string; errors: FieldErrors; values: Record<string, string> };

/** `/aktiviteter/x` or `/foreninger/x` in the page's language. */
export function listingPath(locale: Locale, listing: Pick<ListingRef, 'kind' | 'slug'>): string {
  return localePath(locale, listing.kind === 'activity' ? `/aktiviteter/${listing.slug}` : `/foreninger/${listing.slug}`);
}

/** `/fejlmelding?aktivitet=x` (or `forening=x`) in the page's language: where the report link leads. */
export function reportPath(locale: Locale, listing: Pick<ListingRef, 'kind' | 'slug'>): string {
  const param = listing.kind === 'activity' ? 'aktivitet' : 'forening';
  return `${localePath(locale, '/fejlmelding')}?${param}=${encodeURIComponent(listing.slug)}`;
}

async function listingFromQuery(url: URL) {
  const activity = url.searchParams.get('aktivitet');
  if (activity) return findPublishedListingBySlug(db(), 'activity', activity);
  const association = url.searchParams.get('forening');
  if (association) return findPublishedListingBySlug(db(), 'association', association);
  return null;
}

/**
 * "Report a problem" for the Danish and English pages alike: GET shows the form (or the thanks
 * after a report); POST is rate limited per address, checked, stored with its mails, and
 * answered with a redirect to the thanks (post/redirect/get). A filled-in honeypot is thanked
 * and dropped, so a robot learns nothing.
 */
export async function reportPage(Astro: AstroGlobal): Promise<ReportPageState | Response> {
  const locale = Astro.locals.locale;
  if (Astro.request.method === 'POST') {
    const ip = clientIp(Astro.clientAddress, Astro.request.headers.get('x-forwarded-for'), config().TRUST_PROXY);
    const limit = await hitRateLimit(db(), reportRateKey(ip), REPORT_LIMIT, REPORT_WINDOW_SECONDS);
    if (!limit.allowed) return tooManyPage(Astro, limit);
  }
  const listing = await listingFromQuery(Astro.url);
  if (!listing) {
    Astro.response.status = 404;
    return { view: 'notFound' };
  }
  const path = listingPath(locale, listing);
  const action = reportPath(locale, listing);
  const thanks = `${action}&tak=1`;
  if (Astro.request.method !== 'POST') {
    if (Astro.url.searchParams.has('tak')) return { view: 'thanks', listing, listingPath: path };
    return { view: 'form', listing, listingPath: path, action, errors: {}, values: {} };
  }

  const form = await Astro.request.formData().catch(() => new FormData());
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return Astro.redirect(thanks, 303);
  form.delete(HONEYPOT_FIELD);
  const parsed = parseForm(form, reportSchema(locale));
  if (!parsed.ok) {
    Astro.response.status = 400;
    return { view: 'form', listing, listingPath: path, action, errors: parsed.errors, values: parsed.values };
  }
  await createProblemReport(db(), {
    listing,
    report: parsed.data,
    urls: {
      listing: absoluteUrl(listingPath('da', listing), Astro.url),
      dashboard: absoluteUrl('/forening', Astro.url),
      reports: absoluteUrl('/forvaltning/fejlmeldinger', Astro.url),
    },
  });
  return Astro.redirect(thanks, 303);
}
