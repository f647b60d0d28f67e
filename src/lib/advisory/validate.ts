import { AdvisoryError } from './errors';
import type { Audience, BookingInput, BookingPerson, SessionInput, SessionPlace } from './types';

/**
 * The core's own check of what the pages send: the pages validate first and show their errors
 * beside the fields, but the core keeps its invariants whoever calls it. Field names in the thrown
 * `AdvisoryError.fields` are the form's names, flat: topic, topicEn, description, capacity, date,
 * startTime, endTime, place, placeName, address, postalCode, city, point, onlineUrl, audience,
 * languages, interval, byday, until (sessions); name, email, phone, contact, note, organisation,
 * consent (bookings). Hosts and terms are checked against the database by the caller.
 */

const AUDIENCES: readonly Audience[] = ['citizens', 'associations', 'both'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim() ?? '';
  return value === '' ? null : value;
};

/** Whether a code is an ISO 639-1 language Intl knows ("da", "ar"), not just two letters. */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== code;
}

/** Whether a link can be offered to citizens: https only, so it is never sent in the clear. */
export function isOnlineUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && text.length <= 500;
  } catch {
    return false;
  }
}

function checkPlace(place: SessionPlace, fields: Record<string, string>): SessionPlace {
  const clean = { ...place, name: trimmed(place.name), address: place.address.trim(), postalCode: place.postalCode.trim(), city: place.city.trim() };
  if (clean.name && clean.name.length > 120) fields.placeName = 'advisory.invalid.placeName';
  if (!clean.address || clean.address.length > 200) fields.address = 'advisory.invalid.address';
  if (!/^\d{4}$/.test(clean.postalCode)) fields.postalCode = 'advisory.invalid.postalCode';
  if (!clean.city || clean.city.length > 80) fields.city = 'advisory.invalid.city';
  const { latitude: lat, longitude: lon } = clean;
  const pointOk = (lat === null && lon === null) || (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180);
  if (!pointOk) fields.point = 'advisory.invalid.point';
  return clean;
}

/** Checks and trims a session's input (without its dates, see recurrence.ts). Throws AdvisoryError('invalid'). */
export function validateSessionFields<T extends Omit<SessionInput, 'repeat'>>(input: T): T {
  const fields: Record<string, string> = {};
  const topic = input.topic.trim();
  const topicEn = trimmed(input.topicEn);
  if (topic.length < 3 || topic.length > 120) fields.topic = 'advisory.invalid.topicLength';
  if (topicEn && topicEn.length > 120) fields.topicEn = 'advisory.invalid.topicEnLength';
  const description = input.description.trim();
  const descriptionEn = trimmed(input.descriptionEn);
  if (description.length > 4000) fields.description = 'advisory.invalid.descriptionLength';
  if (descriptionEn && descriptionEn.length > 4000) fields.descriptionEn = 'advisory.invalid.descriptionLength';
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 500) fields.capacity = 'advisory.invalid.capacityRange';
  if (!AUDIENCES.includes(input.audience)) fields.audience = 'advisory.invalid.audience';
  const languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()))];
  if (languages.length === 0 || languages.length > 20 || !languages.every(isLanguageCode)) fields.languages = 'advisory.invalid.languages';
  const onlineUrl = trimmed(input.onlineUrl);
  if (onlineUrl && !isOnlineUrl(onlineUrl)) fields.onlineUrl = 'advisory.invalid.onlineUrl';
  const place = input.place ? checkPlace(input.place, fields) : null;
  if (!place && !onlineUrl) fields.place = 'advisory.invalid.placeOrLink';
  if (Object.keys(fields).length > 0) throw new AdvisoryError('invalid', fields);
  return {
    ...input,
    topic,
    topicEn,
    description,
    descriptionEn,
    languages,
    onlineUrl,
    place,
    hostAdministrationIds: [...new Set(input.hostAdministrationIds)],
    hostAssociationIds: [...new Set(input.hostAssociationIds)],
    termIds: [...new Set(input.termIds)],
  };
}

/**
 * Checks a booking: a name (1–120), an e-mail or a phone number (8+ digits) or both, a note of at
 * most 1000 characters, an organisation of at most 120, and consent. Returns the person trimmed,
 * with empty fields as null. Throws AdvisoryError('invalid') with the fields to fix.
 */
export function validateBooking(input: BookingInput): BookingPerson {
  const fields: Record<string, string> = {};
  const p = input.person;
  const name = p.name.trim();
  const email = trimmed(p.email);
  const phone = trimmed(p.phone);
  const note = trimmed(p.note);
  const organisation = trimmed(p.organisation);
  if (name.length < 1 || name.length > 120) fields.name = 'advisory.invalid.name';
  if (email && (email.length > 254 || !EMAIL.test(email))) fields.email = 'advisory.invalid.email';
  if (phone && (phone.replace(/\D/g, '').length < 8 || phone.length > 30 || !/^[+\d\s()-]+$/.test(phone))) fields.phone = 'advisory.invalid.phone';
  if (!email && !phone) fields.contact = 'advisory.invalid.contact';
  if (note && note.length > 1000) fields.note = 'advisory.invalid.note';
  if (organisation && organisation.length > 120) fields.organisation = 'advisory.invalid.organisation';
  if (input.consent !== true) fields.consent = 'advisory.invalid.consent';
  if (Object.keys(fields).length > 0) throw new AdvisoryError('invalid', fields);
  return { name, email, phone, note, organisation };
}
