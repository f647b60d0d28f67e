import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { referrals } from '../../../db/schema';
import type { Locale } from '../../i18n';
import { actorAdministration } from './actor';
import { selectSummaries, termNames, toInboxItem, urgencyOrder } from './summary';
import type { InboxItem, ReferralActor } from './types';

/** Which referrals a box holds for the actor, or null when the actor has no such box. */
function boxFilter(actor: ReferralActor, box: 'received' | 'sent'): SQL | null {
  const administration = actorAdministration(actor);
  if (box === 'sent') return administration ? eq(referrals.senderAdministrationId, administration) : null;
  if (administration) return eq(referrals.receiverAdministrationId, administration);
  if (actor.kind === 'user' && actor.user.role === 'member' && actor.user.associationIds.length > 0) {
    return inArray(referrals.associationId, actor.user.associationIds);
  }
  return null;
}

/**
 * An inbox, without personal data (opening a referral shows it and is logged). `received`: what
 * the actor's administration holds now, or, for an association member, what was passed to their
 * associations; `sent`: what the actor's administration sent. Filter `open` (default: all but
 * closed), `closed` or `all`. Sorted urgent → soon → normal, then oldest first; `overdue` marks
 * what still waits for an answer past the receiver's response target. Admins and citizens have no boxes.
 */
export async function listInbox(
  db: Database,
  actor: ReferralActor,
  box: 'received' | 'sent',
  options: { status?: 'open' | 'closed' | 'all'; locale?: Locale } = {},
): Promise<InboxItem[]> {
  const filter = boxFilter(actor, box);
  if (!filter) return [];
  const status = options.status ?? 'open';
  const byStatus = status === 'open' ? ne(referrals.status, 'closed') : status === 'closed' ? eq(referrals.status, 'closed') : undefined;
  const locale = options.locale ?? 'da';
  const rows = await selectSummaries(db, locale, and(filter, byStatus), [urgencyOrder, referrals.createdAt, referrals.id]);
  const names = await termNames(db, locale, rows.flatMap((r) => r.referral.termIds));
  const now = new Date();
  return rows.map((row) => toInboxItem(row, names, now));
}
