import { stableId } from '../ids';

/**
 * The demo routing table (the admin keeps the real one at /admin/henvisning): when a sender or a
 * citizen does not know where to turn, the need's target group or category suggests the
 * administration that usually helps with it. Only a suggestion; the sender decides.
 */
const RULES: { taxonomy: 'target_group' | 'category'; term: string; administration: string }[] = [
  { taxonomy: 'target_group', term: 'ensomme', administration: 'socialforvaltningen' },
  { taxonomy: 'target_group', term: 'aeldre', administration: 'socialforvaltningen' },
  { taxonomy: 'target_group', term: 'hjemloese', administration: 'socialforvaltningen' },
  { taxonomy: 'target_group', term: 'psykisk-saarbare', administration: 'socialforvaltningen' },
  { taxonomy: 'target_group', term: 'patienter', administration: 'sundheds-og-omsorgsforvaltningen' },
  { taxonomy: 'category', term: 'motion-og-bevaegelse', administration: 'sundheds-og-omsorgsforvaltningen' },
  { taxonomy: 'category', term: 'sundhed-og-patientstoette', administration: 'sundheds-og-omsorgsforvaltningen' },
  { taxonomy: 'target_group', term: 'boern-og-familier', administration: 'boerne-og-ungdomsforvaltningen' },
  { taxonomy: 'target_group', term: 'gravide-og-nybagte-foraeldre', administration: 'boerne-og-ungdomsforvaltningen' },
  { taxonomy: 'target_group', term: 'flygtninge-og-indvandrere', administration: 'beskaeftigelses-og-integrationsforvaltningen' },
  { taxonomy: 'category', term: 'sprog-og-integration', administration: 'beskaeftigelses-og-integrationsforvaltningen' },
  { taxonomy: 'category', term: 'job-og-uddannelse', administration: 'beskaeftigelses-og-integrationsforvaltningen' },
  { taxonomy: 'category', term: 'kultur-og-fritid', administration: 'kultur-og-fritidsforvaltningen' },
  { taxonomy: 'category', term: 'natur-og-miljoe', administration: 'teknik-og-miljoeforvaltningen' },
];

/** The rules as rows of `routing_rules`, with the demo's stable ids (the same in every seeded database). */
export function routingRuleRows(): { termId: string; administrationId: string }[] {
  return RULES.map((r) => ({
    termId: stableId('term', `${r.taxonomy}:${r.term}`),
    administrationId: stableId('administration', r.administration),
  }));
}
