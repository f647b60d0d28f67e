import type { ProblemReport } from '../../../db/schema';
import { t } from '../../i18n';

/** What a reader can say is wrong, in the order the form offers them ("other" last). */
export const PROBLEM_REASONS = ['wrong_address', 'wrong_phone', 'wrong_time', 'no_longer_exists', 'other'] as const satisfies readonly ProblemReport['reason'][];
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/** The catalogue key of a reason's words (src/i18n/areas/freshness.ts). */
export function reasonKey(reason: ProblemReason) {
  return `report.reason.${reason}` as const;
}

/** The reason in Danish words, for mails to associations and administrations (always Danish). */
export function reasonTextDa(reason: ProblemReason): string {
  return t('da', reasonKey(reason));
}
