import type { Locale } from '../../i18n';
import { t } from '../../i18n';
import type { FieldErrors } from '../../lib/forms/validate';
import { CommentRequired, MAX_COMMENT } from '../../lib/listing';

/** A decision as sent from one of the two forms. */
export type DecisionInput =
  | { ok: true; decision: 'approve' | 'reject'; comment: string }
  | { ok: false; errors: FieldErrors; values: { approveComment?: string; rejectComment?: string } };

/**
 * Reads the sent decision form. A rejection needs a comment (the engine refuses it too; checking
 * here gives the message beside the field without a round trip through the database).
 */
export function readDecision(form: FormData, locale: Locale): DecisionInput {
  const sent = form.get('decision');
  // Only a form of this page says which decision; anything else decides nothing.
  if (sent !== 'approve' && sent !== 'reject') return { ok: false, errors: { approveComment: t(locale, 'review.detail.noDecision') }, values: {} };
  const decision = sent;
  const field = decision === 'reject' ? 'rejectComment' : 'approveComment';
  const raw = form.get(field);
  const comment = typeof raw === 'string' ? raw.trim() : '';
  const values = { [field]: typeof raw === 'string' ? raw : '' };
  if (comment.length > MAX_COMMENT) return { ok: false, errors: { [field]: t(locale, 'review.detail.commentTooLong') }, values };
  if (decision === 'reject' && comment === '') {
    return { ok: false, errors: { [field]: t(locale, new CommentRequired().messageKey) }, values };
  }
  return { ok: true, decision, comment };
}
