import type { AstroGlobal } from 'astro';
import { type Locale, localePath } from '../../i18n';
import {
  AccountExists,
  acceptAsNewUser,
  acceptAsUser,
  findInvitation,
  type InvitationInfo,
  InvitationUnusable,
  newMemberForm,
  NotMemberRole,
  startSession,
  WrongInvitee,
} from '../../lib/account';
import type { InvitationProblem } from '../../lib/account/errors';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { PASSWORD_FORM_LIMIT } from '../../lib/security/limits';
import { limitPage } from '../errors/too-many';
import { formData, requestIp, sessionToken, setSessionCookie } from './request';

interface About {
  email: string;
  associationName: string;
}

/** What InvitationView shows: one of the situations an invited person can be in. */
export type InvitationViewProps =
  | { state: 'invalid'; problem: InvitationProblem }
  | (About & { state: 'notMemberRole' })
  | (About & { state: 'login'; loginHref: string })
  | (About & { state: 'wrongUser'; current: string })
  | (About & { state: 'accept'; action: string })
  | (About & { state: 'create'; action: string; values: Record<string, string>; errors: FieldErrors });

/** Where a successful acceptance leads: the association dashboard (Danish path: the back office has no English paths yet). */
const WELCOME = '/forening';

/**
 * An invitation link. Without an account for the invited e-mail: a form for name and password
 * that creates the member and logs them in. With one: log in as that account, then accept. Staff
 * e-mails and links that no longer work get a page that explains.
 */
export async function invitationPage(Astro: AstroGlobal): Promise<Response | InvitationViewProps> {
  const locale = Astro.locals.locale;
  const token = Astro.params.token ?? '';
  const here = localePath(locale, `/invitation/${token}`);
  // Creating the account hashes a password (argon2, slow on purpose): counted before anything is read.
  if (Astro.request.method === 'POST') {
    const limited = await limitPage(Astro, 'password-form', PASSWORD_FORM_LIMIT);
    if (limited) return limited;
  }
  const invitation = await findInvitation(db(), token);
  if (!invitation || invitation.problem) return invalid(Astro, invitation?.problem ?? 'unknown');
  const about = { email: invitation.email, associationName: invitation.associationName };
  const user = Astro.locals.user;

  const situation = (): InvitationViewProps => situationOf(invitation, user, here, about, locale);
  if (Astro.request.method !== 'POST') return situation();

  const form = await formData(Astro.request);
  try {
    if (form.get('action') === 'accept' && user) {
      await acceptAsUser(db(), { token, user });
      return Astro.redirect(WELCOME, 303);
    }
    if (form.get('action') === 'create' && !invitation.account) {
      const parsed = parseForm(form, newMemberForm(locale));
      if (!parsed.ok) {
        Astro.response.status = 400;
        return { ...about, state: 'create', action: here, values: { name: parsed.values.name ?? '' }, errors: parsed.errors };
      }
      const { userId } = await acceptAsNewUser(db(), { token, name: parsed.data.name, password: parsed.data.password, ip: requestIp(Astro) });
      setSessionCookie(Astro, await startSession(db(), userId, sessionToken(Astro)));
      return Astro.redirect(WELCOME, 303);
    }
  } catch (error) {
    if (error instanceof InvitationUnusable) return invalid(Astro, error.problem);
    // Someone else was quicker, or the account was made meanwhile: show what now applies.
    if (!(error instanceof AccountExists || error instanceof WrongInvitee || error instanceof NotMemberRole)) throw error;
    Astro.response.status = 409;
    const fresh = await findInvitation(db(), token);
    if (!fresh || fresh.problem) return invalid(Astro, fresh?.problem ?? 'unknown');
    return situationOf(fresh, user, here, about, locale);
  }
  // A form that does not fit the situation (an old tab): show the situation as it is now.
  Astro.response.status = 409;
  return situation();
}

function situationOf(invitation: InvitationInfo, user: App.Locals['user'], here: string, about: About, locale: Locale): InvitationViewProps {
  if (invitation.account && invitation.account.role !== 'member') return { ...about, state: 'notMemberRole' };
  if (user && user.email !== invitation.email) return { ...about, state: 'wrongUser', current: user.email };
  if (!invitation.account) return { ...about, state: 'create', action: here, values: {}, errors: {} };
  if (!user) return { ...about, state: 'login', loginHref: `${localePath(locale, '/login')}?next=${encodeURIComponent(here)}` };
  return { ...about, state: 'accept', action: here };
}

function invalid(Astro: AstroGlobal, problem: InvitationProblem): InvitationViewProps {
  Astro.response.status = problem === 'unknown' ? 404 : 410;
  return { state: 'invalid', problem };
}
