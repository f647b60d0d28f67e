import { and, eq, inArray } from 'drizzle-orm';
import { activities, administrations, routingRules } from '../../../db/schema';
import { isUuid, type Runner } from './db';
import { InvalidTarget } from './errors';
import type { ReferralTarget } from './types';

/**
 * Routing, not merging: a referral to an activity goes to the administration responsible for it,
 * and also to its association when the activity takes referrals directly; a referral to an
 * administration goes to that administration. Throws InvalidTarget for an unknown administration,
 * or an activity that is unknown or not published (a citizen cannot join what is not offered).
 */
export async function receiverFor(db: Runner, target: ReferralTarget): Promise<{ administrationId: string; associationId: string | null }> {
  if (target.kind === 'activity') {
    const [activity] = isUuid(target.activityId)
      ? await db
          .select({ administrationId: activities.administrationId, associationId: activities.associationId, takesReferrals: activities.takesReferrals })
          .from(activities)
          .where(and(eq(activities.id, target.activityId), eq(activities.status, 'published')))
      : [];
    if (!activity) throw new InvalidTarget(`activity ${target.activityId} is unknown or not published`);
    return { administrationId: activity.administrationId, associationId: activity.takesReferrals ? activity.associationId : null };
  }
  const [administration] = isUuid(target.administrationId)
    ? await db.select({ id: administrations.id }).from(administrations).where(eq(administrations.id, target.administrationId))
    : [];
  if (!administration) throw new InvalidTarget(`administration ${target.administrationId} is unknown`);
  return { administrationId: administration.id, associationId: null };
}

/**
 * The administration the admin's routing table suggests for a need described by target groups
 * and categories: the rule of the first term (in the order given) that has one, or null when no
 * term has a rule. The sender (or the citizen's entrance) decides; this only suggests.
 */
export async function suggestReceiver(db: Runner, termIds: string[]): Promise<{ administrationId: string; termId: string } | null> {
  const ids = termIds.filter(isUuid);
  if (ids.length === 0) return null;
  const rules = await db
    .select({ termId: routingRules.termId, administrationId: routingRules.administrationId })
    .from(routingRules)
    .where(inArray(routingRules.termId, ids));
  for (const termId of ids) {
    const rule = rules.find((r) => r.termId === termId);
    if (rule) return rule;
  }
  return null;
}
