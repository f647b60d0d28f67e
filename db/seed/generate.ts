import { demoAccounts } from './data/accounts';
import { ADMINISTRATIONS, administrationEmail, administrationPhone, type AdministrationKey } from './data/administrations';
import { catalogue } from './data/catalogue';
import { DISTRICTS, type DistrictSlug } from './data/districts';
import { PhoneBook } from './data/people';
import { CATEGORIES, TARGET_GROUPS } from './data/taxonomy';
import { buildAssociation } from './build-association';
import type { BuildContext } from './build-context';
import { stableId } from './ids';
import type { DemoData } from './rows';

export type { DemoData } from './rows';

/** Inputs that are not data: the clock (listings are dated relative to it) and the password hash. */
export interface GenerateOptions {
  now: Date;
  /** The argon2id hash every demo account gets; hashing is slow, so it is done once by the caller. */
  passwordHash: string;
}

function lookup<K extends string>(kind: string, ids: Map<string, string>) {
  return (key: K): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`Unknown ${kind} "${key}" in the demo catalogue`);
    return id;
  };
}

/**
 * Builds every row of the demo municipality, with ids fixed up front so that rows reference each
 * other before anything is inserted. Pure and deterministic: the same options give the same rows.
 */
export function generateDemoData(options: GenerateOptions): DemoData {
  const administrations = ADMINISTRATIONS.map((a, i) => ({
    id: stableId('administration', a.slug),
    slug: a.slug,
    nameDa: a.nameDa,
    nameEn: a.nameEn,
    abbreviation: a.abbreviation,
    email: administrationEmail(a.key),
    phone: administrationPhone(i),
    responseTargetDays: a.responseTargetDays,
  }));
  const districts = DISTRICTS.map((d) => ({
    id: stableId('district', d.slug),
    slug: d.slug,
    name: d.name,
    postalCodes: [...d.postalCodes],
    latitude: d.latitude,
    longitude: d.longitude,
  }));
  const taxonomyTerms = [
    ...TARGET_GROUPS.map((t) => ({ taxonomy: 'target_group' as const, ...t })),
    ...CATEGORIES.map((t) => ({ taxonomy: 'category' as const, ...t })),
  ].map((t) => ({ id: stableId('term', `${t.taxonomy}:${t.slug}`), ...t }));

  const termIds = lookup('term', new Map(taxonomyTerms.map((t) => [`${t.taxonomy}:${t.slug}`, t.id])));
  const context: BuildContext = {
    now: options.now,
    phones: new PhoneBook(),
    administrationId: lookup<AdministrationKey>('administration', new Map(ADMINISTRATIONS.map((a, i) => [a.key, administrations[i]?.id ?? '']))),
    districtId: lookup<DistrictSlug>('district', new Map(districts.map((d) => [d.slug, d.id]))),
    termId: (taxonomy, slug) => termIds(`${taxonomy}:${slug}`),
    usedActivitySlugs: new Set(),
    usedPlaceNames: new Set(),
  };

  const data: DemoData = {
    administrations,
    districts,
    taxonomyTerms,
    associations: [],
    places: [],
    activities: [],
    activityTerms: [],
    activityPlaces: [],
    contacts: [],
    schedules: [],
    users: [],
    associationMemberships: [],
  };
  for (const spec of catalogue()) {
    const rows = buildAssociation(spec, context);
    data.associations.push(...rows.associations);
    data.places.push(...rows.places);
    data.activities.push(...rows.activities);
    data.activityTerms.push(...rows.activityTerms);
    data.activityPlaces.push(...rows.activityPlaces);
    data.contacts.push(...rows.contacts);
    data.schedules.push(...rows.schedules);
  }

  const administrationBySlug = lookup('administration', new Map(administrations.map((a) => [a.slug, a.id])));
  const associationBySlug = lookup('association', new Map(data.associations.map((a) => [a.slug, a.id])));
  for (const account of demoAccounts()) {
    const id = stableId('user', account.email);
    data.users.push({
      id,
      email: account.email,
      name: account.name,
      passwordHash: options.passwordHash,
      role: account.role,
      administrationId: account.administrationSlug ? administrationBySlug(account.administrationSlug) : null,
      isDemo: true,
    });
    if (account.associationSlug) {
      data.associationMemberships.push({ userId: id, associationId: associationBySlug(account.associationSlug) });
    }
  }
  return data;
}
