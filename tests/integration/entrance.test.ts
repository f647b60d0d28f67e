import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mails, referrals, routingRules, taxonomyTerms } from '../../db/schema';
import {
  checkFormToken,
  choiceIds,
  ENTRANCE_LIMIT,
  ENTRANCE_WINDOW_SECONDS,
  entranceRateKey,
  entranceSchema,
  filledHoneypot,
  issueFormToken,
  loadEntranceChoices,
  lookUpStatus,
  readReceipt,
  receiptQuery,
  STATUS_LIMIT,
  STATUS_WINDOW_SECONDS,
  statusRateKey,
  statusSchema,
  submitEntrance,
} from '../../src/lib/entrance';
import { parseForm } from '../../src/lib/forms/validate';
import { transitionReferral } from '../../src/lib/referral';
import { hitRateLimit } from '../../src/lib/security/rate-limit';
import { createAdministration, createDistrict } from '../support/fixtures';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const URL_ = new URL('https://indgang.example.dk/indgang');

let world: Awaited<ReturnType<typeof setting>>;

/** The fallback receivers by their slugs, a third administration with a routing rule, two categories and a district. */
async function setting() {
  const sof = await createAdministration(t.db, { slug: 'socialforvaltningen', nameDa: 'Socialforvaltningen', nameEn: 'Social Services' });
  const kff = await createAdministration(t.db, { slug: 'kultur-og-fritidsforvaltningen', nameDa: 'Kultur- og Fritidsforvaltningen' });
  const suf = await createAdministration(t.db, { slug: 'sundheds-og-omsorgsforvaltningen', nameDa: 'Sundheds- og Omsorgsforvaltningen' });
  const [visits, culture] = await t.db
    .insert(taxonomyTerms)
    .values([
      { taxonomy: 'category', slug: 'besoeg', nameDa: 'Besøg og ledsagelse', nameEn: 'Visiting' },
      { taxonomy: 'category', slug: 'kultur', nameDa: 'Kultur og fritid', nameEn: 'Culture' },
    ])
    .returning();
  await t.db.insert(routingRules).values({ termId: visits!.id, administrationId: suf.id });
  const district = await createDistrict(t.db, { slug: 'valby', name: 'Valby' });
  return { sof, kff, suf, visits: visits!, culture: culture!, district };
}

beforeAll(async () => {
  world = await setting();
});

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) data.append(k, value);
  return data;
};

const answers = (over: Record<string, string | string[]> = {}) => ({
  purpose: 'help',
  terms: [] as string[],
  district: 'valby',
  forWhom: 'self',
  name: 'Bodil Borgersen',
  phone: '87 65 43 21',
  email: 'bodil.borgersen@example.dk',
  preferredContact: 'phone',
  goodTimes: 'Eftermiddag',
  needs: 'Jeg vil gerne have en at gå tur med',
  consent: 'ja',
  ...over,
});

async function parse(over: Record<string, string | string[]> = {}, locale: 'da' | 'en' = 'da') {
  const choices = await loadEntranceChoices(t.db);
  return { choices, parsed: parseForm(form(answers(over)), entranceSchema(locale, choiceIds(choices)), ['terms']) };
}

async function send(over: Record<string, string | string[]> = {}, nonce = `nonce-${Math.random()}`) {
  const { choices, parsed } = await parse(over);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return submitEntrance(t.db, parsed.data, { locale: 'da', formNonce: nonce, choices, requestUrl: URL_ });
}

describe('the guided form', () => {
  it('asks for consent, a way to reach the citizen, and the relation when it is for someone else', async () => {
    const { parsed } = await parse({ consent: '', phone: '', email: '', forWhom: 'other' });
    expect(!parsed.ok && parsed.errors).toMatchObject({
      consent: expect.stringContaining('flueben'),
      phone: 'Skriv dit telefonnummer eller din e-mail, så vi kan kontakte dig.',
      relation: 'Skriv, hvad du er for den anden, fx datter eller nabo.',
    });
    const email = await parse({ preferredContact: 'email', email: '' }, 'en');
    expect(!email.parsed.ok && email.parsed.errors.email).toBe('You would like an email. Write your email.');
  });

  it('refuses a CPR number in any free text, and explains', async () => {
    const { parsed } = await parse({ needs: 'Mit cpr er 0101901234', goodTimes: '1501-851234' });
    expect(!parsed.ok && parsed.errors.needs).toBe('Det ligner et CPR-nummer. Vi har ikke brug for det. Fjern det, og prøv igen.');
    const phone = await parse({ needs: 'Ring på +45 12 34 56 78' });
    expect(phone.parsed.ok).toBe(true);
  });

  it('accepts only the categories and districts it offers', async () => {
    const { parsed } = await parse({ terms: ['00000000-0000-4000-8000-000000000000'], district: 'atlantis' });
    expect(!parsed.ok && Object.keys(parsed.errors).sort()).toEqual(['district', 'terms']);
  });
});

