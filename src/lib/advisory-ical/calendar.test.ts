import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { PublicSession } from '../advisory';
import { wallClock } from '../schedule/zone';
import { icsFileName, sessionsCalendar } from './calendar';

function session(over: Partial<PublicSession> = {}): PublicSession {
  return {
    id: '6f1c2a8e-0000-4000-8000-000000000001',
    slug: 'gaeld-og-budget-2026-12-01',
    seriesId: null,
    topic: 'Gæld og budget',
    topicEn: 'Debt and budget',
    description: 'Få hjælp til at lægge et budget.',
    descriptionEn: null,
    administrationId: 'adm',
    hosts: [
      { kind: 'administration', id: 'a', slug: 'sof', name: 'Socialforvaltningen', nameEn: 'Social Services' },
      { kind: 'association', id: 'b', slug: 'valby-besoegstjeneste', name: 'Valby Besøgstjeneste', nameEn: 'Valby Besøgstjeneste' },
    ],
    terms: [],
    place: { name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby', districtId: null, latitude: 55.66, longitude: 12.51, districtSlug: null, districtName: null },
    onlineUrl: null,
    startsAt: new Date('2026-12-01T15:00:00Z'),
    endsAt: new Date('2026-12-01T17:00:00Z'),
    capacity: 10,
    seatsLeft: 10,
    waitingList: true,
    waiting: 0,
    audience: 'citizens',
    languages: ['da'],
    status: 'published',
    updatedAt: new Date('2026-11-01T10:00:00Z'),
    ...over,
  };
}

const now = new Date('2026-11-20T10:00:00Z');
const pageUrl = (s: PublicSession) => `https://indgang.example.dk/raadgivning/${s.slug}`;

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

describe('the calendar file of advisory sessions', () => {
  it('holds one event in Copenhagen time with a stable id, the place and the page', () => {
    const text = sessionsCalendar({ locale: 'da', name: 'Gæld og budget', sessions: [session()], pageUrl, now });
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20261201T160000');
    expect(text).toContain('X-WR-CALNAME:Gæld og budget');
    const [event, ...rest] = events(text);
    expect(rest).toHaveLength(0);
    expect(event?.uid).toBe('6f1c2a8e-0000-4000-8000-000000000001@indgang');
    expect(event?.summary).toBe('Gæld og budget');
    expect(event?.location).toBe('Valby Kulturhus, Valgårdsvej 4, 2500 Valby');
    expect(wallClock(event!.start)).toMatchObject({ year: 2026, month: 12, day: 1, hour: 16, minute: 0 });
    expect(wallClock(event!.end!)).toMatchObject({ hour: 18, minute: 0 });
    expect(event?.status).toBe('CONFIRMED');
    expect(event?.description).toContain('Holdes af Socialforvaltningen og Valby Besøgstjeneste.');
    expect(event?.description).toContain('https://indgang.example.dk/raadgivning/gaeld-og-budget-2026-12-01');
  });

  it('marks a cancelled session as cancelled, in the status and the title', () => {
    const [event] = events(sessionsCalendar({ locale: 'da', name: 'x', sessions: [session({ status: 'cancelled' })], pageUrl, now }));
    expect(event?.status).toBe('CANCELLED');
    expect(event?.summary).toBe('Aflyst: Gæld og budget');
  });

  it('says "Online" without giving away the link, and writes English when asked', () => {
    const text = sessionsCalendar({ locale: 'en', name: 'x', sessions: [session({ place: null, onlineUrl: 'https://moede.example.dk/hemmelig' })], pageUrl, now });
    const [event] = events(text);
    expect(event?.summary).toBe('Debt and budget');
    expect(event?.location).toBe('Online');
    expect(text).not.toContain('hemmelig');
  });

  it('raises the sequence when a session changes, so calendars take the new version', () => {
    const sequence = (updatedAt: Date) => Number(/SEQUENCE:(\d+)/.exec(sessionsCalendar({ locale: 'da', name: 'x', sessions: [session({ updatedAt })], pageUrl, now }))?.[1]);
    expect(sequence(new Date('2026-11-02T10:00:00Z'))).toBeGreaterThan(sequence(new Date('2026-11-01T10:00:00Z')));
  });

  it('names the file after the slug, in ASCII', () => {
    expect(icsFileName('gæld-og-budget')).toBe('g-ld-og-budget.ics');
    expect(icsFileName('')).toBe('raadgivning.ics');
  });
});
