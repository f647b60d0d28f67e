import { describe, expect, it } from 'vitest';
import { availabilityText, bookingState, dayHeading, hostNames, localText, monthCaption, placeLine, sessionWhen, weekdays } from './format';

const session = {
  status: 'published' as const,
  startsAt: new Date('2026-12-01T15:00:00Z'),
  endsAt: new Date('2026-12-01T17:00:00Z'),
  seatsLeft: 3,
  waitingList: true,
};
const before = new Date('2026-11-20T10:00:00Z');

describe('an advisory session in words', () => {
  it('says when in Copenhagen time, in full', () => {
    expect(sessionWhen('da', session)).toBe('tirsdag 1. december 2026 kl. 16.00–18.00');
    expect(sessionWhen('en', session)).toBe('Tuesday 1 December 2026, 16:00–18:00');
    expect(sessionWhen('da', { startsAt: new Date('2026-06-02T14:00:00Z'), endsAt: new Date('2026-06-02T16:00:00Z') })).toBe('tirsdag 2. juni 2026 kl. 16.00–18.00');
  });

  it('writes day headings, month captions and weekdays from Monday', () => {
    expect(dayHeading('da', '2026-12-01')).toBe('tirsdag 1. december 2026');
    expect(monthCaption('da', { year: 2026, month: 12 })).toBe('December 2026');
    expect(monthCaption('en', { year: 2027, month: 1 })).toBe('January 2027');
    expect(weekdays('da').map((d) => d.long)).toEqual(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);
    expect(weekdays('en')[0]).toEqual({ short: 'Mon', long: 'Monday' });
  });

  it('counts free seats, and says when it is full, has a waiting list, started, ended or is cancelled', () => {
    expect(availabilityText('da', session, before)).toBe('3 ledige pladser');
    expect(availabilityText('da', { ...session, seatsLeft: 1 }, before)).toBe('1 ledig plads');
    expect(availabilityText('en', { ...session, seatsLeft: 1 }, before)).toBe('1 seat left');
    expect(availabilityText('da', { ...session, seatsLeft: 0 }, before)).toBe('Fuldt – venteliste');
    expect(availabilityText('da', { ...session, seatsLeft: 0, waitingList: false }, before)).toBe('Fuldt');
    expect(availabilityText('da', { ...session, status: 'cancelled' }, before)).toBe('Aflyst');
    expect(bookingState(session, new Date('2026-12-01T15:30:00Z'))).toBe('started');
    expect(bookingState(session, new Date('2026-12-01T17:00:00Z'))).toBe('ended');
  });

  it('joins the place into one line and the hosts into a sentence', () => {
    expect(placeLine({ name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby' })).toBe('Valby Kulturhus, Valgårdsvej 4, 2500 Valby');
    expect(placeLine({ name: null, address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby' })).toBe('Valgårdsvej 4, 2500 Valby');
    const hosts = [
      { name: 'Socialforvaltningen', nameEn: 'Social Services' },
      { name: 'Valby Besøgstjeneste', nameEn: 'Valby Besøgstjeneste' },
    ];
    expect(hostNames('da', hosts)).toBe('Socialforvaltningen og Valby Besøgstjeneste');
    expect(hostNames('en', hosts)).toBe('Social Services and Valby Besøgstjeneste');
  });

  it('shows the Danish text marked as Danish on the English page when there is no English one', () => {
    expect(localText('en', 'Gæld og budget', null)).toEqual({ text: 'Gæld og budget', lang: 'da' });
    expect(localText('en', 'Gæld og budget', 'Debt and budget')).toEqual({ text: 'Debt and budget', lang: undefined });
    expect(localText('da', 'Gæld og budget', 'Debt and budget')).toEqual({ text: 'Gæld og budget', lang: undefined });
  });
});
