import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activityTerms, searchOutbox, taxonomyTerms } from '../../db/schema';
import { createTerm, deleteTerm, findTerm, listTerms, newTermSchema, updateTerm } from '../../src/lib/admin';
import { parseForm } from '../../src/lib/forms/validate';
import { useTestDatabase } from '../support/database';
import { createActivity, createAssociation } from '../support/fixtures';

const t = useTestDatabase();
const term = (over: Partial<Parameters<typeof createTerm>[1]> = {}) =>
  ({ taxonomy: 'target_group', nameDa: 'Ældre', nameEn: 'Older people', descriptionDa: null, descriptionEn: null, slug: null, ...over }) as const;

describe('the term form', () => {
  it('asks for both names and the list, and accepts only slug-shaped slugs', () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ nameDa: '', nameEn: '', slug: 'Æble Grød' })) data.append(k, v);
    const parsed = parseForm(data, newTermSchema('da'));
    expect(parsed.ok ? null : parsed.errors).toEqual({
      nameDa: 'Skriv ordet på dansk.',
      nameEn: 'Skriv ordet på engelsk.',
      slug: 'Brug kun små bogstaver a-z, tal og enkelte bindestreger, fx aeldre-og-ensomme.',
      taxonomy: 'Vælg, om ordet er en målgruppe eller en kategori.',
    });
  });
});

describe('taxonomy terms', () => {
  it('get a slug from the Danish name, numbered when taken in the same list', async () => {
    const first = await createTerm(t.db, term({ nameDa: 'Søskende' }));
    const second = await createTerm(t.db, term({ nameDa: 'Søskende' }));
    const category = await createTerm(t.db, term({ nameDa: 'Søskende', taxonomy: 'category' }));
    expect([first.slug, second.slug, category.slug]).toEqual(['soeskende', 'soeskende-2', 'soeskende']);
  });

  it('refuse a typed slug that another term of the same list has', async () => {
    await createTerm(t.db, term({ nameDa: 'Naboer', slug: 'naboer' }));
    await expect(createTerm(t.db, term({ nameDa: 'Genboer', slug: 'naboer' }))).rejects.toMatchObject({ messageKey: 'admin.error.slugTaken', field: 'slug' });
    const other = await createTerm(t.db, term({ nameDa: 'Genboer', slug: 'genboer' }));
    await expect(updateTerm(t.db, other.id, { nameDa: 'Genboer', nameEn: 'Neighbours', descriptionDa: null, descriptionEn: null, slug: 'naboer' })).rejects.toMatchObject({
      messageKey: 'admin.error.slugTaken',
    });
  });

  it('are listed per vocabulary with how many activities use them', async () => {
    const { id } = await createTerm(t.db, term({ nameDa: 'Studerende', taxonomy: 'target_group' }));
    const activity = await createActivity(t.db, await createAssociation(t.db));
    await t.db.insert(activityTerms).values({ activityId: activity.id, termId: id });
    const lists = await listTerms(t.db);
    expect(lists.target_group.find((x) => x.id === id)?.activityCount).toBe(1);
    expect(lists.category.find((x) => x.id === id)).toBeUndefined();
  });

  it('when renamed, queue the activities that use them for search', async () => {
    const { id } = await createTerm(t.db, term({ nameDa: 'Seniorer', slug: 'seniorer' }));
    const activity = await createActivity(t.db, await createAssociation(t.db));
    await t.db.insert(activityTerms).values({ activityId: activity.id, termId: id });
    await t.db.delete(searchOutbox);

    await updateTerm(t.db, id, { nameDa: 'Ældre over 65', nameEn: 'People over 65', descriptionDa: 'Fra 65 år', descriptionEn: null, slug: null });

    expect(await findTerm(t.db, id)).toMatchObject({ nameDa: 'Ældre over 65', slug: 'seniorer', descriptionDa: 'Fra 65 år' });
    const queued = await t.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, activity.id));
    expect(queued.map((q) => q.entity)).toContain('activity');
  });

  it('cannot be deleted while an activity uses them; the tagging stays', async () => {
    const { id } = await createTerm(t.db, term({ nameDa: 'Brugt' }));
    const association = await createAssociation(t.db);
    for (const activity of [await createActivity(t.db, association), await createActivity(t.db, association)]) {
      await t.db.insert(activityTerms).values({ activityId: activity.id, termId: id });
    }
    await expect(deleteTerm(t.db, id)).rejects.toMatchObject({ messageKey: 'admin.error.termInUse', field: 'delete', params: { count: 2 } });
    expect(await t.db.select().from(activityTerms).where(eq(activityTerms.termId, id))).toHaveLength(2);
  });

  it('can be deleted when no activity uses them', async () => {
    const { id } = await createTerm(t.db, term({ nameDa: 'Ubrugt' }));
    await deleteTerm(t.db, id);
    expect(await t.db.select().from(taxonomyTerms).where(eq(taxonomyTerms.id, id))).toEqual([]);
  });
});
