import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, administrations, associations, routingRules, taxonomyTerms } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { suggestReceiver } from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

beforeAll(async () => {
  await seedDemoData(t.db);
});

async function termId(taxonomy: 'target_group' | 'category', slug: string): Promise<string> {
  const [term] = await t.db.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(and(eq(taxonomyTerms.taxonomy, taxonomy), eq(taxonomyTerms.slug, slug)));
  return term!.id;
}

async function abbreviationOf(administrationId: string | undefined): Promise<string | undefined> {
  if (!administrationId) return undefined;
  const [a] = await t.db.select({ abbreviation: administrations.abbreviation }).from(administrations).where(eq(administrations.id, administrationId));
  return a?.abbreviation;
}

describe('referral demo data', () => {
  it('has a routing table that suggests the usual administration', async () => {
    expect((await t.db.select().from(routingRules)).length).toBeGreaterThanOrEqual(10);
    const suggest = async (taxonomy: 'target_group' | 'category', slug: string) => abbreviationOf((await suggestReceiver(t.db, [await termId(taxonomy, slug)]))?.administrationId);
    expect(await suggest('target_group', 'ensomme')).toBe('SOF');
    expect(await suggest('category', 'motion-og-bevaegelse')).toBe('SUF');
    expect(await suggest('target_group', 'boern-og-familier')).toBe('BUF');
    expect(await suggest('target_group', 'flygtninge-og-indvandrere')).toBe('BIF');
    expect(await suggest('category', 'kultur-og-fritid')).toBe('KFF');
  });

  it('has published activities that take referrals directly, in Valby and at Recept på Fællesskab', async () => {
    const direct = await t.db
      .select({ slug: activities.slug, association: associations.slug })
      .from(activities)
      .innerJoin(associations, eq(associations.id, activities.associationId))
      .where(and(eq(activities.takesReferrals, true), eq(activities.status, 'published')));
    expect(direct.map((a) => a.slug)).toContain('besoegsven-i-valby');
    expect(direct.some((a) => a.association === 'recept-paa-faellesskab-vesterbro')).toBe(true);
  });
});
