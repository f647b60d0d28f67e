import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, apiTokens, users } from '../../../db/schema';
import { AdminError } from '../admin/errors';
import { hashToken, newToken } from '../session/token';

/**
 * A case system's key to the referral API. The raw token is shown once, at creation; the table
 * keeps only its SHA-256 (as for sessions, decision 010), so a copy of the table opens nothing.
 * The prefix lets secret scanners and people recognise a leaked token for what it is.
 */
export const TOKEN_PREFIX = 'indgang_';

/** The administration a token acts for: what the referral core needs as its actor. */
export interface ApiTokenActor {
  kind: 'api';
  tokenId: string;
  administrationId: string;
  name: string;
}

/** A token as the admin page lists it (never the token itself). */
export interface ApiTokenListItem {
  id: string;
  name: string;
  administrationId: string;
  administrationName: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Creates a token for one administration and returns it in full: the only time anyone sees it.
 * An unknown administration is refused beside the form's field (AdminError).
 */
export async function createApiToken(
  db: Database,
  input: { administrationId: string; name: string; createdBy: string | null },
): Promise<{ id: string; token: string }> {
  const [found] = await db.select({ id: administrations.id }).from(administrations).where(eq(administrations.id, input.administrationId));
  if (!found) throw new AdminError('admin.error.unknownAdministration', 'administrationId', 'administration not found');
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ administrationId: input.administrationId, name: input.name, tokenHash: hashToken(token), createdBy: input.createdBy })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** Revokes a token at once (its next request gets 401). Revoking twice keeps the first time. */
export async function revokeApiToken(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

const listed = {
  id: apiTokens.id,
  name: apiTokens.name,
  administrationId: apiTokens.administrationId,
  administrationName: administrations.nameDa,
  createdAt: apiTokens.createdAt,
  createdByName: users.name,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/** Every token, the newest first, with its administration's Danish name. */
export async function listApiTokens(db: Database): Promise<ApiTokenListItem[]> {
  return db
    .select(listed)
    .from(apiTokens)
    .innerJoin(administrations, eq(administrations.id, apiTokens.administrationId))
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt));
}

/** One token for the revoke confirmation, or null. */
export async function findApiToken(db: Database, id: string): Promise<ApiTokenListItem | null> {
  const [row] = await db
    .select(listed)
    .from(apiTokens)
    .innerJoin(administrations, eq(administrations.id, apiTokens.administrationId))
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.id, id));
  return row ?? null;
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * The actor of a token that exists and is not revoked, or null (the API answers 401 either way).
 * Finding and marking it used is one statement, so a token revoked meanwhile is never let in.
 */
export async function authenticateApiToken(db: Database, token: string): Promise<ApiTokenActor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, administrationId: apiTokens.administrationId, name: apiTokens.name });
  return row ? { kind: 'api', tokenId: row.id, administrationId: row.administrationId, name: row.name } : null;
}

/** How many tokens work now (not revoked), for the admin start page. */
export async function countActiveTokens(db: Database): Promise<number> {
  return db.$count(apiTokens, isNull(apiTokens.revokedAt));
}
