/**
 * The introduction of the annual § 18 report in plain Danish (or English): what the cooperation
 * is, what it came to in the year in a few sentences with the year's own figures, who is
 * responsible for what, and where the figures come from. The page and the PDF both print it.
 */
import { type Locale, translator } from '../../i18n';
import { formatKroner } from '../grants/money';
import { formatDate } from '../schedule/format';
import type { ReportData } from './model';

/** The paragraphs of the introduction. `administration` names the chosen one, if any. */
export function introParagraphs(data: ReportData, year: number, administration: string | null, locale: Locale, now: Date): string[] {
  const tr = translator(locale);
  const { listings, grants, referrals, sessions } = data;
  const facts = [
    tr('reports.annual.intro.listings', { count: listings.totals.activities, associations: listings.totals.associations }),
    grants.total.count > 0
      ? tr('reports.annual.intro.grants', { count: grants.total.associations, year: String(year), amount: formatKroner(grants.total.amountOre, locale) })
      : tr('reports.annual.intro.noGrants', { year: String(year) }),
    tr('reports.annual.intro.referrals', { count: referrals.total }),
    tr('reports.annual.intro.sessions', { count: sessions.total.sessions, bookings: sessions.total.confirmed }),
  ];
  return [
    tr('reports.annual.intro.purpose', { year: String(year) }),
    ...(administration ? [tr('reports.annual.forAdministration', { administration })] : []),
    facts.join(' '),
    tr('reports.annual.intro.responsibility'),
    tr('reports.annual.intro.method', { date: formatDate(locale, now) }),
  ];
}