describe('a citizen request', () => {
  it('is routed by its categories through the routing table', async () => {
    const result = await send({ terms: [world.visits.id] });
    expect(result.receiver.id).toBe(world.suf.id);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.reference, result.reference));
    expect(row).toMatchObject({ source: 'citizen', purpose: 'help', receiverAdministrationId: world.suf.id, senderAdministrationId: null, termIds: [world.visits.id] });
  });

  it('goes to the Social administration for help and to Culture and Leisure for volunteers when no rule fits', async () => {
    expect((await send({ terms: [world.culture.id] })).receiver.id).toBe(world.sof.id);
    expect((await send({ purpose: 'volunteer', terms: [] })).receiver.id).toBe(world.kff.id);
    // The routing table wins for volunteers too.
    expect((await send({ purpose: 'volunteer', terms: [world.visits.id] })).receiver.id).toBe(world.suf.id);
  });

  it('makes one referral and one receipt mail, holding nothing but the code, when the same form is sent twice', async () => {
    const first = await send({ email: 'dobbelt@example.dk' }, 'same-form');
    const again = await send({ email: 'dobbelt@example.dk' }, 'same-form');
    expect(again).toMatchObject({ reference: first.reference, created: false });
    const sentMails = await t.db.select().from(mails).where(eq(mails.to, 'dobbelt@example.dk'));
    expect(sentMails).toHaveLength(1);
    expect(sentMails[0]!.subject).toContain(first.reference);
    expect(sentMails[0]!.body).toContain('https://indgang.example.dk/indgang/status');
    for (const secret of ['Bodil', '87 65 43 21', 'gå tur', 'Valby']) expect(sentMails[0]!.body).not.toContain(secret);
  });

  it('sends no receipt when the citizen gave no e-mail', async () => {
    const result = await send({ email: '', preferredContact: 'phone' });
    expect(result.mailed).toBe(false);
  });
});

describe('spam protection', () => {
  it('refuses a form sent under 3 seconds after it was shown, or more than 2 hours after', () => {
    const shown = new Date('2026-03-02T10:00:00Z');
    const token = issueFormToken(shown);
    expect(checkFormToken(token, new Date(shown.getTime() + 1_000))).toEqual({ ok: false, problem: 'too_fast' });
    expect(checkFormToken(token, new Date(shown.getTime() + 5_000))).toMatchObject({ ok: true });
    expect(checkFormToken(token, new Date(shown.getTime() + 2 * 60 * 60 * 1000 + 1_000))).toEqual({ ok: false, problem: 'expired' });
  });

  it('refuses a form token it did not sign, or one changed to look older', () => {
    const token = issueFormToken(new Date(Date.now() - 10_000));
    const [, nonce, signature] = token.split('.');
    const older = `${(Date.now() - 60_000).toString(36)}.${nonce}.${signature}`;
    expect(checkFormToken(older)).toEqual({ ok: false, problem: 'invalid' });
    expect(checkFormToken('nonsense')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkFormToken(undefined)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('knows a robot by its filled-in honeypot', () => {
    expect(filledHoneypot(form({ hjemmeside: 'http://spam.example' }))).toBe(true);
    expect(filledHoneypot(form({ hjemmeside: '' }))).toBe(false);
  });

  it('lets one address send 5 requests an hour and look up status 10 times in 15 minutes', async () => {
    const hits = async (key: string, limit: number, window: number, n: number) => {
      const results = [];
      for (let i = 0; i < n; i += 1) results.push((await hitRateLimit(t.db, key, limit, window)).allowed);
      return results;
    };
    expect(await hits(entranceRateKey('192.0.2.7'), ENTRANCE_LIMIT, ENTRANCE_WINDOW_SECONDS, 6)).toEqual([true, true, true, true, true, false]);
    expect((await hits(statusRateKey('192.0.2.7'), STATUS_LIMIT, STATUS_WINDOW_SECONDS, 11)).at(-1)).toBe(false);
  });

  it('signs the receipt address so that nobody can make up a receipt', () => {
    const query = receiptQuery({ reference: 'K7M-4QX-9TD', administration: 'socialforvaltningen', purpose: 'help', mailed: true });
    expect(readReceipt(new URLSearchParams(query))).toEqual({ reference: 'K7M-4QX-9TD', administration: 'socialforvaltningen', purpose: 'help', mailed: true });
    expect(readReceipt(new URLSearchParams(query.replace('K7M-4QX-9TD', 'K7M-4QX-9TE')))).toBeNull();
    expect(readReceipt(new URLSearchParams('kode=K7M-4QX-9TD&til=socialforvaltningen&hvad=help'))).toBeNull();
  });
});

describe('the status look-up', () => {
  it('tells the citizen the status by code and e-mail, as typed', async () => {
    const result = await send({ email: 'status@example.dk' });
    const query = statusSchema('da').parse({ reference: result.reference.toLowerCase().replaceAll('-', ' '), email: ' Status@Example.dk ' });
    expect(await lookUpStatus(t.db, query)).toMatchObject({ reference: result.reference, status: 'sent', receiverName: 'Socialforvaltningen' });
    const staff = { kind: 'api' as const, tokenId: '00000000-0000-4000-8000-000000000001', administrationId: world.sof.id, name: 'Test' };
    const [row] = await t.db.select().from(referrals).where(eq(referrals.reference, result.reference));
    await transitionReferral(t.db, { referralId: row!.id, action: 'receive' }, staff);
    expect((await lookUpStatus(t.db, query))!.status).toBe('received');
  });

  it('gives the same answer whether the code or the e-mail is wrong', async () => {
    const result = await send({ email: 'rigtig@example.dk' });
    expect(await lookUpStatus(t.db, { reference: result.reference, email: 'forkert@example.dk' })).toBeNull();
    expect(await lookUpStatus(t.db, { reference: 'ZZZ-ZZZ-ZZZ', email: 'rigtig@example.dk' })).toBeNull();
  });

  it('asks for a code of 9 characters', () => {
    const parsed = statusSchema('en').safeParse({ reference: 'K7M', email: 'a@example.dk' });
    expect(parsed.success).toBe(false);
  });
});
