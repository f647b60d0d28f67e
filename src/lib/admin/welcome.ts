import type { Database } from '../../../db/client';
import { passwordResets } from '../../../db/schema';
import { t } from '../../i18n';
import { queueMail } from '../mail';
import { hashToken, newToken } from '../session';
import type { Role } from './schemas';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A new account's link lasts a week: longer than a forgotten-password link, since it may wait in an inbox over a weekend. */
export const NEW_ACCOUNT_LINK_DAYS = 7;

/** The catalogue key of each role's name, for the mail here and the admin pages. */
export const ROLE_KEYS = {
  admin: 'admin.role.admin',
  coordinator: 'admin.role.coordinator',
  staff: 'admin.role.staff',
  member: 'admin.role.member',
} as const satisfies Record<Role, string>;

/**
 * Creates a one-time link for a new user to choose their password (the same `password_resets`
 * row the "forgotten password" flow uses, so one page handles both) and queues the mail with it,
 * in the caller's transaction. The mail is in Danish with English below it: we do not know which
 * the person reads best.
 */
export async function sendWelcome(
  tx: Tx,
  user: { id: string; name: string; email: string; role: Role },
  linkTo: (path: string) => string,
  now = new Date(),
): Promise<void> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + NEW_ACCOUNT_LINK_DAYS * 24 * 60 * 60 * 1000);
  await tx.insert(passwordResets).values({ id: hashToken(token), userId: user.id, createdAt: now, expiresAt });
  const params = { name: user.name, email: user.email, link: linkTo(`/nulstil-kode/${token}`), days: NEW_ACCOUNT_LINK_DAYS };
  const body = (['da', 'en'] as const)
    .map((locale) => t(locale, 'admin.mail.welcome.body', { ...params, role: t(locale, ROLE_KEYS[user.role]) }))
    .join('\n\n----------\n\n');
  await queueMail(tx, {
    to: user.email,
    subject: `${t('da', 'admin.mail.welcome.subject')} / ${t('en', 'admin.mail.welcome.subject')}`,
    body,
    purpose: 'account_created',
  });
}
