import { formatDate } from '../schedule';
import type { OutgoingMail } from '../mail';
import { CONFIRM_LINK_DAYS } from './tokens';

/** One listing in a reminder: its name, when it was last confirmed, and its own confirm link. */
export interface DueListing {
  name: string;
  /** Last confirmation, or creation when never confirmed. */
  anchor: Date;
  neverConfirmed: boolean;
  confirmUrl: string;
  stage: 11 | 12;
}

/**
 * The reminder to one association: every due listing with its own one-click link, and the way to
 * the dashboard for what is wrong. Plain short lines, the action first; Danish, then English.
 * The stage-12 reminder says it is the last one and what happens after 15 months.
 */
export function reminderMail(input: { associationName: string; listings: DueListing[]; dashboardUrl: string; to: string }): OutgoingMail {
  const last = input.listings.some((l) => l.stage === 12);
  const lines = input.listings.flatMap((l) => [
    `- ${l.name} (${l.neverConfirmed ? 'oprettet' : 'sidst bekræftet'} ${formatDate('da', l.anchor)})`,
    `  ${l.confirmUrl}`,
  ]);
  const linesEn = input.listings.flatMap((l) => [`- ${l.name}`, `  ${l.confirmUrl}`]);
  const subject = last
    ? 'Sidste påmindelse: er jeres oplysninger på Indgang stadig rigtige?'
    : 'Er jeres oplysninger på Indgang stadig rigtige?';
  const body = [
    `Hej ${input.associationName}`,
    '',
    last
      ? 'Det er et år siden, I sidst bekræftede disse oplysninger på Indgang. Borgere og kommunens medarbejdere bruger dem til at finde jer.'
      : 'Det er snart et år siden, I sidst bekræftede disse oplysninger på Indgang. Borgere og kommunens medarbejdere bruger dem til at finde jer.',
    '',
    'Åbn linket ved hver af dem. Er oplysningerne rigtige, trykker I på knappen "Ja, oplysningerne er rigtige":',
    '',
    ...lines,
    '',
    'Er noget forkert, så log ind og ret det her:',
    input.dashboardUrl,
    '',
    'Oplysninger, der ikke er bekræftet i 15 måneder, får en advarsel på siden og kommer længere ned i søgeresultaterne.',
    `Linkene virker i ${CONFIRM_LINK_DAYS} dage.`,
    '',
    'Venlig hilsen',
    'Indgang, Demo Kommune',
    '',
    '---',
    'In English: please confirm that your information on Indgang is still correct. Open each link',
    'and press the button if it is. If something is wrong, log in and correct it:',
    input.dashboardUrl,
    '',
    ...linesEn,
  ].join('\n');
  return { to: input.to, subject, body, purpose: last ? 'verification_reminder_12' : 'verification_reminder_11' };
}
