import { describe, expect, it } from 'vitest';
import { formatWhen } from './format';
import { previewDates, readSessionForm } from './session-form';
import type { SessionFormState } from './state';

const TERM = '11111111-1111-4111-8111-111111111111';
const ADM = '22222222-2222-4222-8222-222222222222';
const ASSOC = '33333333-3333-4333-8333-333333333333';
const DISTRICT = '44444444-4444-4444-8444-444444444444';
const known = { termIds: new Set([TERM]), administrationIds: new Set([ADM]), associationIds: new Set([ASSOC]), districtIds: new Set([DISTRICT]) };
const options = { withRepeat: true, today: '2026-11-24', known };

function form(values: Record<string, string>, lists: Partial<SessionFormState['lists']> = {}): SessionFormState {
  return {
    values: {
      topic: 'Hjælp til pension og digital post',
      description: 'Spørg om pension, boligstøtte og digital post.',
      onlineUrl: '',
      date: '2026-12-01',
      startTime: '16.00',
      endTime: '18',
      capacity: '12',
      waitingList: 'yes',
      audience: 'citizens',
      repeat: 'none',
      interval: '1',
      address: 'Valby Langgade 1',
      postalCode: '2500',
      city: 'Valby',
      ...values,
    },
    lists: { termIds: [TERM], hostAdministrationIds: [ADM], hostAssociationIds: [ASSOC], languages: ['da', 'ar'], weekdays: [], ...lists },
  };
}

const whenOf = (dates: { start: Date; end: Date }[]) => dates.map((d) => formatWhen('da', d.start, d.end));

