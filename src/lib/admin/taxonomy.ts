import { and, count, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activityTerms, type TaxonomyTerm, taxonomyTerms } from '../../../db/schema';
import { compareDanish } from '../directory/danish-order';
import { AdminError, AdminNotFound, TermInUse } from './errors';
import type { NewTermInput, TermInput } from './schemas';
import { firstFreeSlug } from './slug';

export type Taxonomy = TaxonomyTerm['taxonomy'];
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A term with the number of activities tagged with it. */
export interface TermListItem extends TaxonomyTerm {
  activityCount: number;
}

/** The terms of both vocabularies, each in Danish order of the Danish name. */
export async function listTerms(db: Database): Promise<Record<Taxonomy, TermListItem[]>> {
  // Named in full: see listAdministrations for why `${taxonomyTerms.id}` would not do here.
  const rows = await db
    .select({
      ...getTableColumns(taxonomyTerms),
      activityCount: sql<number>`(select count(*) from activity_terms t where t.term_id = taxonomy_terms.id)`.mapWith(Number),
    })
    .from(taxonomyTerms);
  rows.sort((a, b) => compareDanish(a.nameDa, b.nameDa));
  return { target_group: rows.filter((r) => r.taxonomy === 'target_group'), category: rows.filter((r) => r.taxonomy === 'category') };
}

/** One term with its usage, or null. */
export async function findTerm(db: Database, id: string): Promise<TermListItem | null> {
  const [term] = await db.select().from(taxonomyTerms).where(eq(taxonomyTerms.id, id)).limit(1);
  if (!term) return null;
  return { ...term, activityCount: await usage(db, id) };
}

async function usage(db: Database | Tx, termId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(activityTerms).where(eq(activityTerms.termId, termId));
  return row?.n ?? 0;
}

/** Terms of one vocabulary take turns, so that two admins cannot both take the same slug. */
async function takeTurn(tx: Tx, taxonomy: Taxonomy): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`indgang:admin:taxonomy:${taxonomy}`}))`);
}

async function slugTaken(tx: Tx, taxonomy: Taxonomy, slug: string, exceptId: string | null): Promise<boolean> {
  const same = and(eq(taxonomyTerms.taxonomy, taxonomy), eq(taxonomyTerms.slug, slug));
  const [clash] = await tx.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(exceptId ? and(same, ne(taxonomyTerms.id, exceptId)) : same);
  return clash !== undefined;
}

/**
 * Creates a term. A slug typed by the admin must be free in its vocabulary; an empty one is made
 * from the Danish name (with a number when taken). New terms are used by no activity yet, so no
 * search document changes.
 */
export async function createTerm(db: Database, input: NewTermInput): Promise<{ id: string; slug: string }> {
  return db.transaction(async (tx) => {
    await takeTurn(tx, input.taxonomy);
    let slug = input.slug;
    if (slug) {
      if (await slugTaken(tx, input.taxonomy, slug, null)) throw new AdminError('admin.error.slugTaken', 'slug', 'term slug in use');
    } else {
      const taken = await tx.select({ slug: taxonomyTerms.slug }).from(taxonomyTerms).where(eq(taxonomyTerms.taxonomy, input.taxonomy));
      slug = firstFreeSlug(input.nameDa, new Set(taken.map((r) => r.slug)), 'term');
    }
    const [row] = await tx.insert(taxonomyTerms).values({ ...input, slug }).returning({ id: taxonomyTerms.id });
    return { id: row!.id, slug };
  });
}

/**
 * Changes a term's names, descriptions and slug (an empty slug keeps the present one). Activities
 * tagged with it are queued for search by the outbox trigger on taxonomy_terms (migration 0002).
 */
export async function updateTerm(db: Database, id: string, input: TermInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [term] = await tx.select({ taxonomy: taxonomyTerms.taxonomy }).from(taxonomyTerms).where(eq(taxonomyTerms.id, id));
    if (!term) throw new AdminNotFound('term');
    await takeTurn(tx, term.taxonomy);
    if (input.slug && (await slugTaken(tx, term.taxonomy, input.slug, id))) {
      throw new AdminError('admin.error.slugTaken', 'slug', 'term slug in use');
    }
    const { slug, ...rest } = input;
    await tx
      .update(taxonomyTerms)
      .set({ ...rest, ...(slug ? { slug } : {}), updatedAt: new Date() })
      .where(eq(taxonomyTerms.id, id));
  });
}

/**
 * Deletes a term that no activity uses. The term row is locked first: a concurrent tagging holds
 * a key-share lock on it, so we wait for it and then count it, and a tagging after our lock waits
 * and then fails. Without this the cascade would silently untag activities.
 */
export async function deleteTerm(db: Database, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [term] = await tx.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(eq(taxonomyTerms.id, id)).for('update');
    if (!term) throw new AdminNotFound('term');
    const used = await usage(tx, id);
    if (used > 0) throw new TermInUse(used);
    await tx.delete(taxonomyTerms).where(eq(taxonomyTerms.id, id));
  });
}
