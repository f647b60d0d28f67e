import { randomUUID } from 'node:crypto';
import type { AstroGlobal } from 'astro';
import { type Locale, t } from '../../i18n';
import { allow, isStaff } from '../../lib/access';
import { isUuid } from '../../lib/admin/schemas';
import { followUpPerson, linkFollowUp } from '../../lib/advisory';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { createReferral, CprRefused, InvalidReferral, InvalidTarget } from '../../lib/referral';
import {
  type ActivityOption,
  findActivity,
  newReferralOptions,
  type NewReferralOptions,
  readNewReferral,
  receiverNames,
  sentValues,
  todayInCopenhagen,
} from '../../lib/referral-forms';
import { formData } from '../account/request';
import { isAdvisoryError } from '../advisory-host/refusal';
import { referralRateLimit, userActor } from './guard';
import { suggestFor, type Suggestion } from './suggest';

/** What the new-referral page shows. */
export interface NewReferralPage {
  options: NewReferralOptions;
  values: Record<string, string>;
  termIds: string[];
  errors: FieldErrors;
  /** The chosen activity, to say whom the referral goes to. */
  selected: ActivityOption | null;
  /** After "Foreslå modtager": the routing table's answer. */
  suggestion: Suggestion | null;
  /** A follow-up of an advisory session's booking (`?opfoelgning=<bookingId>`): say that consent is asked again. */
  followUp?: boolean;
}

/** The form's field names of the core's InvalidReferral fields (`citizen.name` → `name`). */
const CORE_FIELDS: Record<string, string> = {
  name: 'name', phone: 'phone', email: 'email', preferredContact: 'preferredContact', goodTimes: 'goodTimes', needs: 'needs',
  method: 'consentMethod', givenAt: 'consentDate', scope: 'consentScope', consent: 'consent', noteToReceiver: 'note', note: 'note',
  urgency: 'urgency', termIds: 'termIds',
};
/** The core's problems that have a message of their own (referral.invalid.*). */
const INVALID_PROBLEMS = ['required', 'tooLong', 'email', 'phone', 'preferredMissing', 'consentDate', 'unknownTerm', 'choice'] as const;
const formField = (core: string) => CORE_FIELDS[core.split('.').pop() ?? ''] ?? 'referral-form';

/** A fresh form: today's consent date, the usual choices, and a new idempotency key. */
function freshValues(url: URL, options: NewReferralOptions, locale: Locale) {
  const selected = findActivity(options.groups, { slug: url.searchParams.get('aktivitet') });
  const values: Record<string, string> = {
    targetKind: 'activity',
    activityId: selected?.id ?? '',
    urgency: 'normal',
    preferredContact: 'phone',
    consentDate: todayInCopenhagen(),
    consentScope: selected ? receiverNames(locale, selected) : '',
    idempotencyKey: randomUUID(),
  };
  return { values, selected };
}

/**
 * The work of /henvisninger/ny, in the order every page keeps: rate limit (POST), authenticate,
 * authorise (staff and coordinators), parse, act. "Foreslå modtager" sends the form to show the
 * routing table's suggestion and whom it goes to, without JavaScript and without saving anything.
 * A referral made (or found again by its idempotency key) redirects to itself with a notice.
 */
export async function newReferralPage(Astro: AstroGlobal): Promise<NewReferralPage | Response> {
  const post = Astro.request.method === 'POST';
  const limited = post ? await referralRateLimit(Astro, 'new', 30) : null;
  if (limited) return limited;
  const user = await allow(Astro, isStaff);
  if (user instanceof Response) return user;
  const locale = Astro.locals.locale;
  const options = await newReferralOptions(db());
  if (!post) {
    const fresh = freshValues(Astro.url, options, locale);
    const followUp = await followUpValues(Astro.url, user);
    return { options, ...fresh, values: { ...fresh.values, ...followUp }, termIds: [], errors: {}, suggestion: null, followUp: followUp !== null };
  }

  const form = await formData(Astro.request);
  const { values, termIds } = sentValues(form);
  // A form that lost its key (an old tab, a crafted request) gets a new one for the next attempt.
  values.idempotencyKey ||= randomUUID();
  const selected = values.targetKind === 'activity' ? findActivity(options.groups, { id: values.activityId }) : null;
  if (values.intent === 'suggest') {
    const suggestion = await suggestFor(db(), locale, values, termIds, options, selected);
    return { options, values, termIds, errors: {}, selected, suggestion };
  }

  const sent = readNewReferral(form, locale);
  let errors: FieldErrors = sent.ok ? {} : sent.errors;
  const known = new Set(options.terms.map((term) => term.id));
  if (termIds.some((id) => !known.has(id))) errors.termIds ??= t(locale, 'referralUi.error.term');
  if (sent.ok && Object.keys(errors).length === 0) {
    try {
      const made = await createReferral(db(), sent.input, userActor(user), { requestUrl: Astro.url });
      if (isUuid(values.bookingId)) await linkBooking(values.bookingId, made.id, user);
      return Astro.redirect(`/henvisninger/${made.id}?sendt=${made.created ? '1' : 'igen'}`, 303);
    } catch (error) {
      errors = coreErrors(error, locale, values.targetKind === 'administration' ? 'administrationId' : 'activityId');
    }
  }
  Astro.response.status = 400;
  return { options, values, termIds, errors, selected, suggestion: null, followUp: isUuid(values.bookingId) };
}

/**
 * The booking's person for a follow-up referral (the core checks that the user is staff of a
 * hosting administration, and logs the read); null when there is none to follow up. Consent is
 * never carried over: the citizen is asked again.
 */
async function followUpValues(url: URL, user: Parameters<typeof followUpPerson>[2]): Promise<Record<string, string> | null> {
  const bookingId = url.searchParams.get('opfoelgning') ?? undefined;
  if (!isUuid(bookingId)) return null;
  const found = await followUpPerson(db(), bookingId, user).catch((error: unknown) => {
    if (isAdvisoryError(error)) return null;
    throw error;
  });
  if (!found) return null;
  const { name, email, phone } = found.person;
  return { name, email: email ?? '', phone: phone ?? '', preferredContact: phone ? 'phone' : 'email', bookingId };
}

/** Marks the booking as followed up by the referral; a booking that is gone or not the user's leaves the referral as it is. */
async function linkBooking(bookingId: string, referralId: string, user: Parameters<typeof linkFollowUp>[3]): Promise<void> {
  try {
    await linkFollowUp(db(), bookingId, referralId, user);
  } catch (error) {
    if (!isAdvisoryError(error)) throw error;
  }
}

/** The core's refusal as a message beside the field it concerns; anything else is not ours to explain. */
function coreErrors(error: unknown, locale: Locale, targetField: string): FieldErrors {
  if (error instanceof CprRefused) return { [formField(error.field)]: t(locale, 'referral.error.cpr') };
  if (error instanceof InvalidTarget) return { [targetField]: t(locale, 'referralUi.error.invalidTarget') };
  if (error instanceof InvalidReferral) {
    const known = (INVALID_PROBLEMS as readonly string[]).includes(error.problem);
    return { [formField(error.field)]: known ? t(locale, `referral.invalid.${error.problem as (typeof INVALID_PROBLEMS)[number]}`) : t(locale, 'referralUi.error.invalidField') };
  }
  throw error;
}
