import { derivedId } from './ids';
import { HSDS_TAXONOMIES, type HsdsAttribute, type HsdsTaxonomyName, type HsdsTaxonomyTerm } from './types';

/** What each of our taxonomies is, in the words an HSDS consumer sees in `taxonomy_detail`. */
const TAXONOMY_DESCRIPTIONS: Record<HsdsTaxonomyName, string> = {
  [HSDS_TAXONOMIES.targetGroup]: 'Indgangs målgrupper: hvem en aktivitet er for. Kode = målgruppens slug.',
  [HSDS_TAXONOMIES.category]: 'Indgangs kategorier: hvad en aktivitet handler om. Kode = kategoriens slug.',
  [HSDS_TAXONOMIES.administration]:
    'Den kommunale forvaltning, der er ansvarlig for opslaget, gennemgår det og modtager dets henvisninger. Kode = forvaltningens slug.',
  [HSDS_TAXONOMIES.kind]: 'Om en aktivitet er et tilbud (offer) eller en frivilligopgave (volunteer_role).',
  [HSDS_TAXONOMIES.district]: 'Bydelen, en forening eller et sted hører til. Kode = bydelens slug.',
};

/** One of our terms as an HSDS taxonomy term. `id` is our row id where we have one. */
export function taxonomyTerm(
  taxonomy: HsdsTaxonomyName,
  term: { id?: string; code: string; name: string; description?: string | null },
): HsdsTaxonomyTerm {
  const taxonomyId = derivedId('taxonomy', taxonomy);
  return {
    id: term.id ?? derivedId('taxonomy_term', taxonomy, term.code),
    code: term.code,
    name: term.name,
    description: term.description?.trim() || term.name,
    taxonomy,
    taxonomy_id: taxonomyId,
    taxonomy_detail: { id: taxonomyId, name: taxonomy, description: TAXONOMY_DESCRIPTIONS[taxonomy] },
    language: 'da',
  };
}

/** An attribute linking an organization, service or location to a term. */
export function attribute(
  linkEntity: 'organization' | 'service' | 'location',
  linkId: string,
  linkType: string,
  term: HsdsTaxonomyTerm,
): HsdsAttribute {
  return {
    id: derivedId('attribute', linkEntity, linkId, term.id),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  };
}
