import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { grants } from '../../db/schema';
import {
  createGrant,
  deleteGrant,
  findGrant,
  GrantConflict,
  GrantForbidden,
  grantFormOptions,
  grantSchema,
  GrantNotFound,
  listGrants,
  UnknownAssociation,
  updateGrant,
} from '../../src/lib/grants';
import { parseForm } from '../../src/lib/forms/validate';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';
import { createAdministration, createAssociation } from '../support/fixtures';

/* Recording § 18 grants against a real database: who may, what is checked, and "changed meanwhile". */
const t = useTestDatabase();
let sof: string;
let kff: string;
let association: { id: string };
let other: { id: string };
type Actor = { id: string; role: 'admin' | 'coordinator' | 'staff' | 'member'; administrationId: string | null };
const actors = new Map<string, Actor>();
let admin: Actor;
const coordinatorOf = (administrationId: string) => actors.get(`coordinator:${administrationId}`)!;
const staffOf = (administrationId: string) => actors.get(`staff:${administrationId}`)!;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/** A parsed grant form (as the page would have it). */
function input(over: Record<string, string> = {}) {
  const parsed = parseForm(form({ associationId: association.id, administrationId: sof, year: '2025', amount: '12.500', purpose: 'Besøgsvenner i Valby', ...over }), grantSchema('da'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

beforeAll(async () => {
  sof = (await createAdministration(t.db, { nameDa: 'Socialforvaltningen' })).id;
  kff = (await createAdministration(t.db, { nameDa: 'Kultur- og Fritidsforvaltningen' })).id;
  association = await createAssociation(t.db, { name: 'Valby Besøgstjeneste', administrationId: sof });
  other = await createAssociation(t.db, { name: 'Arkiveret Forening', administrationId: kff, status: 'archived' });
  admin = await createUser(t.db, { role: 'admin' });
  for (const administrationId of [sof, kff]) {
    for (const role of ['coordinator', 'staff'] as const) actors.set(`${role}:${administrationId}`, await createUser(t.db, { role, administrationId }));
  }
});

describe('the grant form', () => {
  it('reads the amount in kroner into øre and trims the purpose', () => {
    expect(input({ amount: '12500,50', purpose: '  Sorggruppe  ' })).toMatchObject({ amount: 1_250_050, purpose: 'Sorggruppe', year: 2025 });
  });

  it('says what is wrong beside each field, in Danish', () => {
    const parsed = parseForm(form({ associationId: '', administrationId: sof, year: '1999', amount: '12,500', purpose: ' ' }), grantSchema('da'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      associationId: 'Vælg den forening, der har fået tilskuddet.',
      year: 'Skriv et år mellem 2000 og 2100, fx 2025.',
      amount: 'Skriv højst to cifre efter kommaet, fx 12500,50.',
      purpose: 'Skriv, hvad tilskuddet er til.',
    });
    expect(parsed.values.amount).toBe('12,500');
  });

  it('refuses a purpose over 500 characters and a missing amount, in English too', () => {
    const parsed = parseForm(form({ associationId: association.id, administrationId: sof, year: '2025', amount: '', purpose: 'x'.repeat(501) }), grantSchema('en'));
    expect(parsed.ok ? {} : parsed.errors).toEqual({ amount: 'Type the amount in kroner, for example 12.500.', purpose: 'The purpose can be at most 500 characters.' });
  });
});

describe('recording grants', () => {
  it('lets a coordinator record a grant for their own administration, listed by year', async () => {
    const made = await createGrant(t.db, input(), coordinatorOf(sof));
    expect(made.year).toBe(2025);
    const listed = await listGrants(t.db, { year: 2025, administrationId: sof });
    expect(listed.map((g) => [g.associationName, g.amountOre, g.purpose, g.administrationId])).toEqual([['Valby Besøgstjeneste', 1_250_000, 'Besøgsvenner i Valby', sof]]);
    expect(await listGrants(t.db, { year: 2024, administrationId: sof })).toEqual([]);
    expect(await listGrants(t.db, { year: 2025, administrationId: kff })).toEqual([]);
  });

  it("refuses a coordinator another administration's grants, and staff any", async () => {
    await expect(createGrant(t.db, input({ administrationId: kff }), coordinatorOf(sof))).rejects.toBeInstanceOf(GrantForbidden);
    await expect(createGrant(t.db, input(), staffOf(sof))).rejects.toBeInstanceOf(GrantForbidden);
  });

  it('lets the admin record for any administration, also to an archived association', async () => {
    const made = await createGrant(t.db, input({ administrationId: kff, associationId: other.id, year: '2019', amount: '1.000' }), admin);
    expect((await findGrant(t.db, made.id))?.amountOre).toBe(100_000);
  });

  it('refuses an association that does not exist, naming the field', async () => {
    const error = await createGrant(t.db, input({ associationId: crypto.randomUUID() }), coordinatorOf(sof)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownAssociation);
    expect((error as UnknownAssociation).field).toBe('associationId');
  });
});

describe('changing and deleting grants', () => {
  it('changes a grant opened at its current version', async () => {
    const { id } = await createGrant(t.db, input({ purpose: 'Indkøbstur' }), coordinatorOf(sof));
    const opened = (await findGrant(t.db, id))!;
    await updateGrant(t.db, id, opened.version, input({ purpose: 'Indkøbsbus', amount: '7.250,50' }), coordinatorOf(sof));
    const changed = (await findGrant(t.db, id))!;
    expect([changed.purpose, changed.amountOre]).toEqual(['Indkøbsbus', 725_050]);
    expect(changed.version).not.toBe(opened.version);
  });

  it('does not overwrite a change someone else made meanwhile', async () => {
    const { id } = await createGrant(t.db, input({ purpose: 'Sorggruppe' }), coordinatorOf(sof));
    const opened = (await findGrant(t.db, id))!;
    await updateGrant(t.db, id, opened.version, input({ purpose: 'Sorggruppe for unge' }), admin);
    await expect(updateGrant(t.db, id, opened.version, input({ purpose: 'Sorggruppe for ældre' }), coordinatorOf(sof))).rejects.toBeInstanceOf(GrantConflict);
    expect((await findGrant(t.db, id))?.purpose).toBe('Sorggruppe for unge');
  });

  it('does not let a coordinator change, move or delete grants of another administration', async () => {
    const { id } = await createGrant(t.db, input({ administrationId: kff, purpose: 'Kulturnat' }), admin);
    const grant = (await findGrant(t.db, id))!;
    await expect(updateGrant(t.db, id, grant.version, input({ administrationId: kff }), coordinatorOf(sof))).rejects.toBeInstanceOf(GrantForbidden);
    await expect(deleteGrant(t.db, id, coordinatorOf(sof))).rejects.toBeInstanceOf(GrantForbidden);
    const own = await createGrant(t.db, input({ purpose: 'Egen' }), coordinatorOf(sof));
    const ownGrant = (await findGrant(t.db, own.id))!;
    await expect(updateGrant(t.db, own.id, ownGrant.version, input({ administrationId: kff }), coordinatorOf(sof))).rejects.toBeInstanceOf(GrantForbidden);
    expect((await findGrant(t.db, own.id))?.administrationId).toBe(sof);
  });

  it('deletes a grant, and says so when it is already gone', async () => {
    const { id } = await createGrant(t.db, input({ purpose: 'Fejlregistrering' }), coordinatorOf(sof));
    expect(await deleteGrant(t.db, id, coordinatorOf(sof))).toEqual({ year: 2025 });
    expect(await t.db.select().from(grants).where(eq(grants.id, id))).toEqual([]);
    await expect(deleteGrant(t.db, id, coordinatorOf(sof))).rejects.toBeInstanceOf(GrantNotFound);
    await expect(updateGrant(t.db, id, '1', input(), coordinatorOf(sof))).rejects.toBeInstanceOf(GrantNotFound);
  });
});

describe('the choices of the form', () => {
  it('offers associations not archived by name, plus the one an edited grant already has', async () => {
    expect((await grantFormOptions(t.db)).associations.map((a) => a.name)).toEqual(['Valby Besøgstjeneste']);
    expect((await grantFormOptions(t.db, other.id)).associations.map((a) => a.name)).toEqual(['Arkiveret Forening', 'Valby Besøgstjeneste']);
    expect((await grantFormOptions(t.db)).administrations.map((a) => a.label.da)).toEqual(['Kultur- og Fritidsforvaltningen', 'Socialforvaltningen']);
  });
});
