import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { administrations } from '../../db/schema';
import { AdminError, AdminNotFound, administrationSchema, createAdministration, listAdministrations, updateAdministration } from '../../src/lib/admin';
import { parseForm } from '../../src/lib/forms/validate';
import { useTestDatabase } from '../support/database';
import { createActivity, createAssociation } from '../support/fixtures';
import { createUser } from '../support/accounts';

const t = useTestDatabase();

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const valid = { nameDa: 'Miljøforvaltningen', nameEn: 'Environment', abbreviation: 'MF', email: 'Post@Example.dk', phone: '33 66 33 66', responseTargetDays: '7' };

describe('the administration form', () => {
  it('accepts a complete form, lower-cases the e-mail and turns the days into a number', () => {
    const parsed = parseForm(form(valid), administrationSchema('da'));
    expect(parsed).toEqual({ ok: true, data: { ...valid, email: 'post@example.dk', responseTargetDays: 7 } });
  });

  it('leaves e-mail and phone out when empty', () => {
    const parsed = parseForm(form({ ...valid, email: ' ', phone: '' }), administrationSchema('da'));
    expect(parsed.ok && parsed.data).toMatchObject({ email: null, phone: null });
  });

  it('says in Danish, field by field, what is missing or wrong', () => {
    const parsed = parseForm(form({ nameDa: ' ', nameEn: '', abbreviation: 'FOR-LANG-FORKORTELSE', email: 'post-uden-snabel', phone: 'ring', responseTargetDays: '31' }), administrationSchema('da'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      nameDa: 'Skriv forvaltningens navn på dansk.',
      nameEn: 'Skriv forvaltningens navn på engelsk.',
      abbreviation: 'Skriv højst 10 tegn.',
      email: 'Skriv en gyldig e-mailadresse, fx navn@example.dk.',
      phone: 'Skriv et telefonnummer med mindst 8 cifre, fx 33 66 33 66.',
      responseTargetDays: 'Skriv et helt antal arbejdsdage fra 1 til 30.',
    });
    expect(parsed.values.abbreviation).toBe('FOR-LANG-FORKORTELSE');
  });

  it('refuses response targets outside 1 to 30 working days, in English too', () => {
    for (const days of ['0', '-1', '2.5', 'fem', '']) {
      const parsed = parseForm(form({ ...valid, responseTargetDays: days }), administrationSchema('en'));
      expect(parsed.ok ? null : parsed.errors.responseTargetDays, days).toBe('Enter a whole number of working days from 1 to 30.');
    }
  });
});

describe('creating and editing administrations', () => {
  it('makes the slug from the Danish name, and numbers it when the name is taken', async () => {
    const first = await createAdministration(t.db, { ...valid, email: null, phone: null, responseTargetDays: 5, abbreviation: 'MF1' });
    const second = await createAdministration(t.db, { ...valid, email: null, phone: null, responseTargetDays: 5, abbreviation: 'MF2' });
    expect(first.slug).toBe('miljoeforvaltningen');
    expect(second.slug).toBe('miljoeforvaltningen-2');
  });

  it('refuses an abbreviation another administration has, whatever its case, and stores nothing', async () => {
    await createAdministration(t.db, { ...valid, nameDa: 'Kulturforvaltningen', email: null, phone: null, responseTargetDays: 5, abbreviation: 'KUF' });
    const attempt = createAdministration(t.db, { ...valid, nameDa: 'Kunstforvaltningen', email: null, phone: null, responseTargetDays: 5, abbreviation: 'kuf' });
    await expect(attempt).rejects.toMatchObject({ messageKey: 'admin.error.abbreviationTaken', field: 'abbreviation', params: { name: 'Kulturforvaltningen' } });
    expect(await t.db.select().from(administrations).where(eq(administrations.nameDa, 'Kunstforvaltningen'))).toEqual([]);
  });

  it('changes names, contact and response target but keeps the slug, so saved links still work', async () => {
    const { id, slug } = await createAdministration(t.db, { ...valid, nameDa: 'Vejforvaltningen', email: null, phone: null, responseTargetDays: 5, abbreviation: 'VEJ' });
    await updateAdministration(t.db, id, { nameDa: 'Trafikforvaltningen', nameEn: 'Traffic', abbreviation: 'VEJ', email: 'trafik@example.dk', phone: null, responseTargetDays: 10 });
    const [row] = await t.db.select().from(administrations).where(eq(administrations.id, id));
    expect(row).toMatchObject({ slug, nameDa: 'Trafikforvaltningen', nameEn: 'Traffic', email: 'trafik@example.dk', responseTargetDays: 10 });
  });

  it('lets an administration keep its own abbreviation when saved again', async () => {
    const { id } = await createAdministration(t.db, { ...valid, nameDa: 'Havneforvaltningen', email: null, phone: null, responseTargetDays: 5, abbreviation: 'HAV' });
    await expect(updateAdministration(t.db, id, { ...valid, nameDa: 'Havneforvaltningen', email: null, phone: null, responseTargetDays: 6, abbreviation: 'HAV' })).resolves.toBeUndefined();
  });

  it('says when the administration to edit does not exist', async () => {
    const attempt = updateAdministration(t.db, '00000000-0000-4000-8000-000000000000', { ...valid, email: null, phone: null, responseTargetDays: 5, abbreviation: 'NIX' });
    await expect(attempt).rejects.toBeInstanceOf(AdminNotFound);
    await expect(attempt).rejects.toBeInstanceOf(AdminError);
  });

  it('lists administrations with their staff, associations and activities counted', async () => {
    const { id } = await createAdministration(t.db, { ...valid, nameDa: 'Ældreforvaltningen', email: null, phone: null, responseTargetDays: 5, abbreviation: 'AEF' });
    await createUser(t.db, { role: 'staff', administrationId: id });
    await createUser(t.db, { role: 'coordinator', administrationId: id });
    const association = await createAssociation(t.db, { administrationId: id });
    await createActivity(t.db, association);
    await createActivity(t.db, association);
    const listed = (await listAdministrations(t.db)).find((a) => a.id === id);
    expect(listed).toMatchObject({ userCount: 2, associationCount: 1, activityCount: 2 });
  });
});
