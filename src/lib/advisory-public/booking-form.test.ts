import { describe, expect, it } from 'vitest';
import { parseForm } from '../forms/validate';
import { bookingSchema, inBookingOrder } from './booking-form';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe('the booking form', () => {
  it('takes a name, an e-mail and consent, and gives the core the person', () => {
    const result = parseForm(form({ name: ' Gerda Gåtur ', email: 'Gerda@Example.dk', phone: '', note: '', consent: 'ja' }), bookingSchema('da', 'citizens'));
    expect(result).toEqual({
      ok: true,
      data: { person: { name: 'Gerda Gåtur', email: 'gerda@example.dk', phone: null, note: null, organisation: null }, consent: true },
    });
  });

  it('takes a phone number instead of an e-mail', () => {
    const result = parseForm(form({ name: 'Gerda', phone: '20 30 40 50', consent: 'ja' }), bookingSchema('da', 'citizens'));
    expect(result.ok && result.data.person).toMatchObject({ email: null, phone: '20 30 40 50' });
  });

  it('says everything to correct at once, beside each field, in the order of the form', () => {
    const result = parseForm(form({ name: '', email: 'ikke-en-mail', note: 'Mit CPR er 010203-1234' }), bookingSchema('da', 'citizens'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(inBookingOrder(result.errors)).toEqual({
      name: 'Skriv dit navn.',
      email: 'Skriv en e-mail som navn@eksempel.dk, eller lad feltet være tomt.',
      note: 'Det ligner et CPR-nummer. Vi har ikke brug for det. Fjern det, og prøv igen.',
      consent: 'Sæt kryds, hvis vi må gemme dine oplysninger. Ellers kan vi ikke give dig en plads.',
    });
    expect(Object.keys(inBookingOrder({ consent: 'x', phone: 'y', name: 'z' }))).toEqual(['name', 'phone', 'consent']);
  });

  it('asks for a way to reach the person', () => {
    const result = parseForm(form({ name: 'Gerda', consent: 'ja' }), bookingSchema('en', 'citizens'));
    expect(!result.ok && result.errors).toEqual({ email: 'Write your email or your phone number, so that we can let you know.' });
  });

  it('requires the organisation only when the session is for associations, and drops it for citizens', () => {
    const base = { name: 'Gerda', email: 'gerda@example.dk', consent: 'ja', organisation: 'Valby Strik' };
    const forAssociations = parseForm(form({ ...base, organisation: '' }), bookingSchema('da', 'associations'));
    expect(!forAssociations.ok && forAssociations.errors).toEqual({ organisation: 'Skriv navnet på din forening eller organisation.' });
    const both = parseForm(form(base), bookingSchema('da', 'both'));
    expect(both.ok && both.data.person.organisation).toBe('Valby Strik');
    const citizens = parseForm(form(base), bookingSchema('da', 'citizens'));
    expect(citizens.ok && citizens.data.person.organisation).toBeNull();
  });

  it('refuses a phone number too short to call', () => {
    const result = parseForm(form({ name: 'Gerda', phone: '1234', consent: 'ja' }), bookingSchema('da', 'citizens'));
    expect(!result.ok && result.errors.phone).toBe('Skriv et telefonnummer med mindst 8 cifre, eller lad feltet være tomt.');
  });
});
