import { eq } from 'drizzle-orm';
import { advisorySessionHosts, advisorySessions, advisorySessionTerms, type NewAdvisorySession } from '../../../db/schema';
import type { Tx } from '../referral/db';
import type { SessionInput } from './types';

/** The columns of a session row that come from the coordinator's form (not its time, owner or status). */
export function sessionColumns(input: Omit<SessionInput, 'repeat'>): Omit<NewAdvisorySession, 'slug' | 'administrationId' | 'startsAt' | 'endsAt'> {
  const place = input.place;
  return {
    topic: input.topic,
    topicEn: input.topicEn,
    description: input.description,
    descriptionEn: input.descriptionEn,
    placeName: place?.name ?? null,
    address: place?.address ?? null,
    postalCode: place?.postalCode ?? null,
    city: place?.city ?? null,
    districtId: place?.districtId ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
    waitingList: input.waitingList,
    audience: input.audience,
    languages: input.languages,
  };
}

/** The host rows of sessions: the owning administration always, then the other hosts once each. */
export function hostRows(sessionIds: string[], ownerId: string, input: Pick<SessionInput, 'hostAdministrationIds' | 'hostAssociationIds'>) {
  const administrationIds = [ownerId, ...input.hostAdministrationIds.filter((id) => id !== ownerId)];
  return sessionIds.flatMap((sessionId) => [
    ...administrationIds.map((administrationId) => ({ sessionId, administrationId, associationId: null })),
    ...input.hostAssociationIds.map((associationId) => ({ sessionId, administrationId: null, associationId })),
  ]);
}

/** Replaces a session's hosts and topics by the form's (only the rows that changed trigger a search update). */
export async function replaceHostsAndTerms(tx: Tx, sessionId: string, ownerId: string, input: Pick<SessionInput, 'hostAdministrationIds' | 'hostAssociationIds' | 'termIds'>): Promise<void> {
  const wanted = hostRows([sessionId], ownerId, input);
  const current = await tx.select().from(advisorySessionHosts).where(eq(advisorySessionHosts.sessionId, sessionId));
  const key = (h: { administrationId: string | null; associationId: string | null }) => `${h.administrationId}:${h.associationId}`;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((k) => b.includes(k));
  if (!same(current.map(key), wanted.map(key))) {
    await tx.delete(advisorySessionHosts).where(eq(advisorySessionHosts.sessionId, sessionId));
    await tx.insert(advisorySessionHosts).values(wanted);
  }
  const terms = await tx.select({ termId: advisorySessionTerms.termId }).from(advisorySessionTerms).where(eq(advisorySessionTerms.sessionId, sessionId));
  if (!same(terms.map((t) => t.termId), input.termIds)) {
    await tx.delete(advisorySessionTerms).where(eq(advisorySessionTerms.sessionId, sessionId));
    if (input.termIds.length > 0) await tx.insert(advisorySessionTerms).values(input.termIds.map((termId) => ({ sessionId, termId })));
  }
}

/** Locks a session's row for the rest of the transaction: bookings, cancels and edits of it queue up here. */
export async function lockSession(tx: Tx, id: string) {
  const [row] = await tx.select().from(advisorySessions).where(eq(advisorySessions.id, id)).for('update');
  return row ?? null;
}
