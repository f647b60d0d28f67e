import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations } from '../../../db/schema';

/**
 * The name of a host by its slug, for the title of its calendar feed (which may be empty when it
 * hosts nothing yet). Administrations are public bodies; an association only when published.
 */
export async function publicHostName(db: Database, kind: 'administration' | 'association', slug: string): Promise<{ name: string; nameEn: string } | null> {
  if (kind === 'administration') {
    const [row] = await db.select({ name: administrations.nameDa, nameEn: administrations.nameEn }).from(administrations).where(eq(administrations.slug, slug)).limit(1);
    return row ?? null;
  }
  const [row] = await db
    .select({ name: associations.name })
    .from(associations)
    .where(and(eq(associations.slug, slug), eq(associations.status, 'published')))
    .limit(1);
  return row ? { name: row.name, nameEn: row.name } : null;
}
