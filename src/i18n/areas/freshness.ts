/** Texts of the back office: confirming listings, reminders, stale listings, reporting a problem. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const freshnessDa = {
  'freshness.confirm.lastVerified': 'Sidst bekræftet {date}.',
  'freshness.confirm.never': 'Oplysningerne er aldrig blevet bekræftet.',
  'freshness.confirm.button': 'Bekræft, at oplysningerne er rigtige',
  'freshness.confirm.buttonContext': 'Bekræft, at oplysningerne om {name} er rigtige',
  'freshness.confirm.done': 'Tak. Oplysningerne er bekræftet i dag.',

  'report.reason.wrong_address': 'Forkert adresse',
  'report.reason.wrong_phone': 'Forkert telefonnummer',
  'report.reason.wrong_time': 'Forkert tidspunkt',
  'report.reason.no_longer_exists': 'Findes ikke længere',
  'report.reason.other': 'Andet',

  'reports.heading': 'Fejlmeldinger fra borgere',
  'reports.none': 'Der er ingen åbne fejlmeldinger.',
  'reports.lead': 'Borgere har meldt, at noget er forkert. Ret oplysningerne, så lukker kommunen fejlmeldingen.',
  'reports.received': 'Modtaget {date}',
  'reports.noMessage': 'Ingen besked.',
} as const satisfies Record<string, Message>;

export const freshnessEn: EnglishOf<typeof freshnessDa> = {
  'freshness.confirm.lastVerified': 'Last confirmed {date}.',
  'freshness.confirm.never': 'The information has never been confirmed.',
  'freshness.confirm.button': 'Confirm that the information is correct',
  'freshness.confirm.buttonContext': 'Confirm that the information about {name} is correct',
  'freshness.confirm.done': 'Thank you. The information is confirmed as of today.',

  'report.reason.wrong_address': 'Wrong address',
  'report.reason.wrong_phone': 'Wrong phone number',
  'report.reason.wrong_time': 'Wrong time',
  'report.reason.no_longer_exists': 'No longer exists',
  'report.reason.other': 'Something else',

  'reports.heading': 'Problems reported by citizens',
  'reports.none': 'There are no open reports.',
  'reports.lead': 'Citizens have reported that something is wrong. Correct the information, and the municipality closes the report.',
  'reports.received': 'Received {date}',
  'reports.noMessage': 'No message.',
};
