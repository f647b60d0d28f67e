import { describe, expect, it } from 'vitest';
import type { PlaceValue } from '../values';
import { type ActivityFormContext, activityFormState, newActivityFormState, parseActivityForm } from './activity';
import { MUNICIPALITY_CENTRE } from './places';
import { formDataOf } from './read';

const VALBY = { id: '11111111-1111-4111-8111-111111111111', name: 'Valby', postalCodes: ['2500'], latitude: 55.66, longitude: 12.5 };
const TERM = '33333333-3333-4333-8333-333333333333';
const HALL: PlaceValue = {
  id: '44444444-4444-4444-8444-444444444444',
  name: 'Foreningens lokale',
  address: 'Valby Langgade 1',
  postalCode: '2500',
  city: 'Valby',
  districtId: VALBY.id,
  latitude: 55.661,
  longitude: 12.51,
  wheelchairAccessible: true,
  accessibilityNote: null,
};
const CAFE: PlaceValue = { ...HALL, id: '55555555-5555-4555-8555-555555555555', name: 'Caféen', address: 'Toftegårds Allé 2' };
const context: ActivityFormContext = { districts: [VALBY], termIds: [TERM], ownPlaces: [HALL, CAFE] };

/** A form as the browser sends it: repeated names for ticked checkboxes. */
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  data.set('_csrf', 'token');
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const valid: Record<string, string | string[]> = {
  kind: 'offer',
  name: 'Strikkecafé',
  summary: 'Vi strikker og drikker kaffe.',
  summaryEn: 'We knit and drink coffee.',
  description: '',
  howToJoin: 'Mød bare op.',
  eligibility: '',
  isFree: 'false',
  price: '25,50',
  costDescription: 'pr. gang',
  languages: ['da', 'en'],
  minimumAge: '18',
  maximumAge: '',
  takesReferrals: 'true',
  email: '',
  website: '',
  termIds: [TERM],
  'places.0.id': HALL.id!,
  'places.0.name': HALL.name,
  'places.0.address': HALL.address,
  'places.0.postalCode': '2500',
  'places.0.city': 'Valby',
  'places.0.districtId': VALBY.id,
  'places.0.latitude': '55,661',
  'places.0.longitude': '12.51',
  'places.0.wheelchairAccessible': 'true',
  'places.0.accessibilityNote': '',
  'places.1.name': 'Biblioteket',
  'places.1.address': 'Valby Langgade 50',
  'places.1.postalCode': '2500',
  'places.1.city': 'Valby',
  'places.1.districtId': '',
  'places.1.latitude': '',
  'places.1.longitude': '',
  'places.1.accessibilityNote': 'Elevator',
  'schedules.0.freq': 'WEEKLY',
  'schedules.0.interval': '2',
  'schedules.0.byday': ['TH', 'MO'],
  'schedules.0.opensAt': '9.30',
  'schedules.0.closesAt': '11:30',
  'schedules.0.validFrom': '',
  'schedules.0.validTo': '',
  'schedules.0.note': '',
  'schedules.1.freq': 'WEEKLY',
  'schedules.1.interval': '1',
  'schedules.1.opensAt': '',
  'schedules.1.closesAt': '',
  'contacts.0.name': 'Strikkeholdet',
  'contacts.0.phone': '12345678',
  'contacts.0.visibility': 'public',
};

