import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { referralAccessLog, referralEvents, referrals } from '../../db/schema';
import { citizenStatus, CprRefused, createReferral, getReferral, InvalidReferral, transitionReferral } from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';
import { CITIZEN, createReferralWorld, newReferral, toActivity } from './referral-core-fixtures';

const t = useTestDatabase();

describe('referral personal data', () => {
  it('stores the citizen’s details and comments only encrypted', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);
    await transitionReferral(t.db, { referralId: id, action: 'receive', comment: CITIZEN.comment }, w.staffB);
    const raw = await t.db.execute(sql`select r::text as row from referrals r where id = ${id}`);
    const rawEvents = await t.db.execute(sql`select e::text as row from referral_events e where referral_id = ${id}`);
    const dump = [...raw, ...rawEvents].map((r) => String(r.row)).join('\n');
    for (const secret of [CITIZEN.name, 'Testesen', CITIZEN.email, '12345678', '12 34 56 78', CITIZEN.needs, CITIZEN.note, CITIZEN.comment, 'Formiddag']) {
      expect(dump).not.toContain(secret);
    }
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row!.personal).toMatch(/^v1\./);
    expect(row!.emailIndex).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.phoneIndex).toMatch(/^[0-9a-f]{64}$/);
    const [event] = await t.db.select().from(referralEvents).where(eq(referralEvents.toStatus, 'received'));
    expect(event!.comment).toMatch(/^v1\./);
  });

  it('shows the details to those allowed, and logs every read', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);
    const detail = (await getReferral(t.db, id, w.staffB, 'view'))!;
    expect(detail.citizen).toMatchObject({ name: CITIZEN.name, email: CITIZEN.email, needs: CITIZEN.needs, preferredContact: 'phone' });
    expect(detail.consent).toMatchObject({ method: 'oral', scope: 'Socialforvaltningen og foreningen' });
    expect(detail.noteToReceiver).toBe(CITIZEN.note);
    await getReferral(t.db, id, w.staffA, 'print');
    await getReferral(t.db, id, w.memberDirect, 'pdf');
    expect(await getReferral(t.db, id, w.staffC, 'view')).toBeNull();
    const log = await t.db.select().from(referralAccessLog).where(eq(referralAccessLog.referralId, id)).orderBy(referralAccessLog.id);
    expect(log.map((l) => [l.action, l.userId, l.administrationId, l.associationId])).toEqual([
      ['view', w.staffB.user.id, w.b.id, null],
      ['print', w.staffA.user.id, w.a.id, null],
      ['pdf', w.memberDirect.user.id, null, w.direct.id],
    ]);
  });

  it('refuses CPR numbers in any field, with the field named', async () => {
    const w = await createReferralWorld(t.db);
    const base = newReferral(toActivity(w.grief.id));
    const attempts = [
      { ...base, citizen: { ...base.citizen, needs: 'Hun har cpr 010190-1234 og har brug for hjælp' } },
      { ...base, citizen: { ...base.citizen, name: 'Åge 0101901234' } },
      { ...base, noteToReceiver: 'cpr 311299 1234' },
      { ...base, consent: { ...base.consent, scope: 'Alle (010190-1234)' } },
    ];
    const fields = [];
    for (const input of attempts) {
      const error = await createReferral(t.db, input, w.staffA).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CprRefused);
      fields.push((error as CprRefused).field);
    }
    expect(fields).toEqual(['citizen.needs', 'citizen.name', 'noteToReceiver', 'consent.scope']);
  });

  it('refuses a referral without name, reachable contact, needs or consent', async () => {
    const w = await createReferralWorld(t.db);
    const base = newReferral(toActivity(w.grief.id));
    const problem = (input: typeof base) => createReferral(t.db, input, w.staffA).catch((e: unknown) => e instanceof InvalidReferral && `${e.field}:${e.problem}`);
    expect(await problem({ ...base, citizen: { ...base.citizen, name: '  ' } })).toBe('citizen.name:required');
    expect(await problem({ ...base, citizen: { ...base.citizen, phone: null } })).toBe('citizen.phone:preferredMissing');
    expect(await problem({ ...base, citizen: { ...base.citizen, needs: 'x'.repeat(2001) } })).toBe('citizen.needs:tooLong');
    expect(await problem({ ...base, consent: { ...base.consent, scope: '' } })).toBe('consent.scope:required');
    expect(await problem({ ...base, termIds: [crypto.randomUUID()] })).toBe('termIds:unknownTerm');
  });

  it('tells a citizen the status only with the right code and e-mail', async () => {
    const w = await createReferralWorld(t.db);
    const { reference } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), { kind: 'citizen' });
    const status = await citizenStatus(t.db, reference.toLowerCase().replaceAll('-', ' '), ' AAGE.testesen@example.dk ');
    expect(status).toMatchObject({ reference, status: 'sent', receiverName: w.direct.name, activityName: w.visiting.name });
    expect(Object.keys(status!).sort()).toEqual(['activityName', 'receiverName', 'reference', 'status', 'updatedAt']);
    expect(await citizenStatus(t.db, reference, 'someone.else@example.dk')).toBeNull();
    expect(await citizenStatus(t.db, 'ZZZ-ZZZ-ZZZ', CITIZEN.email)).toBeNull();
    expect(await citizenStatus(t.db, 'not a code', CITIZEN.email)).toBeNull();
  });
});
