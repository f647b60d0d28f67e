import { findCprLike } from './cpr';
import { isUuid } from './db';
import { CprRefused, InvalidReferral } from './errors';
import type { NewReferralInput } from './types';

/** Longest texts: enough for a few plain sentences, short enough to stay a referral, not a case file. */
export const LIMITS = { name: 200, phone: 40, email: 254, goodTimes: 200, needs: 2000, note: 2000, scope: 500, terms: 20, key: 200 } as const;

const URGENCIES = ['normal', 'soon', 'urgent'];
const METHODS = ['oral', 'written', 'digital'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) {
    if (required) throw new InvalidReferral(field, 'required');
    return null;
  }
  if (trimmed.length > max) throw new InvalidReferral(field, 'tooLong');
  // Refused with an explanation wherever it is typed: the portal never needs a CPR number.
  if (findCprLike(trimmed)) throw new CprRefused(field);
  return trimmed;
}

/**
 * Checks a new referral at the core, whichever door it came through (form, API, citizen's
 * entrance), and returns it trimmed. Throws InvalidReferral (with the field) or CprRefused.
 * Pages check the same things beside their fields first; this is the rule that always holds.
 */
export function validateNewReferral(input: NewReferralInput): NewReferralInput {
  const c = input.citizen;
  const name = text(c?.name, 'citizen.name', LIMITS.name, true)!;
  const phone = text(c?.phone, 'citizen.phone', LIMITS.phone, false);
  const email = text(c?.email, 'citizen.email', LIMITS.email, false)?.toLowerCase() ?? null;
  if (phone && phone.replace(/\D/g, '').length < 8) throw new InvalidReferral('citizen.phone', 'phone');
  if (email && !EMAIL.test(email)) throw new InvalidReferral('citizen.email', 'email');
  if (c.preferredContact !== 'phone' && c.preferredContact !== 'email') throw new InvalidReferral('citizen.preferredContact', 'choice');
  // The way the citizen prefers to be reached must be one we can use.
  if (!(c.preferredContact === 'phone' ? phone : email)) throw new InvalidReferral(`citizen.${c.preferredContact}`, 'preferredMissing');
  const goodTimes = text(c.goodTimes, 'citizen.goodTimes', LIMITS.goodTimes, false);
  const needs = text(c.needs, 'citizen.needs', LIMITS.needs, true)!;

  const consent = input.consent;
  if (!consent || !METHODS.includes(consent.method)) throw new InvalidReferral('consent.method', 'required');
  const givenAt = consent.givenAt instanceof Date ? consent.givenAt : new Date(Number.NaN);
  // A consent from the future is a typing error; a few minutes of clock difference are not.
  if (Number.isNaN(givenAt.getTime()) || givenAt.getTime() > Date.now() + 10 * 60 * 1000) throw new InvalidReferral('consent.givenAt', 'consentDate');
  const scope = text(consent.scope, 'consent.scope', LIMITS.scope, true)!;

  const noteToReceiver = text(input.noteToReceiver, 'noteToReceiver', LIMITS.note, false);
  if (!URGENCIES.includes(input.urgency)) throw new InvalidReferral('urgency', 'choice');
  if (input.purpose !== 'help' && input.purpose !== 'volunteer') throw new InvalidReferral('purpose', 'choice');
  const termIds = [...new Set(input.termIds ?? [])];
  if (termIds.length > LIMITS.terms || !termIds.every(isUuid)) throw new InvalidReferral('termIds', 'unknownTerm');
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > LIMITS.key) throw new InvalidReferral('idempotencyKey', 'tooLong');

  return {
    ...input,
    citizen: { name, phone, email, preferredContact: c.preferredContact, goodTimes, needs },
    consent: { method: consent.method, givenAt, scope },
    noteToReceiver,
    termIds,
    idempotencyKey: key,
  };
}