describe('the activity form', () => {
  it('turns a valid form into exactly the values to save', () => {
    const result = parseActivityForm(form(valid), 'da', context);
    expect(result).toEqual({
      ok: true,
      data: {
        kind: 'offer',
        name: 'Strikkecafé',
        summary: 'Vi strikker og drikker kaffe.',
        summaryEn: 'We knit and drink coffee.',
        description: '',
        howToJoin: 'Mød bare op.',
        eligibility: null,
        isFree: false,
        priceOre: 2550,
        costDescription: 'pr. gang',
        languages: ['da', 'en'],
        minimumAge: 18,
        maximumAge: null,
        takesReferrals: true,
        email: null,
        website: null,
        termIds: [TERM],
        places: [
          { ...HALL, accessibilityNote: null },
          {
            name: 'Biblioteket',
            address: 'Valby Langgade 50',
            postalCode: '2500',
            city: 'Valby',
            // No district and no point given: both from the postal code.
            districtId: VALBY.id,
            latitude: VALBY.latitude,
            longitude: VALBY.longitude,
            wheelchairAccessible: false,
            accessibilityNote: 'Elevator',
          },
        ],
        schedules: [
          {
            freq: 'WEEKLY',
            interval: 2,
            byday: ['MO', 'TH'],
            opensAt: '09:30',
            closesAt: '11:30',
            validFrom: null,
            validTo: null,
            note: null,
          },
        ],
        contacts: [{ name: 'Strikkeholdet', title: null, email: null, phone: '12345678', visibility: 'public' }],
      },
    });
  });

  it('stores whole kroner and kroner with øre as øre', () => {
    for (const [typed, ore] of [
      ['25', 2500],
      ['25,50', 2550],
      ['25.5', 2550],
      ['1.250', 125000],
      ['40 kr.', 4000],
    ] as const) {
      const result = parseActivityForm(form({ ...valid, price: typed }), 'da', context);
      expect(result.ok && result.data.priceOre, typed).toBe(ore);
    }
  });

  it('ignores a price left in the box of a free activity', () => {
    const result = parseActivityForm(form({ ...valid, isFree: 'true', price: 'gammel pris' }), 'da', context);
    expect(result.ok && result.data).toMatchObject({ isFree: true, priceOre: null });
  });

  it('asks for a price when the activity costs money', () => {
    const errors = errorsOf({ price: '' });
    expect(errors.price).toBe('Skriv prisen i kroner, eller vælg ”Gratis”.');
    expect(errorsOf({ price: '25 kroner og 50 øre' }).price).toBe('Skriv prisen i kroner, fx 25 eller 25,50.');
  });

  it('refuses a schedule that closes before it opens, unless it ends after midnight', () => {
    expect(errorsOf({ 'schedules.0.opensAt': '14:00', 'schedules.0.closesAt': '12:00' })['schedules.0.closesAt']).toBe(
      'Sluttidspunktet skal være efter starttidspunktet. Slutter det efter midnat, så sæt kryds i ”Slutter efter midnat”.',
    );
    const night = parseActivityForm(
      form({ ...valid, 'schedules.0.opensAt': '20', 'schedules.0.closesAt': '09:00', 'schedules.0.overnight': 'true' }),
      'da',
      context,
    );
    expect(night.ok && night.data.schedules[0]).toMatchObject({ opensAt: '20:00', closesAt: '09:00' });
  });

  it('puts every bad input’s Danish message on its own field, all at once', () => {
    const errors = errorsOf({
      kind: '',
      summary: ' ',
      languages: [],
      minimumAge: '70',
      maximumAge: '12',
      'places.1.postalCode': '250',
      'places.1.latitude': '55,7',
      'schedules.0.byday': [],
      'schedules.0.opensAt': '25:00',
      'schedules.0.validFrom': '2026-06-01',
      'schedules.0.validTo': '2026-05-01',
      'contacts.0.phone': '',
    });
    expect(errors).toEqual({
      kind: 'Vælg, om det er et tilbud til borgere eller en frivilligopgave.',
      summary: 'Udfyld feltet ”Kort beskrivelse”.',
      languages: 'Vælg mindst ét sprog.',
      maximumAge: 'Den højeste alder må ikke være lavere end den laveste.',
      'places.1.postalCode': 'Postnummeret skal være 4 cifre, fx 1620.',
      'places.1.longitude': 'Udfyld både breddegrad og længdegrad, eller lad dem begge være tomme.',
      'schedules.0.byday': 'Vælg mindst én ugedag.',
      'schedules.0.opensAt': 'Skriv klokkeslættet som timer og minutter, fx 09:30.',
      'schedules.0.validTo': 'Slutdatoen må ikke være før startdatoen.',
      'contacts.0.email': 'Skriv en e-mailadresse eller et telefonnummer, så man kan komme i kontakt.',
    });
  });

  it('asks for weekdays, and for the weeks of a monthly schedule', () => {
    const errors = errorsOf({ 'schedules.0.freq': 'MONTHLY', 'schedules.0.byday': [] });
    expect(errors['schedules.0.byday']).toBe('Vælg mindst én ugedag.');
    expect(errors['schedules.0.weeks']).toBe('Vælg, hvilke uger i måneden det foregår.');
  });

  it('writes a monthly schedule as ordinal weekdays', () => {
    const result = parseActivityForm(
      form({
        ...valid,
        'schedules.0.freq': 'MONTHLY',
        'schedules.0.interval': '1',
        'schedules.0.byday': ['TU'],
        'schedules.0.weeks': ['-1', '1'],
      }),
      'da',
      context,
    );
    expect(result.ok && result.data.schedules[0]?.byday).toEqual(['1TU', '-1TU']);
  });

  it('leaves out removed rows and new rows nobody filled in, and keeps new rows without an id', () => {
    const result = parseActivityForm(
      form({ ...valid, 'places.0.remove': 'true', 'schedules.0.remove': 'true', 'contacts.1.name': '', 'contacts.1.visibility': 'public' }),
      'da',
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.places.map((p) => p.name)).toEqual(['Biblioteket']);
    expect(result.data.places[0]).not.toHaveProperty('id');
    expect(result.data.schedules).toEqual([]);
    expect(result.data.contacts).toHaveLength(1);
    expect(result.data.contacts[0]).not.toHaveProperty('id');
  });

  it('adds the association’s other places that were ticked, once each', () => {
    const result = parseActivityForm(form({ ...valid, addPlaceIds: [CAFE.id!, HALL.id!] }), 'da', context);
    expect(result.ok && result.data.places.map((p) => p.name)).toEqual(['Foreningens lokale', 'Biblioteket', 'Caféen']);
  });

  it('refuses places and terms that are not the association’s or the taxonomy’s', () => {
    const errors = errorsOf({
      'places.0.id': '66666666-6666-4666-8666-666666666666',
      addPlaceIds: ['77777777-7777-4777-8777-777777777777'],
      termIds: ['noget-andet'],
    });
    expect(errors['places.0.name']).toBe('Stedet findes ikke længere hos foreningen. Genindlæs siden, og vælg igen.');
    expect(errors.addPlaceIds).toBe('Stedet findes ikke længere hos foreningen. Genindlæs siden, og vælg igen.');
    expect(errors.termIds).toBe('Vælg en af mulighederne på listen.');
  });

  it('puts a point outside the municipality’s districts in the municipality centre', () => {
    const result = parseActivityForm(
      form({ ...valid, 'places.1.postalCode': '8000', 'places.1.city': 'Aarhus', 'places.1.latitude': '', 'places.1.longitude': '' }),
      'da',
      context,
    );
    expect(result.ok && result.data.places[1]).toMatchObject({ districtId: null, ...MUNICIPALITY_CENTRE });
  });

  it('shows stored values in the form and reads them back unchanged', () => {
    const first = parseActivityForm(form(valid), 'da', context);
    if (!first.ok) throw new Error('the valid form was refused');
    const state = activityFormState(first.data);
    expect(state.price).toBe('25,50');
    const again = parseActivityForm(formDataOf(state), 'da', context);
    expect(again).toEqual(first);
  });

  it('starts a new activity free, in Danish, with no kind chosen', () => {
    expect(newActivityFormState()).toMatchObject({ kind: '', isFree: 'true', languages: ['da'] });
  });
});

function errorsOf(changes: Record<string, string | string[]>): Record<string, string> {
  const result = parseActivityForm(form({ ...valid, ...changes }), 'da', context);
  if (result.ok) throw new Error('expected the form to be refused');
  return result.errors;
}
