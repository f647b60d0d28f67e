/**
 * The rules of login throttling as pure functions of the attempts already recorded, so that they
 * can be tested without a database and every app instance reaches the same verdict from the rows
 * in `login_attempts`.
 */

const MINUTE = 60 * 1000;

/** Failed attempts for one e-mail within `windowMs` that lock it, and for how long. */
export const EMAIL_LOCKOUT = { failures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE } as const;
/** Failed attempts from one address within `windowMs` after which it is refused. */
export const IP_LIMIT = { failures: 30, windowMs: 15 * MINUTE } as const;
/** How far back attempts are read: enough to see a lock that started in the window before. */
export const LOOKBACK_MS = EMAIL_LOCKOUT.windowMs + EMAIL_LOCKOUT.lockMs + EMAIL_LOCKOUT.windowMs;

/**
 * When the lock of an e-mail ends, or null when it is not locked at `now`. `failures` are the
 * times of failed attempts since the last successful login, oldest first. Five failures within
 * 15 minutes lock the e-mail for 15 minutes from the fifth. Attempts made while it is locked do
 * not count: otherwise someone who keeps trying (or an attacker) would keep the owner out forever,
 * and the time we tell them to come back would be wrong.
 */
export function emailLockedUntil(failures: readonly Date[], now: Date, rule = EMAIL_LOCKOUT): Date | null {
  let lockEnd: number | null = null;
  let recent: number[] = [];
  for (const failure of failures) {
    const at = failure.getTime();
    if (lockEnd !== null && at < lockEnd) continue;
    recent = recent.filter((earlier) => at - earlier < rule.windowMs);
    recent.push(at);
    if (recent.length >= rule.failures) {
      lockEnd = at + rule.lockMs;
      recent = [];
    }
  }
  return lockEnd !== null && lockEnd > now.getTime() ? new Date(lockEnd) : null;
}

/**
 * When an address may try again, or null when it may now. `failures` are the times of its failed
 * attempts, oldest first. After 30 failures within 15 minutes it waits until the oldest of the
 * last 30 is 15 minutes old. Shared addresses (an office behind one router) are why the limit is
 * far higher than the one per e-mail.
 */
export function ipBlockedUntil(failures: readonly Date[], now: Date, rule = IP_LIMIT): Date | null {
  const since = now.getTime() - rule.windowMs;
  const recent = failures.map((d) => d.getTime()).filter((at) => at > since);
  if (recent.length < rule.failures) return null;
  const oldestCounted = recent[recent.length - rule.failures]!;
  return new Date(oldestCounted + rule.windowMs);
}
