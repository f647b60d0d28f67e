import type { AstroGlobal } from 'astro';
import { localePath, t } from '../../i18n';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import {
  checkFormToken,
  choiceIds,
  ENTRANCE_LIMIT,
  ENTRANCE_WINDOW_SECONDS,
  entranceRateKey,
  type EntranceChoices,
  entranceSchema,
  FORM_TOKEN_FIELD,
  filledHoneypot,
  HONEYPOT_FIELD,
  inFormOrder,
  issueFormToken,
  loadEntranceChoices,
  receiptQuery,
  submitEntrance,
} from '../../lib/entrance';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { CprRefused, InvalidReferral } from '../../lib/referral';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { formData, requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/** What /indgang shows; a Response when it answers with the receipt's redirect instead. */
export type EntrancePageState =
  | { view: 'dropped' }
  | {
      view: 'form';
      choices: EntranceChoices;
      /** A fresh signed token for this rendering (spam protection). */
      token: string;
      errors: FieldErrors;
      values: Record<string, string>;
      terms: string[];
      /** Why a sent form was not taken (too quick, too old, not ours), in words. */
      notice: string | null;
      retentionDays: number;
    };

/** `?hvad=frivillig` (from a "become a volunteer" link) preselects the purpose. */
function purposeFromQuery(url: URL): string | undefined {
  const asked = url.searchParams.get('hvad');
  return asked === 'frivillig' ? 'volunteer' : asked === 'hjaelp' ? 'help' : undefined;
}

/**
 * The citizen's guided form, Danish and English alike. GET shows it with a fresh form token.
 * POST: rate limit per address (429), the honeypot (dropped with thanks, so a robot learns
 * nothing), the form token (too quick, too old: shown again with a friendly message), the
 * answers (400 with errors beside the fields), then the referral and a redirect to the signed
 * receipt (post/redirect/get; the same form sent twice makes one referral).
 */
export async function entrancePage(Astro: AstroGlobal): Promise<EntrancePageState | Response> {
  const locale = Astro.locals.locale;
  // Every rendering carries its own token and CSRF cookie: never from a cache.
  Astro.response.headers.set('Cache-Control', 'no-store');
  const post = Astro.request.method === 'POST';
  if (post) {
    const limit = await hitRateLimit(db(), entranceRateKey(requestIp(Astro)), ENTRANCE_LIMIT, ENTRANCE_WINDOW_SECONDS);
    // The 429 page keeps the answers (one button sends them again) and says where to turn meanwhile.
    if (!limit.allowed) return tooManyPage(Astro, limit, { urgent: true });
  }
  const choices = await loadEntranceChoices(db());
  const form = (notice: string | null, errors: FieldErrors = {}, values: Record<string, string> = {}, terms: string[] = []): EntrancePageState => ({
    view: 'form',
    choices,
    token: issueFormToken(),
    errors,
    values,
    terms,
    notice,
    retentionDays: config().REFERRAL_RETENTION_DAYS,
  });
  if (!post) return form(null, {}, { purpose: purposeFromQuery(Astro.url) ?? '', forWhom: 'self', preferredContact: 'phone' });

  const sent = await formData(Astro.request);
  if (filledHoneypot(sent)) return { view: 'dropped' };
  const token = checkFormToken(sent.get(FORM_TOKEN_FIELD));
  sent.delete(HONEYPOT_FIELD);
  sent.delete(FORM_TOKEN_FIELD);
  const parsed = parseForm(sent, entranceSchema(locale, choiceIds(choices)), ['terms']);
  // The answers as sent, to show the form again as it was.
  const values = Object.fromEntries([...sent.entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'));
  const terms = sent.getAll('terms').filter((v): v is string => typeof v === 'string');
  if (!token.ok || !parsed.ok) {
    Astro.response.status = 400;
    return form(token.ok ? null : t(locale, `entrance.token.${token.problem}`), parsed.ok ? {} : inFormOrder(parsed.errors), values, terms);
  }
  let result;
  try {
    result = await submitEntrance(db(), parsed.data, { locale, formNonce: token.nonce, choices, requestUrl: Astro.url });
  } catch (error) {
    // The core checks again what the form checked; should it still refuse a field, say so beside it.
    if (!(error instanceof InvalidReferral || error instanceof CprRefused)) throw error;
    Astro.response.status = 400;
    const field = error.field.replace(/^citizen\./, '');
    const message = error instanceof CprRefused ? t(locale, 'entrance.error.cpr') : t(locale, 'entrance.token.invalid');
    return form(null, { [field]: message }, values, terms);
  }
  const query = receiptQuery({ reference: result.reference, administration: result.receiver.slug, purpose: parsed.data.purpose, mailed: result.mailed });
  return Astro.redirect(`${localePath(locale, '/indgang/kvittering')}?${query}`, 303);
}
