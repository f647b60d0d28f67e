import { type Locale, t } from '../../i18n';
import { config } from '../config/config';
import { publicBaseUrl } from '../freshness/job';
import { absoluteUrl, type OutgoingMail } from '../mail';
import type { PublicSession } from './types';
import { sessionAddress, sessionDate, sessionTopic, sessionWhen } from './words';

/**
 * The mails to a person who booked. Each goes only to the address the person gave, in the
 * language they booked in, and says what happened, when and where, their booking number and their
 * own cancel link: never their name, phone or note (a mail is not encrypted and is kept for years).
 */

export type BookingMailKind = 'confirmed' | 'waiting' | 'promoted' | 'reminder' | 'changed' | 'cancelled';

/** The parts of a session a mail shows. */
export type MailSession = Pick<PublicSession, 'topic' | 'topicEn' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl'>;

/** Who the mail is to, and their own booking. */
export interface MailBooking {
  email: string;
  locale: Locale;
  reference: string;
  cancelToken: string;
  /** Place on the waiting list (the `waiting` mail). */
  position?: number | null;
  /** The booking holds a seat (a `changed` mail to someone waiting must not carry the online link). */
  seated?: boolean;
}

/** The citizen's own page for a booking (receipt, status, cancel): Danish or English path. */
export function cancelPath(locale: Locale, token: string): string {
  return `${locale === 'en' ? '/en' : ''}/raadgivning/afmeld/${token}`;
}

/** Where links in mails sent without a request (jobs, back office changes) point: PUBLIC_URL, or this instance. */
export function mailBaseUrl(): URL {
  return new URL(publicBaseUrl(config()));
}

const SEATED: readonly BookingMailKind[] = ['confirmed', 'promoted', 'reminder'];
const hasSeat = (kind: BookingMailKind, booking: MailBooking) => SEATED.includes(kind) || (kind === 'changed' && booking.seated === true);

function body(kind: BookingMailKind, session: MailSession, booking: MailBooking, baseUrl: URL): string {
  const locale = booking.locale;
  const topic = sessionTopic(locale, session);
  const lead =
    kind === 'waiting'
      ? t(locale, 'advisory.mail.body.waiting', { topic, position: booking.position ?? 1 })
      : t(locale, `advisory.mail.body.${kind}`, { topic });
  const address = sessionAddress(session);
  const lines = [
    t(locale, 'advisory.mail.greeting'),
    '',
    lead,
    '',
    t(locale, 'advisory.mail.when', { when: sessionWhen(locale, session) }),
    ...(address ? [t(locale, 'advisory.mail.where', { where: address })] : []),
    // The online link goes only to people with a seat: on the waiting list it would let them in anyway.
    ...(session.onlineUrl && hasSeat(kind, booking) ? [t(locale, 'advisory.mail.online', { url: session.onlineUrl })] : []),
    t(locale, 'advisory.mail.reference', { reference: booking.reference }),
  ];
  // A cancelled session needs no cancel link: there is nothing left to give up.
  if (kind !== 'cancelled') {
    lines.push('', t(locale, kind === 'waiting' ? 'advisory.mail.cancelWaiting' : 'advisory.mail.cancel'));
    lines.push(absoluteUrl(cancelPath(locale, booking.cancelToken), baseUrl));
  }
  lines.push('', t(locale, 'advisory.mail.why'), '', t(locale, 'advisory.mail.signature'));
  return lines.join('\n');
}

/** One mail about a booking: "Du har en plads til <topic> <date>" and the rest, for `queueMail`. */
export function bookingMail(kind: BookingMailKind, session: MailSession, booking: MailBooking, baseUrl: URL): OutgoingMail {
  const locale = booking.locale;
  const subject = t(locale, `advisory.mail.subject.${kind}`, { topic: sessionTopic(locale, session), date: sessionDate(locale, session.startsAt) });
  return { to: booking.email, subject, body: body(kind, session, booking, baseUrl), purpose: `advisory_${kind}` };
}
