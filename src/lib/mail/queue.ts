import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { mails } from '../../../db/schema';

/** Anything that can run a query: the database, or a transaction inside it. */
export type Queryable = Pick<Database, 'insert' | 'select' | 'update' | 'delete' | 'execute'>;

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text. Write it plainly: short lines, the action first, the link on its own line. */
  body: string;
  /** What it is for (e.g. `password_reset`); never personal data. */
  purpose: string;
}

/**
 * Queues mails for delivery. Call it inside the transaction of the change that causes them, so
 * that either both are stored or neither: a reset link is never lost, never sent for nothing.
 */
export async function queueMail(db: Queryable, ...messages: OutgoingMail[]): Promise<void> {
  const rows = messages
    .filter((m) => m.to.trim() !== '')
    .map((m) => ({ to: m.to.trim().toLowerCase(), subject: m.subject, body: m.body, purpose: m.purpose }));
  if (rows.length > 0) await db.insert(mails).values(rows);
}

/** The newest mails first, for /dev/mail and tests; `to` narrows to one address. */
export async function listMails(db: Database, options: { to?: string; limit?: number } = {}) {
  const to = options.to?.trim().toLowerCase();
  return db.query.mails.findMany({
    where: to ? (m, { eq }) => eq(m.to, to) : undefined,
    orderBy: (m, { desc }) => [desc(m.createdAt), desc(m.id)],
    limit: options.limit ?? 100,
  });
}

/**
 * Erases bodies of delivered mails after a week, and deletes undelivered-by-design mails (no SMTP)
 * after a week too: they may hold login links or details of a citizen's situation.
 */
export async function eraseOldMails(db: Database, smtpConfigured: boolean): Promise<void> {
  await db.execute(sql`update mails set body = null where body is not null and sent_at < now() - interval '7 days'`);
  if (!smtpConfigured) await db.execute(sql`delete from mails where sent_at is null and created_at < now() - interval '7 days'`);
}
