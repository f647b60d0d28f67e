import type { Database } from '../../../db/client';
import { type Locale, t } from '../../i18n';
import { suggestReceiver } from '../../lib/referral';
import { type ActivityOption, type NewReferralOptions, receiverNames } from '../../lib/referral-forms';

/** The answer to "Foreslå modtager", as the form says it. */
export interface Suggestion {
  kind: 'found' | 'none' | 'noTerms';
  text: string;
}

/**
 * "Foreslå modtager": for a referral to an administration, the routing table's suggestion from the
 * ticked target groups and categories, chosen in the select (the sender may pick another); for a
 * referral to an activity, whom it goes to. Either way "to whom it may be passed" is filled in
 * when the sender has left it empty. Changes `values` in place; saves nothing.
 */
export async function suggestFor(
  db: Database,
  locale: Locale,
  values: Record<string, string>,
  termIds: string[],
  options: NewReferralOptions,
  selected: ActivityOption | null,
): Promise<Suggestion | null> {
  if (values.targetKind === 'activity') {
    if (selected && !values.consentScope?.trim()) values.consentScope = receiverNames(locale, selected);
    return null;
  }
  const known = termIds.filter((id) => options.terms.some((term) => term.id === id));
  if (known.length === 0) return { kind: 'noTerms', text: t(locale, 'referralUi.suggest.noTerms') };
  const found = await suggestReceiver(db, known);
  const administration = found && options.administrations.find((a) => a.id === found.administrationId);
  const term = found && options.terms.find((x) => x.id === found.termId);
  if (!found || !administration) return { kind: 'none', text: t(locale, 'referralUi.suggest.none') };
  const name = locale === 'da' ? administration.nameDa : administration.nameEn;
  values.targetKind = 'administration';
  values.administrationId = administration.id;
  if (!values.consentScope?.trim()) values.consentScope = name;
  return { kind: 'found', text: t(locale, 'referralUi.suggest.found', { administration: name, term: term ? term.name[locale] : '' }) };
}
