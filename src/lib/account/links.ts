import { type Locale, t } from '../../i18n';
import type { SessionUser } from '../session/session';

/** A link of the back office: where it goes and what it says. */
export interface BackOfficeLink {
  href: string;
  text: string;
}

/**
 * The back-office pages a user may use, in the order they are most often needed. Shown on /konto
 * and in the back-office menu; the pages themselves still check access, this only spares people
 * links that would end on "no access". Back-office paths are Danish only for now.
 */
export function backOfficeLinks(
  user: Pick<SessionUser, 'role'>,
  associations: readonly { id: string; name: string }[],
  locale: Locale,
): BackOfficeLink[] {
  const links: BackOfficeLink[] = [{ href: '/konto', text: t(locale, 'backoffice.link.account') }];
  switch (user.role) {
    case 'member':
      if (associations.length > 0) {
        links.push(
          { href: '/forening', text: t(locale, 'backoffice.link.dashboard') },
          { href: '/henvisninger', text: t(locale, 'referralUi.link.inbox') },
          { href: '/vaert', text: t(locale, 'backoffice.link.hostSessions') },
        );
      }
      for (const association of associations) {
        links.push({
          href: `/forening/${association.id}/medlemmer`,
          text: t(locale, 'backoffice.link.members', { association: association.name }),
        });
      }
      break;
    case 'coordinator':
    case 'staff':
      links.push(
        { href: '/henvisninger', text: t(locale, 'referralUi.link.inbox') },
        { href: '/vaert', text: t(locale, 'backoffice.link.hostSessions') },
        { href: '/forvaltning/godkendelser', text: t(locale, 'backoffice.link.reviews') },
        { href: '/forvaltning/fejlmeldinger', text: t(locale, 'backoffice.link.reports') },
        { href: '/forvaltning/foraeldede', text: t(locale, 'backoffice.link.stale') },
      );
      if (user.role === 'coordinator') {
        links.push(
          { href: '/forvaltning/raadgivning', text: t(locale, 'backoffice.link.advisory') },
          { href: '/forvaltning/inviter', text: t(locale, 'backoffice.link.invite') },
          { href: '/forvaltning/indstillinger', text: t(locale, 'backoffice.link.settings') },
          { href: '/forvaltning/borgerdata', text: t(locale, 'backoffice.link.citizenData') },
          { href: '/forvaltning/adgangslog', text: t(locale, 'backoffice.link.accessLog') },
          { href: '/rapporter', text: t(locale, 'reports.link.nav') },
          { href: '/rapporter/tilskud', text: t(locale, 'grants.link') },
        );
      }
      break;
    case 'admin':
      links.push({ href: '/admin', text: t(locale, 'backoffice.link.admin') });
      links.push({ href: '/rapporter', text: t(locale, 'reports.link.nav') });
      links.push({ href: '/rapporter/tilskud', text: t(locale, 'grants.link') });
      break;
  }
  return links;
}
