import { referralEvents, referrals } from '../../schema';
import { stableId } from '../ids';
import type { Transaction } from '../insert';
import { randomFor } from '../random';
import { ADMINISTRATIONS, type AdministrationKey } from './administrations';

/**
 * An invented history of referrals between the demo's administrations, so that the § 18 reports
 * show flows, answer times and outcomes at once. Anonymous facts only: every one of them was
 * closed more than REFERRAL_RETENTION_DAYS (180) ago and has been erased, as the erase job leaves
 * a real one (`personal` null, `erased_at` set, no event comments): who sent it to whom, when,
 * and what happened. None is open, so no inbox shows a referral without its citizen.
 */

/** Who usually refers to whom in the demo, and how often (weights). */
const ROUTES: readonly { from: AdministrationKey | 'citizen'; via?: 'api'; to: AdministrationKey; weight: number }[] = [
  { from: 'suf', to: 'sof', weight: 8 },
  { from: 'suf', via: 'api', to: 'sof', weight: 4 },
  { from: 'sof', to: 'suf', weight: 5 },
  { from: 'citizen', to: 'sof', weight: 6 },
  { from: 'citizen', to: 'kff', weight: 2 },
  { from: 'bif', to: 'sof', weight: 3 },
  { from: 'buf', to: 'sof', weight: 3 },
  { from: 'sof', to: 'kff', weight: 2 },
  { from: 'sof', to: 'bif', weight: 2 },
  { from: 'kff', to: 'suf', weight: 1 },
];

const HOW_MANY = 60;
const DAY = 24 * 60 * 60 * 1000;
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

type Status = (typeof referrals.$inferSelect)['status'];
type Row = typeof referrals.$inferInsert;
type Event = typeof referralEvents.$inferInsert;

const administrationId = (key: AdministrationKey) => stableId('administration', ADMINISTRATIONS.find((a) => a.key === key)!.slug);

/** The demo's referral history: rows and their events, the same on every seed of the same day. */
export function referralHistory(now: Date): { rows: Row[]; events: Event[] } {
  const random = randomFor('referral-history');
  const weighted = ROUTES.flatMap((r) => Array.from({ length: r.weight }, () => r));
  const rows: Row[] = [];
  const events: Event[] = [];
  for (let i = 0; i < HOW_MANY; i++) {
    const route = random.pick(weighted);
    const id = stableId('referral-history', String(i));
    const sender = route.from === 'citizen' ? null : administrationId(route.from);
    let holder = administrationId(route.to);
    // Sent 240–600 days ago, at an office hour; closed at most ~52 days later, so it was erased (180 days on) before now.
    const sent = new Date(now.getTime() - random.int(240, 600) * DAY);
    sent.setUTCHours(random.int(7, 13), random.int(0, 59), 0, 0);
    const at = (days: number) => new Date(sent.getTime() + days * DAY);
    const steps: { to: Status; at: Date; forwardTo?: string; reason?: 'capacity' | 'not_eligible' | 'not_reachable' }[] = [{ to: 'received', at: at(0.1) }];
    let t = random.int(2, 60) / 10;
    const path = random.next();
    if (path < 0.12) {
      const others = ADMINISTRATIONS.filter((a) => administrationId(a.key) !== holder && administrationId(a.key) !== sender);
      holder = administrationId(random.pick(others).key);
      steps.push({ to: 'forwarded', at: at(t), forwardTo: holder }, { to: 'received', at: at(t + 0.5) });
      t += 1 + random.int(0, 30) / 10;
    }
    if (path >= 0.12 && path < 0.27) {
      steps.push({ to: 'declined', at: at(t), reason: random.pick(['capacity', 'not_eligible'] as const) });
    } else {
      steps.push({ to: 'accepted', at: at(t) }, { to: 'contacted', at: at(t + 1 + random.int(0, 20) / 10) });
      t += 3 + random.int(0, 140) / 10;
      steps.push(random.chance(0.85) ? { to: 'started', at: at(t) } : { to: 'not_started', at: at(t), reason: 'not_reachable' });
    }
    const closedAt = at(t + random.int(3, 25));
    steps.push({ to: 'closed', at: closedAt });
    const firstResponse = steps.find((s) => s.to === 'accepted' || s.to === 'declined' || s.to === 'forwarded')!.at;
    let code = '';
    for (let c = 0; c < 9; c++) code += random.pick([...ALPHABET]);
    rows.push({
      id,
      reference: `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`,
      source: route.from === 'citizen' ? 'citizen' : route.via === 'api' ? 'api' : 'staff',
      receiverAdministrationId: holder,
      senderAdministrationId: sender,
      status: 'closed',
      urgency: random.chance(0.2) ? 'soon' : 'normal',
      personal: null,
      consentAt: sent,
      dueAt: at(5),
      firstResponseAt: firstResponse,
      closedAt,
      erasedAt: new Date(closedAt.getTime() + 180 * DAY),
      version: steps.length + 1,
      createdAt: sent,
      updatedAt: closedAt,
    });
    let from: Status = 'sent';
    let actor = administrationId(route.to);
    events.push({ referralId: id, fromStatus: null, toStatus: 'sent', forwardedToAdministrationId: actor, actorAdministrationId: sender, at: sent });
    for (const step of steps) {
      events.push({ referralId: id, fromStatus: from, toStatus: step.to, reason: step.reason ?? null, forwardedToAdministrationId: step.forwardTo ?? null, actorAdministrationId: actor, at: step.at });
      from = step.to;
      if (step.forwardTo) actor = step.forwardTo;
    }
  }
  return { rows, events };
}

/** Inserts the demo's referral history. */
export async function insertReferralHistoryDemo(tx: Transaction, now: Date): Promise<void> {
  const { rows, events } = referralHistory(now);
  await tx.insert(referrals).values(rows);
  for (let i = 0; i < events.length; i += 200) await tx.insert(referralEvents).values(events.slice(i, i + 200));
}
