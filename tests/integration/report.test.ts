import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mails, problemReports } from '../../db/schema';
import { findListing } from '../../src/lib/freshness';
import { parseForm } from '../../src/lib/forms/validate';
import { createProblemReport, REPORT_LIMIT, REPORT_WINDOW_SECONDS, reportRateKey, reportSchema, resolveProblemReport } from '../../src/lib/report';
import { hitRateLimit } from '../../src/lib/security/rate-limit';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const URLS = { listing: 'https://indgang.example.dk/aktiviteter/x', dashboard: 'https://indgang.example.dk/forening', reports: 'https://indgang.example.dk/forvaltning/fejlmeldinger' };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** An activity run by one administration's association but the responsibility of another. */
async function setting() {
  const owner = await createAdministration(t.db, { email: 'ejer@example.dk' });
  const responsible = await createAdministration(t.db, { email: 'ansvarlig@example.dk' });
  const association = await createAssociation(t.db, { administrationId: owner.id, email: 'forening-rapport@example.dk' });
  const activity = await createActivity(t.db, association, { administrationId: responsible.id, name: 'Fællesspisning' });
  const member = await createUser(t.db, { role: 'member', associationIds: [association.id] });
  const coordinator = await createUser(t.db, { role: 'coordinator', administrationId: responsible.id });
  const staff = await createUser(t.db, { role: 'staff', administrationId: responsible.id });
  const listing = (await findListing(t.db, 'activity', activity.id))!;
  return { responsible, association, activity, member, coordinator, staff, listing };
}

describe('the report form', () => {
  it('asks for the reason, and for a text when the reason is "other"', () => {
    const none = parseForm(form({ message: '' }), reportSchema('da'));
    expect(none.ok).toBe(false);
    expect(!none.ok && none.errors.reason).toBe('Vælg, hvad der er forkert.');
    const other = parseForm(form({ reason: 'other', message: '  ' }), reportSchema('da'));
    expect(!other.ok && other.errors.message).toBe('Skriv, hvad der er forkert, når du vælger "Andet".');
    const english = parseForm(form({ reason: 'other' }), reportSchema('en'));
    expect(!english.ok && english.errors.message).toBe('Write what is wrong when you choose "Something else".');
  });

  it('refuses more than 2000 characters and an e-mail that is not one', () => {
    const result = parseForm(form({ reason: 'wrong_time', message: 'x'.repeat(2001), email: 'ikke en mail' }), reportSchema('da'));
    expect(!result.ok && result.errors).toEqual({
      message: 'Teksten må højst være 2.000 tegn lang.',
      email: 'Skriv en e-mailadresse som navn@eksempel.dk, eller lad feltet være tomt.',
    });
  });

  it('accepts a reason alone, with the e-mail optional', () => {
    const result = parseForm(form({ reason: 'wrong_phone', message: '', email: '' }), reportSchema('da'));
    expect(result).toEqual({ ok: true, data: { reason: 'wrong_phone', message: '', email: null } });
  });
});

describe('a problem report', () => {
  it('is stored with the responsible administration and mailed to the association and the administration', async () => {
    const s = await setting();
    const report = { reason: 'wrong_time' as const, message: 'Det er torsdag, ikke onsdag.', email: 'borger@example.dk' };

    const { id } = await createProblemReport(t.db, { listing: s.listing, report, urls: URLS });

    const [row] = await t.db.select().from(problemReports).where(eq(problemReports.id, id));
    expect(row).toMatchObject({ administrationId: s.responsible.id, associationId: s.association.id, reason: 'wrong_time', reporterEmail: 'borger@example.dk' });
    const to = async (address: string) => t.db.select().from(mails).where(eq(mails.to, address));
    const [forAssociation] = await to('forening-rapport@example.dk');
    expect(forAssociation!.subject).toBe('En borger har meldt en fejl: Fællesspisning');
    expect(forAssociation!.body).toContain('Det er torsdag, ikke onsdag.');
    // The reader's address is for the administration's answer only.
    expect(forAssociation!.body).not.toContain('borger@example.dk');
    expect(await to(s.member.email)).toHaveLength(1);
    const [forAdministration] = await to('ansvarlig@example.dk');
    expect(forAdministration!.body).toContain('borger@example.dk');
    expect(await to(s.coordinator.email)).toHaveLength(1);
    expect(await to(s.staff.email)).toHaveLength(0);
    expect(await to('ejer@example.dk')).toHaveLength(0);
  });

  it('is closed with a note that is mailed to the reader, and the reader’s e-mail is erased', async () => {
    const s = await setting();
    const { id } = await createProblemReport(t.db, {
      listing: s.listing,
      report: { reason: 'wrong_phone', message: '', email: 'svar-mig@example.dk' },
      urls: URLS,
    });
    const staff = { id: s.staff.id, email: s.staff.email, name: s.staff.name, role: 'staff' as const, administrationId: s.responsible.id, associationIds: [], isDemo: false };

    expect(await resolveProblemReport(t.db, { reportId: id, resolution: 'Nummeret er rettet.', user: staff })).toBe(true);
    expect(await resolveProblemReport(t.db, { reportId: id, resolution: 'Igen.', user: staff })).toBe(false);

    const [row] = await t.db.select().from(problemReports).where(eq(problemReports.id, id));
    expect(row).toMatchObject({ reporterEmail: null, resolution: 'Nummeret er rettet.', resolvedBy: s.staff.id });
    expect(row!.resolvedAt).not.toBeNull();
    const answers = await t.db.select().from(mails).where(eq(mails.to, 'svar-mig@example.dk'));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.body).toContain('Nummeret er rettet.');
  });

  it('is limited per address: the eleventh report within an hour is refused', async () => {
    const key = reportRateKey('198.51.100.7');
    const results = [];
    for (let i = 0; i <= REPORT_LIMIT; i++) results.push(await hitRateLimit(t.db, key, REPORT_LIMIT, REPORT_WINDOW_SECONDS));
    expect(results.slice(0, REPORT_LIMIT).every((r) => r.allowed)).toBe(true);
    expect(results[REPORT_LIMIT]!.allowed).toBe(false);
    expect((await hitRateLimit(t.db, reportRateKey('198.51.100.8'), REPORT_LIMIT, REPORT_WINDOW_SECONDS)).allowed).toBe(true);
  });
});
