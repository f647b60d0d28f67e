import { describe, expect, it } from 'vitest';
import { readNewReferral } from './new-referral';

const ACTIVITY = '11111111-1111-4111-8111-111111111111';
const ADMINISTRATION = '22222222-2222-4222-8222-222222222222';
const TERM = '33333333-3333-4333-8333-333333333333';
const NOW = new Date('2026-03-10T10:00:00Z');

/** A complete, valid form as the browser sends it, with `over` changed (null removes a field). */
function form(over: Record<string, string | null> = {}, termIds: string[] = [TERM]): FormData {
  const fields: Record<string, string | null> = {
    _csrf: 'token',
    idempotencyKey: '5b0f3c1e-7d2a-4c55-9a0e-2f9d8c7b6a51',
    name: 'Testborger Hansen',
    phone: '12 34 56 78',
    email: '',
    preferredContact: 'phone',
    goodTimes: 'Formiddag',
    needs: 'Vil gerne have en at snakke med.',
    urgency: 'normal',
    targetKind: 'activity',
    activityId: ACTIVITY,
    administrationId: '',
    consent: 'true',
    consentMethod: 'oral',
    consentDate: '2026-03-10',
    consentScope: 'Socialforvaltningen og Valby Besøgstjeneste',
    note: '',
    ...over,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== null) data.set(key, value);
  for (const id of termIds) data.append('termIds', id);
  return data;
}

const errorsOf = (data: FormData, locale: 'da' | 'en' = 'da') => {
  const result = readNewReferral(data, locale, NOW);
  if (result.ok) throw new Error('expected the form to be refused');
  return result.errors;
};

describe('reading the new-referral form', () => {
  it('turns a valid form into the core input, with the idempotency key passed through', () => {
    const result = readNewReferral(form(), 'da', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toEqual({
      target: { kind: 'activity', activityId: ACTIVITY },
      citizen: { name: 'Testborger Hansen', phone: '12 34 56 78', email: null, preferredContact: 'phone', goodTimes: 'Formiddag', needs: 'Vil gerne have en at snakke med.' },
      // The day of consent starts at midnight in Copenhagen (UTC+1 in March).
      consent: { method: 'oral', givenAt: new Date('2026-03-09T23:00:00Z'), scope: 'Socialforvaltningen og Valby Besøgstjeneste' },
      urgency: 'normal',
      termIds: [TERM],
      noteToReceiver: null,
      purpose: 'help',
      idempotencyKey: '5b0f3c1e-7d2a-4c55-9a0e-2f9d8c7b6a51',
    });
  });

  it('ignores a missing or malformed idempotency key instead of trusting it', () => {
    for (const key of [null, 'kort', 'has spaces in it, sixteen+']) {
      const result = readNewReferral(form({ idempotencyKey: key }), 'da', NOW);
      expect(result.ok && result.input.idempotencyKey).toBeNull();
    }
  });

  it('refers to an administration when that is chosen, and needs one chosen', () => {
    const result = readNewReferral(form({ targetKind: 'administration', activityId: '', administrationId: ADMINISTRATION }), 'da', NOW);
    expect(result.ok && result.input.target).toEqual({ kind: 'administration', administrationId: ADMINISTRATION });
    expect(errorsOf(form({ targetKind: 'administration', activityId: '' })).administrationId).toBe('Vælg den forvaltning, du henviser til.');
    expect(errorsOf(form({ activityId: '' })).activityId).toBe('Vælg den aktivitet, du henviser til.');
    expect(errorsOf(form({ targetKind: null })).targetKind).toMatch(/aktivitet eller til en forvaltning/);
  });

  it('gives each field its own message beside it', () => {
    expect(errorsOf(form({ name: '  ' })).name).toBe('Skriv borgerens navn.');
    expect(errorsOf(form({ needs: '' })).needs).toBe('Skriv kort, hvad borgeren har brug for.');
    expect(errorsOf(form({ phone: '1234' })).phone).toMatch(/mindst 8 cifre/);
    expect(errorsOf(form({ email: 'ikke-en-adresse' })).email).toMatch(/e-mailadresse/);
    expect(errorsOf(form({ urgency: 'straks' })).urgency).toBe('Vælg, hvor meget det haster.');
    expect(errorsOf(form({ preferredContact: null })).preferredContact).toMatch(/helst vil kontaktes/);
    expect(errorsOf(form({ consentMethod: null })).consentMethod).toBe('Vælg, hvordan borgeren gav samtykke.');
    expect(errorsOf(form({ consentScope: '' })).consentScope).toBe('Skriv, hvem oplysningerne må gives videre til.');
    expect(errorsOf(form({ needs: 'x'.repeat(2001) })).needs).toBe('Teksten må højst være 2.000 tegn.');
    expect(errorsOf(form({}, ['not-a-term'])).termIds).toBe('Vælg blandt de viste målgrupper og emner.');
  });

  it('needs a way to reach the citizen, and the preferred way filled in', () => {
    expect(errorsOf(form({ phone: '', email: '' })).phone).toMatch(/telefonnummer eller e-mail/);
    expect(errorsOf(form({ preferredContact: 'email' })).email).toMatch(/helst kontaktes på e-mail/);
    const byMail = readNewReferral(form({ phone: '', email: ' Testborger@Example.dk ', preferredContact: 'email' }), 'da', NOW);
    expect(byMail.ok && byMail.input.citizen).toMatchObject({ phone: null, email: 'testborger@example.dk' });
  });

  it('requires consent, given on a real date that is not in the future', () => {
    expect(errorsOf(form({ consent: null })).consent).toMatch(/^Borgeren skal have givet samtykke/);
    expect(errorsOf(form({ consentDate: '2026-03-11' })).consentDate).toBe('Datoen for samtykket kan ikke ligge i fremtiden.');
    expect(errorsOf(form({ consentDate: '2026-02-30' })).consentDate).toMatch(/^Skriv datoen for samtykket/);
    expect(errorsOf(form({ consentDate: '' })).consentDate).toMatch(/^Skriv datoen for samtykket/);
  });

  it('refuses CPR-like text in every free text, and explains why beside the field', () => {
    for (const field of ['name', 'needs', 'goodTimes', 'note', 'consentScope']) {
      expect(errorsOf(form({ [field]: 'Født 010190-1234' }))[field], field).toMatch(/CPR/);
    }
    expect(errorsOf(form({ phone: '0101901234' })).phone).toMatch(/CPR/);
  });

  it('keeps what was sent, so that the form is shown again as it was', () => {
    const result = readNewReferral(form({ name: '' }), 'da', NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.values.needs).toBe('Vil gerne have en at snakke med.');
    expect(result.values._csrf).toBeUndefined();
    expect(result.termIds).toEqual([TERM]);
  });

  it('speaks English on English pages', () => {
    expect(errorsOf(form({ name: '' }), 'en').name).toBe("Write the citizen's name.");
  });
});
