import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import {
  AccountError,
  associationsOfAdministration,
  findAdministration,
  inviteMember,
  inviteMemberForm,
  inviteNewAssociation,
} from '../../lib/account';
import { allow, mayCoordinate } from '../../lib/access';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { absoluteUrl } from '../../lib/mail';
import { formData } from './request';

export interface InviteViewProps {
  administrationName: string;
  associations: { id: string; name: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  sent: boolean;
}

/**
 * A coordinator invites someone from an association of their administration, or from a new one
 * (created as a draft of the administration), by e-mail.
 */
export async function invitePage(Astro: AstroGlobal): Promise<Response | InviteViewProps> {
  const locale = Astro.locals.locale;
  const user = await allow(Astro, (u) => u.administrationId !== null && mayCoordinate(u, u.administrationId));
  if (user instanceof Response) return user;
  const administrationId = user.administrationId!;
  const administration = await findAdministration(db(), administrationId);
  const associations = await associationsOfAdministration(db(), administrationId);
  const view = (values: Record<string, string>, errors: FieldErrors): InviteViewProps => ({
    administrationName: administration ? administration[locale === 'da' ? 'nameDa' : 'nameEn'] : '',
    associations,
    values,
    errors,
    sent: Astro.url.searchParams.has('sendt'),
  });
  if (Astro.request.method !== 'POST') return view({}, {});

  const form = await formData(Astro.request);
  const parsed = parseForm(form, inviteMemberForm(locale));
  const values = { kind: '', associationId: '', associationName: '', email: '', ...(parsed.ok ? {} : parsed.values) };
  for (const key of Object.keys(values) as (keyof typeof values)[]) values[key] = String(form.get(key) ?? '').trim();
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  // Someone who chose an association (or typed a name) but not the radio button meant that one.
  if (values.kind === '' && (values.associationId === '') !== (values.associationName === '')) {
    values.kind = values.associationId ? 'existing' : 'new';
  }
  // Checked here rather than in a zod union, so that every problem of the form is shown at once.
  if (values.kind === 'existing' && !associations.some((a) => a.id === values.associationId)) {
    errors.associationId = t(locale, 'invite.error.chooseAssociation');
  } else if (values.kind === 'new' && values.associationName === '') {
    errors.associationName = t(locale, 'invite.error.newNameRequired');
  } else if (values.kind !== 'existing' && values.kind !== 'new') {
    errors['kind-existing'] = t(locale, 'invite.error.chooseKind');
  }
  if (!parsed.ok || Object.keys(errors).length > 0) {
    Astro.response.status = 400;
    // In the order of the form, so that the error summary reads from top to bottom.
    const order = ['kind-existing', 'associationId', 'associationName', 'email'];
    return view(values, Object.fromEntries(order.filter((key) => errors[key]).map((key) => [key, errors[key]!])));
  }

  const input = { email: parsed.data.email, inviter: user, locale, link: (token: string) => absoluteUrl(`/invitation/${token}`, Astro.url) };
  try {
    if (values.kind === 'existing') await inviteMember(db(), { ...input, associationId: values.associationId });
    else await inviteNewAssociation(db(), { ...input, associationName: values.associationName.slice(0, 200), administrationId });
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    Astro.response.status = 400;
    return view(values, { email: t(locale, error.messageKey) });
  }
  return Astro.redirect('/forvaltning/inviter?sendt=1', 303);
}
