import { describe, expect, it } from 'vitest';
import { directoryFigures, listPublishedAssociations } from '../../src/lib/directory';
import { useTestDatabase } from '../support/database';
import { createActivity, createAdministration, createAssociation, createDistrict } from '../support/fixtures';

const t = useTestDatabase();

describe('the public association list', () => {
  it('shows published associations in Danish order with district, administration and published activities', async () => {
    const adm = await createAdministration(t.db, { nameDa: 'Socialforvaltningen', nameEn: 'Social Services' });
    const valby = await createDistrict(t.db, { name: 'Valby' });
    const names = ['Østerbro Strik', 'Aarhusgadens Venner', 'Æblehaven', 'Besøgsvennerne', 'Zoneterapeuterne'];
    const created = [];
    for (const name of names) {
      created.push(await createAssociation(t.db, { name, administrationId: adm.id, districtId: valby.id }));
    }
    const strik = created[0]!;
    await createActivity(t.db, strik);
    await createActivity(t.db, strik);
    await createActivity(t.db, strik, { status: 'paused' });
    await createActivity(t.db, strik, { status: 'draft' });
    // Hidden associations are not listed.
    await createAssociation(t.db, { name: 'Kladde', status: 'draft', administrationId: adm.id });
    await createAssociation(t.db, { name: 'Arkiveret', status: 'archived', administrationId: adm.id });
    // A city-wide association without activities is still listed.
    await createAssociation(t.db, { name: 'Hele Byens Forening', administrationId: adm.id });

    const list = await listPublishedAssociations(t.db);
    expect(list.map((a) => a.name)).toEqual([
      'Besøgsvennerne',
      'Hele Byens Forening',
      'Zoneterapeuterne',
      'Æblehaven',
      'Østerbro Strik',
      'Aarhusgadens Venner',
    ]);
    const strikRow = list.find((a) => a.name === 'Østerbro Strik')!;
    expect(strikRow.publishedActivities).toBe(2);
    expect(strikRow.district).toBe('Valby');
    expect(strikRow.administration.name).toEqual({ da: 'Socialforvaltningen', en: 'Social Services' });
    const cityWide = list.find((a) => a.name === 'Hele Byens Forening')!;
    expect(cityWide.district).toBeNull();
    expect(cityWide.publishedActivities).toBe(0);
  });
});

describe('the directory figures', () => {
  it('counts only what the public can see', async () => {
    const before = await directoryFigures(t.db);
    const open = await createAssociation(t.db);
    const hidden = await createAssociation(t.db, { status: 'draft' });
    await createActivity(t.db, open);
    await createActivity(t.db, open, { kind: 'volunteer_role' });
    await createActivity(t.db, open, { status: 'paused' });
    // A published activity of an unpublished association is not public.
    await createActivity(t.db, hidden);

    const after = await directoryFigures(t.db);
    expect(after.associations - before.associations).toBe(1);
    expect(after.activities - before.activities).toBe(2);
    expect(after.administrations - before.administrations).toBe(2);
  });
});
