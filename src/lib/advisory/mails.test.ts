import { describe, expect, it } from 'vitest';
import { bookingMail, type MailSession } from './mails';

const session: MailSession = {
  topic: 'Rådgivning for pårørende',
  topicEn: 'Advice for relatives',
  startsAt: new Date('2026-12-01T15:00:00Z'),
  endsAt: new Date('2026-12-01T17:00:00Z'),
  place: null,
  onlineUrl: 'https://moede.example.dk/paaroerende',
};
const booking = { email: 'anna@example.dk', locale: 'da' as const, reference: 'R4K-9TD-M2X', cancelToken: 'token-abc' };
const base = new URL('https://indgang.example.dk');

describe('booking mails', () => {
  it('gives the online link to a confirmed seat and its reminder, with the cancel link', () => {
    for (const kind of ['confirmed', 'promoted', 'reminder'] as const) {
      const mail = bookingMail(kind, session, booking, base);
      expect(mail.body).toContain('https://moede.example.dk/paaroerende');
      expect(mail.body).toContain('https://indgang.example.dk/raadgivning/afmeld/token-abc');
    }
  });

  it('keeps the online link from someone on the waiting list, also when the session changes', () => {
    expect(bookingMail('waiting', session, { ...booking, position: 2 }, base).body).not.toContain('moede.example.dk');
    expect(bookingMail('changed', session, { ...booking, seated: false }, base).body).not.toContain('moede.example.dk');
    expect(bookingMail('changed', session, { ...booking, seated: true }, base).body).toContain('moede.example.dk');
  });

  it('writes in the language of the booking, with an English cancel path', () => {
    const mail = bookingMail('confirmed', session, { ...booking, locale: 'en' }, base);
    expect(mail.subject).toContain('Advice for relatives');
    expect(mail.body).toContain('https://indgang.example.dk/en/raadgivning/afmeld/token-abc');
  });
});
