import type { AstroGlobal } from 'astro';
import { db } from '../../lib/db';
import { lookUpStatus, STATUS_LIMIT, STATUS_WINDOW_SECONDS, statusRateKey, statusSchema } from '../../lib/entrance';
import { normaliseReference } from '../../lib/referral';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { formData, requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

type Found = NonNullable<Awaited<ReturnType<typeof lookUpStatus>>>;

/** What the status page shows. */
export type StatusPageState =
  | { view: 'form'; errors: FieldErrors; values: Record<string, string>; notFound: boolean; result: Found | null };

/**
 * The citizen's status look-up by code and e-mail, without an account. The e-mail is sent in a
 * POST and the answer rendered at once (never put into an address, so it is in no log or history).
 * POST: rate limit per address (429), the two fields (400), the look-up: a code and e-mail that
 * do not belong together get the same answer whichever is wrong (404), so nobody can test codes.
 */
export async function statusPage(Astro: AstroGlobal): Promise<StatusPageState | Response> {
  Astro.response.headers.set('Cache-Control', 'no-store');
  if (Astro.request.method !== 'POST') {
    const code = Astro.url.searchParams.get('kode');
    return { view: 'form', errors: {}, values: code ? { reference: normaliseReference(code) ?? code } : {}, notFound: false, result: null };
  }
  const limit = await hitRateLimit(db(), statusRateKey(requestIp(Astro)), STATUS_LIMIT, STATUS_WINDOW_SECONDS);
  if (!limit.allowed) return tooManyPage(Astro, limit);
  const parsed = parseForm(await formData(Astro.request), statusSchema(Astro.locals.locale));
  if (!parsed.ok) {
    Astro.response.status = 400;
    return { view: 'form', errors: parsed.errors, values: parsed.values, notFound: false, result: null };
  }
  const result = await lookUpStatus(db(), parsed.data);
  if (!result) Astro.response.status = 404;
  return { view: 'form', errors: {}, values: { reference: parsed.data.reference, email: parsed.data.email }, notFound: !result, result };
}
