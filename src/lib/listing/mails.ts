import { type Locale, t } from '../../i18n';
import { absoluteUrl, type Queryable, queueMail } from '../mail';
import { fieldLabels } from './labels';
import type { FieldKey, ListingKind } from './values';

/** What the association is told about a decision. */
export interface Decision {
  approved: boolean;
  comment: string | null;
  kind: ListingKind;
  listingName: string;
  administrationName: string;
  fields: FieldKey[];
  /** The request the decision came with: makes the link absolute (PUBLIC_URL wins when set). */
  requestUrl?: URL;
}

/** The text of the mail in one language: the decision first, then the comment, then the link. */
function part(locale: Locale, d: Decision): string {
  const params = { name: d.listingName, administration: d.administrationName };
  const lines = [
    t(locale, 'review.mail.greeting'),
    '',
    t(locale, d.approved ? 'review.mail.approved.body' : 'review.mail.rejected.body', params),
    t(locale, 'review.mail.fields', { fields: fieldLabels(locale, d.kind, d.fields) }),
  ];
  if (d.comment) lines.push('', t(locale, 'review.mail.comment', params), d.comment);
  if (!d.approved) lines.push('', t(locale, 'review.mail.rejectedNext'));
  if (d.requestUrl) lines.push('', t(locale, 'review.mail.link'), absoluteUrl('/forening', d.requestUrl));
  lines.push('', t(locale, 'review.mail.signature'));
  return lines.join('\n');
}

/**
 * Queues the mail about a decision to every recipient, in the transaction of the decision.
 * Danish first; English below it, for members who read English better.
 */
export async function decisionMails(tx: Queryable, recipients: string[], d: Decision): Promise<void> {
  const subject = t('da', d.approved ? 'review.mail.approved.subject' : 'review.mail.rejected.subject', { name: d.listingName });
  const body = `${part('da', d)}\n\n— English —\n\n${part('en', d)}`;
  const purpose = d.approved ? 'revision_approved' : 'revision_rejected';
  await queueMail(tx, ...recipients.map((to) => ({ to, subject, body, purpose })));
}
