import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, problemReports, users } from '../../../db/schema';
import { associationRecipients } from '../freshness/recipients';
import type { ListingRef } from '../freshness/listing';
import { type OutgoingMail, type Queryable, queueMail } from '../mail';
import type { ReportInput } from './schema';
import { reasonTextDa } from './reasons';

/**
 * Stores a report from a reader and, in the same transaction, tells the association (its e-mail
 * and members: they can correct it) and the responsible administration (its e-mail and
 * coordinators: they follow up and answer the reader). Only the administration gets the reader's
 * e-mail. `urls` are absolute links for the mails.
 */
export async function createProblemReport(
  db: Database,
  input: { listing: ListingRef; report: ReportInput; urls: { listing: string; dashboard: string; reports: string } },
): Promise<{ id: string }> {
  const { listing, report, urls } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(problemReports)
      .values({
        listingKind: listing.kind,
        listingId: listing.id,
        associationId: listing.associationId,
        administrationId: listing.administrationId,
        reason: report.reason,
        message: report.message,
        reporterEmail: report.email,
      })
      .returning({ id: problemReports.id });
    const association = (await associationRecipients(tx, [listing.associationId])).get(listing.associationId) ?? [];
    const administration = await administrationRecipients(tx, listing.administrationId);
    const what = [
      `Hvad: ${listing.name}`,
      `Fejl: ${reasonTextDa(report.reason)}`,
      `Besked: ${report.message || '(ingen)'}`,
      '',
      'Siden, fejlen gælder:',
      urls.listing,
    ];
    const toAssociation = (to: string): OutgoingMail => ({
      to,
      subject: `En borger har meldt en fejl: ${listing.name}`,
      body: [
        `Hej ${listing.associationName}`,
        '',
        'En borger har meldt, at noget er forkert i jeres oplysninger på Indgang.',
        '',
        ...what,
        '',
        'Ret oplysningerne her, hvis borgeren har ret:',
        urls.dashboard,
        '',
        'Kommunen følger op og svarer borgeren.',
        '',
        'Venlig hilsen',
        'Indgang, Demo Kommune',
      ].join('\n'),
      purpose: 'problem_report_association',
    });
    const toAdministration = (to: string): OutgoingMail => ({
      to,
      subject: `Fejlmelding: ${listing.name} (${listing.associationName})`,
      body: [
        'En borger har meldt en fejl i et opslag, jeres forvaltning er ansvarlig for. Foreningen har fået besked.',
        '',
        `Forening: ${listing.associationName}`,
        ...what,
        report.email ? `Borgeren vil gerne have svar på: ${report.email}` : 'Borgeren har ikke skrevet en e-mail.',
        '',
        'Se og afslut fejlmeldingen her:',
        urls.reports,
      ].join('\n'),
      purpose: 'problem_report_administration',
    });
    // An address that is both (a coordinator who is also a member) gets the administration's mail only.
    const staff = new Set(administration);
    await queueMail(tx, ...association.filter((a) => !staff.has(a)).map(toAssociation), ...administration.map(toAdministration));
    return { id: row!.id };
  });
}

/** The administration's own e-mail and its coordinators', each once. */
async function administrationRecipients(db: Queryable, administrationId: string): Promise<string[]> {
  const [own, coordinators] = await Promise.all([
    db.select({ email: administrations.email }).from(administrations).where(eq(administrations.id, administrationId)),
    db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.administrationId, administrationId), eq(users.role, 'coordinator'), isNull(users.disabledAt))),
  ]);
  const emails = [...own, ...coordinators].map((r) => r.email?.trim().toLowerCase()).filter((e): e is string => Boolean(e));
  return [...new Set(emails)];
}
