/**
 * The one way the grant form is handled on the add and edit pages: a coordinator's own
 * administration is filled in (their form has no choice), the form is parsed, the action runs,
 * and a refusal becomes an error beside its field, a notice, or the status to answer with.
 */
import type { Locale } from '../../i18n';
import { t } from '../../i18n';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { GrantError, type GrantInput, grantSchema } from '../../lib/grants';
import type { SessionUser } from '../../lib/session/session';
import type { Notice } from './notices';

export type GrantSubmission<R> =
  | { ok: true; result: R }
  | { ok: false; status: 400 | 403 | 404 | 409; errors: FieldErrors; notices: Notice[]; values: Record<string, string> };

/** The sent values, to show the form again as it was sent. */
function sentValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  return values;
}

/** Parses the grant form and runs `act`; errors other than GrantError are thrown on. */
export async function submitGrant<R>(
  form: FormData,
  user: Pick<SessionUser, 'role' | 'administrationId'>,
  locale: Locale,
  act: (input: GrantInput) => Promise<R>,
): Promise<GrantSubmission<R>> {
  if (user.role === 'coordinator' && user.administrationId) form.set('administrationId', user.administrationId);
  const values = sentValues(form);
  const parsed = parseForm(form, grantSchema(locale));
  if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors, notices: [], values };
  try {
    return { ok: true, result: await act(parsed.data) };
  } catch (error) {
    if (!(error instanceof GrantError)) throw error;
    const text = error.messageKey ? t(locale, error.messageKey) : '';
    if (error.field) return { ok: false, status: error.status, errors: { [error.field]: text }, notices: [], values };
    return { ok: false, status: error.status, errors: {}, notices: text ? [{ kind: 'error', text }] : [], values };
  }
}
