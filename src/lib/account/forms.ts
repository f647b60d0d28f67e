import { z } from 'zod';
import { type Locale, t } from '../../i18n';
import { looksLikeEmail } from './email';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

/**
 * The account forms' schemas, with the user's words as messages (parsed with
 * src/lib/forms/validate.ts). Built per language, because the messages are.
 */

function email(locale: Locale) {
  return z
    .string({ error: t(locale, 'account.error.emailRequired') })
    .trim()
    .toLowerCase()
    .min(1, { error: t(locale, 'account.error.emailRequired') })
    .refine(looksLikeEmail, { error: t(locale, 'account.error.emailInvalid') });
}

/** The fields of a new password, typed twice. */
function newPasswordFields(locale: Locale) {
  return {
    password: z
      .string({ error: t(locale, 'account.error.passwordTooShort') })
      .min(PASSWORD_MIN_LENGTH, { error: t(locale, 'account.error.passwordTooShort') })
      .max(PASSWORD_MAX_LENGTH, { error: t(locale, 'account.error.passwordTooLong') }),
    repeat: z.string().default(''),
  };
}

/** The check that both typings agree; its error is put beside the second field. */
function samePasswords(locale: Locale): [(v: { password: string; repeat: string }) => boolean, { path: string[]; error: string }] {
  return [(v) => v.password === v.repeat, { path: ['repeat'], error: t(locale, 'account.error.passwordsDiffer') }];
}

/** Login: only presence is checked; a wrong e-mail and a wrong password get the same answer later. */
export function loginForm(locale: Locale) {
  return z.object({
    email: z
      .string({ error: t(locale, 'account.error.emailRequired') })
      .trim()
      .min(1, { error: t(locale, 'account.error.emailRequired') }),
    password: z
      .string({ error: t(locale, 'account.error.passwordRequired') })
      .min(1, { error: t(locale, 'account.error.passwordRequired') })
      .max(PASSWORD_MAX_LENGTH, { error: t(locale, 'login.error.invalid') }),
    next: z.string().optional(),
  });
}

export function forgotForm(locale: Locale) {
  return z.object({ email: email(locale) });
}

export function resetForm(locale: Locale) {
  return z.object(newPasswordFields(locale)).refine(...samePasswords(locale));
}

/** Accepting an invitation without an account: a name and a password. */
export function newMemberForm(locale: Locale) {
  return z
    .object({
      ...newPasswordFields(locale),
      name: z
      .string({ error: t(locale, 'account.error.nameRequired') })
      .trim()
      .min(1, { error: t(locale, 'account.error.nameRequired') })
        .max(120, { error: t(locale, 'account.error.nameTooLong') }),
    })
    .refine(...samePasswords(locale));
}

/** A member invites a colleague. */
export function inviteMemberForm(locale: Locale) {
  return z.object({ email: email(locale) });
}

/** A coordinator invites someone from a listed association (`existing`) or a new one (`new`). */
export function inviteAssociationForm(locale: Locale) {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('existing'),
        associationId: z.uuid({ error: t(locale, 'invite.error.chooseAssociation') }),
        email: email(locale),
      }),
      z.object({
        kind: z.literal('new'),
        associationName: z
          .string({ error: t(locale, 'invite.error.newNameRequired') })
          .trim()
          .min(1, { error: t(locale, 'invite.error.newNameRequired') })
          .max(200, { error: t(locale, 'invite.error.newNameRequired') }),
        email: email(locale),
      }),
    ],
    { error: t(locale, 'invite.error.chooseKind') },
  );
}
