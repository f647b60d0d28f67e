import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations } from '../../../db/schema';
import { sortByDanishName } from '../directory/danish-order';
import type { SessionUser } from '../session/session';

/** What /konto and the back-office menu show about a user beyond the session: names of their administration and associations. */
export interface AccountOverview {
  administration: { da: string; en: string } | null;
  associations: { id: string; name: string; slug: string }[];
}

/** Looks up the names behind the ids of the session user. */
export async function accountOverview(db: Database, user: Pick<SessionUser, 'administrationId' | 'associationIds'>): Promise<AccountOverview> {
  const [administration] = user.administrationId
    ? await db
        .select({ da: administrations.nameDa, en: administrations.nameEn })
        .from(administrations)
        .where(eq(administrations.id, user.administrationId))
    : [];
  const rows =
    user.associationIds.length > 0
      ? await db
          .select({ id: associations.id, name: associations.name, slug: associations.slug })
          .from(associations)
          .where(inArray(associations.id, user.associationIds))
      : [];
  return { administration: administration ?? null, associations: sortByDanishName(rows) };
}
