import type { AssociationSpec } from './data/types';
import { buildActivity } from './build-activity';
import { activityContacts, associationContacts } from './build-contacts';
import { lastVerified, type BuildContext } from './build-context';
import { buildPlace, defaultPlaceSpec } from './build-places';
import { stableId } from './ids';
import { randomFor } from './random';
import type { AssociationRows } from './rows';
import { slugify } from '../slug';

/** All rows of one association: itself, its places, contacts, activities and their links. */
export function buildAssociation(spec: AssociationSpec, context: BuildContext): AssociationRows {
  const slug = slugify(spec.name);
  const random = randomFor(`association:${slug}`);
  const id = stableId('association', slug);
  const status = spec.status ?? 'published';

  const needsPlace = spec.activities.some((a) => a.place !== false);
  const placeSpecs = spec.places ?? (needsPlace ? [defaultPlaceSpec(random, spec.district, context.usedPlaceNames)] : []);
  const places = placeSpecs.map((p) =>
    buildPlace(p, { random, associationId: id, associationSlug: slug, district: spec.district, districtId: context.districtId }),
  );
  for (const place of places) context.usedPlaceNames.add(place.name);

  const contactContext = { random, phones: context.phones, associationId: id, associationSlug: slug, usedFirstNames: new Set<string>() };
  const rows: AssociationRows = {
    associations: [
      {
        id,
        slug,
        name: spec.name,
        alternateName: spec.alternateName ?? null,
        description: spec.description,
        email: `kontakt@${slug}.example.dk`,
        phone: context.phones.take(),
        website: `https://${slug}.example.dk`,
        // Invented CVR numbers could belong to real companies, so the demo has none.
        cvr: null,
        yearIncorporated: random.int(1978, 2022),
        administrationId: context.administrationId(spec.administration),
        districtId: spec.citywide ? null : context.districtId(spec.district),
        status,
        lastVerifiedAt: lastVerified(random, context.now),
      },
    ],
    places,
    activities: [],
    activityTerms: [],
    activityPlaces: [],
    contacts: associationContacts(contactContext),
    schedules: [],
  };

  for (const activitySpec of spec.activities) {
    const built = buildActivity(activitySpec, {
      ...context,
      random,
      association: { id, slug, administration: spec.administration, draft: status === 'draft' },
      places,
    });
    rows.activities.push(built.activity);
    rows.activityTerms.push(...built.terms);
    rows.activityPlaces.push(...built.places);
    rows.schedules.push(...built.schedules);
    rows.contacts.push(...activityContacts(contactContext, built.activity.id, built.activity.slug));
  }
  return rows;
}