describe('the publish form', () => {
  it('reads one session into the core input, with times as HH:MM and the place kept', () => {
    const result = readSessionForm(form({ districtId: DISTRICT, latitude: '55,6650', longitude: '12.5100' }), 'da', options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      topic: 'Hjælp til pension og digital post',
      topicEn: null,
      startTime: '16:00',
      endTime: '18:00',
      date: '2026-12-01',
      capacity: 12,
      waitingList: true,
      audience: 'citizens',
      languages: ['da', 'ar'],
      repeat: null,
      onlineUrl: null,
      hostAdministrationIds: [ADM],
      hostAssociationIds: [ASSOC],
      termIds: [TERM],
      place: { name: null, address: 'Valby Langgade 1', postalCode: '2500', city: 'Valby', districtId: DISTRICT, latitude: 55.665, longitude: 12.51 },
    });
    expect(whenOf(result.dates)).toEqual(['tirsdag 1. december 2026 kl. 16.00–18.00']);
  });

  it('turns "the first Tuesday of the month, until a date" into a monthly rule with three dates', () => {
    const result = readSessionForm(form({ repeat: 'monthly', monthWeek: '1', monthDay: 'TU', until: '2027-02-28' }), 'da', options);
    expect(result.ok && result.input.repeat).toEqual({ freq: 'MONTHLY', interval: 1, byday: ['1TU'], until: '2027-02-28' });
    expect(result.ok && whenOf(result.dates)).toEqual([
      'tirsdag 1. december 2026 kl. 16.00–18.00',
      'tirsdag 5. januar 2027 kl. 16.00–18.00',
      'tirsdag 2. februar 2027 kl. 16.00–18.00',
    ]);
  });

  it('turns the last Friday, every other month, into -1FR with interval 2', () => {
    const result = readSessionForm(form({ repeat: 'monthly', monthWeek: '-1', monthDay: 'FR', interval: '2', until: '2027-05-31' }), 'da', options);
    expect(result.ok && result.input.repeat).toEqual({ freq: 'MONTHLY', interval: 2, byday: ['-1FR'], until: '2027-05-31' });
  });

  it('turns ticked weekdays into a weekly rule, in weekday order, keeping 16.00 on the clock across daylight saving', () => {
    const result = readSessionForm(form({ date: '2027-03-22', repeat: 'weekly', until: '2027-04-01' }, { weekdays: ['TH', 'MO'] }), 'da', options);
    expect(result.ok && result.input.repeat).toEqual({ freq: 'WEEKLY', interval: 1, byday: ['MO', 'TH'], until: '2027-04-01' });
    expect(result.ok && whenOf(result.dates)).toEqual([
      'mandag 22. marts 2027 kl. 16.00–18.00',
      'torsdag 25. marts 2027 kl. 16.00–18.00',
      'mandag 29. marts 2027 kl. 16.00–18.00',
      'torsdag 1. april 2027 kl. 16.00–18.00',
    ]);
  });

  it('says in Danish, beside each field, what is missing from an empty form', () => {
    const result = readSessionForm({ values: {}, lists: { termIds: [], hostAdministrationIds: [], hostAssociationIds: [], languages: [], weekdays: [] } }, 'da', options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      topic: 'Skriv mødets emne med mindst 3 tegn.',
      description: 'Skriv en beskrivelse af mødet.',
      address: 'Skriv en adresse eller et link til et onlinemøde.',
      date: 'Skriv en dato som 1.12.2026.',
      startTime: 'Skriv et klokkeslæt som 16.00.',
      endTime: 'Skriv et klokkeslæt som 18.00.',
      capacity: 'Skriv et antal pladser fra 1 til 500.',
      waitingList: 'Vælg, om der skal være venteliste.',
      audience: 'Vælg, hvem mødet er for.',
      languages: 'Vælg mindst ét sprog.',
    });
  });

  it('takes an online link instead of a place, but only https', () => {
    const online = { address: '', postalCode: '', city: '', onlineUrl: 'https://moede.example.dk/raadgivning' };
    const ok = readSessionForm(form(online), 'da', options);
    expect(ok.ok && [ok.input.place, ok.input.onlineUrl]).toEqual([null, 'https://moede.example.dk/raadgivning']);
    const plain = readSessionForm(form({ ...online, onlineUrl: 'http://moede.example.dk' }), 'da', options);
    expect(!plain.ok && plain.errors).toEqual({ onlineUrl: 'Skriv et link, der begynder med https://' });
  });

  it('refuses a half place, a bad postal code and half a point', () => {
    const result = readSessionForm(form({ address: '', postalCode: '25', latitude: '55,6' }), 'da', options);
    expect(!result.ok && result.errors).toEqual({
      address: 'Skriv adressen.',
      postalCode: 'Skriv et postnummer med fire cifre, fx 2500.',
      longitude: 'Skriv både breddegrad og længdegrad, eller lad begge felter være tomme.',
    });
  });

  it('refuses an end before the start, a past date, and a capacity out of range', () => {
    const result = readSessionForm(form({ date: '2026-11-23', startTime: '16:00', endTime: '14:00', capacity: '0' }), 'da', options);
    expect(!result.ok && result.errors).toEqual({
      date: 'Datoen er overstået. Vælg i dag eller en senere dato.',
      endTime: 'Mødet skal slutte senere, end det begynder.',
      capacity: 'Skriv et antal pladser fra 1 til 500.',
    });
    // Editing a session whose date has passed keeps that date.
    expect(readSessionForm(form({ date: '2026-11-23' }), 'da', { ...options, keepDate: '2026-11-23' }).ok).toBe(true);
  });

  it('refuses topics, hosts and districts that are not in the lists', () => {
    const result = readSessionForm(form({ districtId: ADM }, { termIds: [ADM], hostAdministrationIds: [ASSOC], hostAssociationIds: [ADM] }), 'da', options);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['districtId', 'hostAdministrationIds', 'hostAssociationIds', 'termIds']);
  });

  it('asks for the repeat choices that are missing', () => {
    const weekly = readSessionForm(form({ repeat: 'weekly', until: '' }), 'da', options);
    expect(!weekly.ok && weekly.errors).toEqual({ weekdays: 'Vælg mindst én ugedag.', until: 'Skriv den sidste dato som 1.12.2026.' });
    const monthly = readSessionForm(form({ repeat: 'monthly', until: '2027-01-31' }), 'da', options);
    expect(!monthly.ok && monthly.errors).toEqual({ monthWeek: 'Vælg, hvilken i måneden mødet er.', monthDay: 'Vælg en ugedag.' });
    const crafted = readSessionForm(form({ repeat: 'daily' }), 'da', options);
    expect(!crafted.ok && crafted.errors).toEqual({ repeat: 'Vælg, om mødet skal gentages.' });
  });

  it('keeps a repeat within a year after the first date, and the last date after the first', () => {
    const tooLong = readSessionForm(form({ repeat: 'weekly', until: '2027-12-02' }, { weekdays: ['TU'] }), 'da', options);
    expect(!tooLong.ok && tooLong.errors).toEqual({ until: 'Gentag højst et år frem fra det første møde.' });
    const before = readSessionForm(form({ repeat: 'weekly', until: '2026-12-01' }, { weekdays: ['TU'] }), 'da', options);
    expect(!before.ok && before.errors).toEqual({ until: 'Den sidste dato skal være efter det første møde.' });
  });

  it('refuses more than 53 sessions, with the count, beside the last date', () => {
    const result = readSessionForm(form({ repeat: 'weekly', until: '2027-06-01' }, { weekdays: ['MO', 'WE', 'FR'] }), 'da', options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.until).toMatch(/53/);
  });

  it('writes its messages in English on English pages', () => {
    const result = readSessionForm(form({ topic: '', startTime: '25:00' }), 'en', options);
    expect(!result.ok && result.errors).toEqual({ topic: 'Write the topic of the session, at least 3 characters.', startTime: 'Write a time like 16:00.' });
  });
});

describe('"Vis datoer"', () => {
  it('shows the dates without asking for the rest of the form', () => {
    const preview = previewDates(form({ topic: '', repeat: 'monthly', monthWeek: '1', monthDay: 'TU', until: '2027-02-28' }), 'da', options);
    expect(preview.errors).toEqual({});
    expect(whenOf(preview.dates)).toHaveLength(3);
  });

  it('shows only the errors of the dates and times', () => {
    const preview = previewDates(form({ topic: '', repeat: 'weekly', until: '2027-01-01' }), 'da', options);
    expect(preview).toEqual({ dates: [], errors: { weekdays: 'Vælg mindst én ugedag.' } });
  });
});
