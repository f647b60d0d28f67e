import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import {
  AccountError,
  findAssociationForMembers,
  inviteMember,
  inviteMemberForm,
  listMembers,
  listOpenInvitations,
  removeMember,
  revokeInvitation,
} from '../../lib/account';
import { allow, mayActForAssociation } from '../../lib/access';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { absoluteUrl } from '../../lib/mail';
import type { SessionUser } from '../../lib/session';
import { formData } from './request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MembersViewProps {
  user: SessionUser;
  association: { id: string; name: string };
  members: Awaited<ReturnType<typeof listMembers>>;
  invitations: Awaited<ReturnType<typeof listOpenInvitations>>;
  values: Record<string, string>;
  errors: FieldErrors;
  formError?: string;
  notice?: string;
}

/**
 * The members of an association, for its members only: invite by e-mail, withdraw an invitation,
 * remove a member (never the last). Returns `null` for an unknown association (the page shows 404).
 */
export async function membersPage(Astro: AstroGlobal): Promise<Response | MembersViewProps | null> {
  const locale = Astro.locals.locale;
  const id = Astro.params.associationId ?? '';
  const association = UUID.test(id) ? await findAssociationForMembers(db(), id) : null;
  if (!association) {
    Astro.response.status = 404;
    return null;
  }
  const user = await allow(Astro, (u) => mayActForAssociation(u, association.id));
  if (user instanceof Response) return user;
  const here = `/forening/${association.id}/medlemmer`;

  let values: Record<string, string> = {};
  let errors: FieldErrors = {};
  let formError: string | undefined;
  if (Astro.request.method === 'POST') {
    const form = await formData(Astro.request);
    const action = form.get('action');
    try {
      if (action === 'invite') {
        const parsed = parseForm(form, inviteMemberForm(locale));
        if (parsed.ok) {
          await inviteMember(db(), {
            associationId: association.id,
            email: parsed.data.email,
            inviter: user,
            locale,
            link: (token) => absoluteUrl(`/invitation/${token}`, Astro.url),
          });
          return Astro.redirect(`${here}?inviteret=1`, 303);
        }
        ({ values, errors } = parsed);
      } else if (action === 'remove') {
        const userId = String(form.get('userId') ?? '');
        if (UUID.test(userId)) {
          await removeMember(db(), { associationId: association.id, userId });
          // Whoever leaves the association can no longer see this page.
          return Astro.redirect(userId === user.id ? '/konto?forladt=1' : `${here}?fjernet=1`, 303);
        }
        formError = t(locale, 'members.notMember');
      } else if (action === 'revoke') {
        const invitationId = String(form.get('invitationId') ?? '');
        if (UUID.test(invitationId)) await revokeInvitation(db(), { associationId: association.id, invitationId });
        return Astro.redirect(`${here}?tilbagekaldt=1`, 303);
      }
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      if (action === 'invite') {
        values = { email: String(form.get('email') ?? '') };
        errors = { email: t(locale, error.messageKey) };
      } else formError = t(locale, error.messageKey);
    }
    Astro.response.status = 400;
  }

  const query = Astro.url.searchParams;
  const notice = query.has('inviteret')
    ? t(locale, 'invite.sent')
    : query.has('fjernet')
      ? t(locale, 'members.removed')
      : query.has('tilbagekaldt')
        ? t(locale, 'members.invitations.revoked')
        : undefined;
  return {
    user,
    association,
    members: await listMembers(db(), association.id),
    invitations: await listOpenInvitations(db(), association.id),
    values,
    errors,
    formError,
    notice,
  };
}
