import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { problemReports } from '../../../db/schema';
import { findListing } from '../freshness/listing';
import { queueMail } from '../mail';
import type { SessionUser } from '../session/session';

/** A report as the page that resolves it needs it: whose it is, and whether it is still open. */
export async function findProblemReport(db: Database, id: string) {
  const [row] = await db
    .select({ id: problemReports.id, administrationId: problemReports.administrationId, resolvedAt: problemReports.resolvedAt })
    .from(problemReports)
    .where(eq(problemReports.id, id));
  return row ?? null;
}

/**
 * Closes a report with a note of what was done. When the reader left an e-mail, the note is sent
 * to them, and the address is erased in the same transaction (it was given for this answer only).
 * Returns false when the report was resolved already (by a colleague a moment before).
 */
export async function resolveProblemReport(
  db: Database,
  input: { reportId: string; resolution: string; user: SessionUser; now?: Date },
): Promise<boolean> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(problemReports)
      .where(and(eq(problemReports.id, input.reportId), isNull(problemReports.resolvedAt)))
      .for('update');
    if (!report) return false;
    if (report.reporterEmail) {
      const listing = await findListing(tx, report.listingKind, report.listingId);
      const name = listing?.name ?? 'opslaget';
      await queueMail(tx, {
        to: report.reporterEmail,
        subject: `Svar på din fejlmelding: ${name}`,
        body: [
          `Tak, fordi du meldte en fejl om "${name}" på Indgang.`,
          '',
          'Kommunen har svaret:',
          input.resolution,
          '',
          'Vi har nu slettet din e-mailadresse fra fejlmeldingen.',
          '',
          'Venlig hilsen',
          'Indgang, Demo Kommune',
          '',
          '---',
          `Thank you for reporting a problem with "${name}" on Indgang. The municipality's answer is above.`,
          'We have now deleted your e-mail address from the report.',
        ].join('\n'),
        purpose: 'problem_report_answer',
      });
    }
    await tx
      .update(problemReports)
      .set({ resolvedAt: now, resolvedBy: input.user.id, resolution: input.resolution, reporterEmail: null })
      .where(eq(problemReports.id, report.id));
    return true;
  });
}
