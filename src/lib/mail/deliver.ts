import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database } from '../../../db/client';

/** What sends one message; nodemailer's transport in production, a stand-in in tests. */
export interface MailTransport {
  send(message: { from: string; to: string; subject: string; text: string }): Promise<void>;
}

/** An SMTP transport for the SMTP_URL of the configuration. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transporter.sendMail(message);
    },
  };
}

const BATCH = 20;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Delivers due mails through `transport`: rows are locked with SKIP LOCKED, so several app
 * instances can run this at once and none sends a mail twice. A failure is kept with its error and
 * tried again later (1 min, 2, 4 ... up to an hour); nothing is dropped. Returns how many were sent.
 */
export async function deliverDueMails(db: Database, transport: MailTransport, from: string): Promise<number> {
  let sent = 0;
  await db.transaction(async (tx) => {
    const due = await tx.execute<{ id: string; to: string; subject: string; body: string | null; attempts: number }>(sql`
      select id, "to", subject, body, attempts from mails
      where sent_at is null and available_at <= now()
      order by created_at limit ${BATCH} for update skip locked`);
    for (const mail of due) {
      try {
        await transport.send({ from, to: mail.to, subject: mail.subject, text: mail.body ?? '' });
        await tx.execute(sql`update mails set sent_at = now(), last_error = null where id = ${mail.id}`);
        sent += 1;
      } catch (error) {
        const backoff = Math.min(MAX_BACKOFF_SECONDS, 60 * 2 ** mail.attempts);
        const reason = error instanceof Error ? error.message : String(error);
        await tx.execute(sql`
          update mails set attempts = attempts + 1, last_error = ${reason.slice(0, 500)},
            available_at = now() + make_interval(secs => ${backoff})
          where id = ${mail.id}`);
      }
    }
  });
  return sent;
}
