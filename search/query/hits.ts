import { labelOf, type ReferenceData } from './reference';
import type { ActivityDoc, AssociationDoc, ContactDoc, SearchHit, SearchParams, SessionDoc } from '../types';

type Locale = SearchParams['locale'];

/** A document as a search engine gives it back, with the distance when sorted by place. */
export type FoundDoc = (ActivityDoc | AssociationDoc | ContactDoc | SessionDoc) & { _geoDistance?: number };

/** The public path of a page in a locale: Danish paths have no prefix, English ones live under /en. */
export function pagePath(locale: Locale, path: string): string {
  return locale === 'en' ? `/en${path}` : path;
}

/** Where a contact is shown: on its activity's page, else in the contacts of its association's page. */
export function contactPath(doc: Pick<ContactDoc, 'activitySlug' | 'associationSlug'>, locale: Locale): string {
  return doc.activitySlug
    ? pagePath(locale, `/aktiviteter/${doc.activitySlug}`)
    : pagePath(locale, `/foreninger/${doc.associationSlug}#kontakter`);
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
export function shorten(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[.,;:–-]+$/, '')} …`;
}

function distanceKm(doc: FoundDoc): number | null {
  // Meilisearch gives whole metres; a tenth of a kilometre is what people read.
  return doc._geoDistance === undefined ? null : Math.round(doc._geoDistance / 100) / 10;
}

function activityHit(doc: ActivityDoc & { _geoDistance?: number }, locale: Locale): SearchHit {
  return {
    type: 'activity',
    id: doc.id,
    slug: doc.slug,
    url: pagePath(locale, `/aktiviteter/${doc.slug}`),
    title: doc.name,
    snippet: shorten(locale === 'en' && doc.summaryEn ? doc.summaryEn : doc.summary),
    association: doc.associationName,
    administration: locale === 'en' ? doc.administrationNameEn : doc.administrationName,
    district: doc.districtNames[0] ?? null,
    distanceKm: distanceKm(doc),
    kind: doc.kind,
    // Documents indexed before times were added have none until they are indexed again.
    when: (locale === 'en' ? doc.whenEn : doc.when) ?? [],
    geo: doc._geo ?? null,
  };
}

function associationHit(doc: AssociationDoc & { _geoDistance?: number }, locale: Locale): SearchHit {
  return {
    type: 'association',
    id: doc.id,
    slug: doc.slug,
    url: pagePath(locale, `/foreninger/${doc.slug}`),
    title: doc.name,
    snippet: shorten(doc.description),
    association: null,
    administration: locale === 'en' ? doc.administrationNameEn : doc.administrationName,
    district: doc.districtNames[0] ?? null,
    distanceKm: distanceKm(doc),
    geo: doc._geo ?? null,
  };
}

function contactHit(doc: ContactDoc, locale: Locale, reference: ReferenceData): SearchHit {
  const district = doc.districts[0];
  return {
    type: 'contact',
    id: doc.id,
    slug: null,
    url: contactPath(doc, locale),
    title: doc.name,
    // A person is found to be reached: the snippet is their role and how to reach them.
    snippet: [doc.title, doc.activityName ?? doc.associationName, doc.phone, doc.email].filter(Boolean).join(' · '),
    association: doc.associationName,
    administration: labelOf(reference.administrations, doc.administration, locale),
    district: district ? labelOf(reference.districts, district, locale) : null,
    distanceKm: null,
  };
}

/**
 * An advisory session: its page, its topic, the date in words as its `when`, its hosts as the
 * association line (administrations first), and whether it is online. English falls back to the
 * Danish text a coordinator did not translate.
 */
function sessionHit(doc: SessionDoc & { _geoDistance?: number }, locale: Locale): SearchHit {
  const en = locale === 'en';
  return {
    type: 'session',
    id: doc.id,
    slug: doc.slug,
    url: pagePath(locale, `/raadgivning/${doc.slug}`),
    title: (en && doc.topicEn) || doc.topic,
    snippet: shorten((en && doc.descriptionEn) || doc.description),
    association: (en ? doc.hostNamesEn : doc.hostNames).join(', ') || null,
    administration: en ? doc.administrationNameEn : doc.administrationName,
    district: doc.districtNames[0] ?? null,
    distanceKm: distanceKm(doc),
    when: [en ? doc.whenEn : doc.when],
    geo: doc._geo ?? null,
    online: doc.online,
  };
}

/** A found document as a result line of the response, with labels in its locale. */
export function toHit(doc: FoundDoc, locale: Locale, reference: ReferenceData): SearchHit {
  switch (doc.type) {
    case 'activity':
      return activityHit(doc, locale);
    case 'association':
      return associationHit(doc, locale);
    case 'contact':
      return contactHit(doc, locale, reference);
    case 'session':
      return sessionHit(doc, locale);
  }
}
