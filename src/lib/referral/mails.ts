import { type Locale, t } from '../../i18n';
import { publicBaseUrl } from '../freshness/job';
import { config } from '../config/config';
import { absoluteUrl, type Queryable, queueMail } from '../mail';
import type { Urgency } from './types';

/**
 * The mails of the referral core. They say only that there is a referral, its reference, who has
 * it and what happened, and link to it: never the citizen's name, contact, needs or any comment
 * (mail is not encrypted and is kept in mailboxes for years). Danish first, English below.
 */

/** The link to a referral in the back office: absolute from the request, or PUBLIC_URL (jobs, API). */
export function referralLink(id: string, requestUrl?: URL): string {
  return absoluteUrl(`/henvisninger/${id}`, requestUrl ?? new URL(publicBaseUrl(config())));
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long' }),
};

function both(part: (locale: Locale) => string[]): string {
  return `${part('da').join('\n')}\n\n— English —\n\n${part('en').join('\n')}`;
}

function frame(locale: Locale, lines: string[], link: string): string[] {
  return [
    t(locale, 'referral.mail.greeting'),
    '',
    ...lines,
    '',
    t(locale, 'referral.mail.link'),
    link,
    '',
    t(locale, 'referral.mail.noPersonal'),
    '',
    t(locale, 'referral.mail.signature'),
  ];
}

/** "Ny henvisning <reference>" to everyone who receives it (administration, and the association when passed to it). */
export async function newReferralMails(
  tx: Queryable,
  to: string[],
  m: { reference: string; receiver: string; urgency: Urgency; dueAt: Date; link: string },
): Promise<void> {
  const body = both((locale) =>
    frame(
      locale,
      [
        t(locale, 'referral.mail.new.body', { receiver: m.receiver, reference: m.reference }),
        t(locale, 'referral.mail.new.due', { urgency: t(locale, `referral.urgency.${m.urgency}`), due: dateFormats[locale].format(m.dueAt) }),
      ],
      m.link,
    ),
  );
  const subject = t('da', 'referral.mail.new.subject', { reference: m.reference });
  await queueMail(tx, ...to.map((address) => ({ to: address, subject, body, purpose: 'referral_new' })));
}

/** "Henvisning <reference> er sendt videre til jer" to the new receiving administration. */
export async function forwardedMails(tx: Queryable, to: string[], m: { reference: string; from: string; receiver: string; link: string }): Promise<void> {
  const body = both((locale) => frame(locale, [t(locale, 'referral.mail.forwarded.body', m)], m.link));
  const subject = t('da', 'referral.mail.forwarded.subject', { reference: m.reference });
  await queueMail(tx, ...to.map((address) => ({ to: address, subject, body, purpose: 'referral_forwarded' })));
}

/** The actions the sender side hears about: the answer (accept, decline, forward) and the outcome (start, not start). */
export type ReportedAction = 'accept' | 'decline' | 'forward' | 'start' | 'not_start';

/** "Henvisning <reference>: accepteret" (and so on) to the sender side; `by` is the organisation that acted. */
export async function updateMails(tx: Queryable, to: string[], m: { reference: string; action: ReportedAction; by: string; link: string }): Promise<void> {
  const outcome = (locale: Locale) => t(locale, `referral.mail.outcome.${m.action}`);
  const body = both((locale) => frame(locale, [t(locale, 'referral.mail.update.body', { reference: m.reference, outcome: outcome(locale), by: m.by })], m.link));
  const subject = t('da', 'referral.mail.update.subject', { reference: m.reference, outcome: outcome('da') });
  await queueMail(tx, ...to.map((address) => ({ to: address, subject, body, purpose: `referral_${m.action}` })));
}
