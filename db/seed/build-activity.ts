import type { AdministrationKey } from './data/administrations';
import type { ActivitySpec } from './data/types';
import { lastVerified, type BuildContext } from './build-context';
import { stableId } from './ids';
import type { Random } from './random';
import type { AssociationRows, WithId } from './rows';
import { DEFAULT_SCHEDULES, parseSchedule } from './schedule';
import { slugify } from '../slug';
import type { NewActivity, NewPlace } from '../schema';

const JOIN_OFFER = [
  'Kom forbi. Du behøver ikke at melde dig til.',
  'Ring eller skriv til os, så finder vi ud af det sammen.',
  'Skriv til os, eller kom forbi i åbningstiden.',
];
const JOIN_VOLUNTEER = [
  'Skriv til os. Vi inviterer dig til en uforpligtende snak.',
  'Ring til vores frivilligkoordinator, så hører du mere.',
];

interface ActivityContext extends BuildContext {
  random: Random;
  association: { id: string; slug: string; administration: AdministrationKey; draft: boolean };
  places: WithId<NewPlace>[];
}

/** A slug unique across the whole demo: the activity's name, or name plus association if taken. */
function uniqueSlug(name: string, associationSlug: string, used: Set<string>): string {
  const plain = slugify(name);
  const slug = used.has(plain) ? `${plain}-${associationSlug}` : plain;
  if (used.has(slug)) throw new Error(`Duplicate activity slug ${slug}`);
  used.add(slug);
  return slug;
}

/** One activity with its taxonomy links, place link and schedules. */
export function buildActivity(
  spec: ActivitySpec,
  context: ActivityContext,
): { activity: WithId<NewActivity> & { slug: string } } & Pick<AssociationRows, 'schedules'> & {
  terms: AssociationRows['activityTerms'];
  places: AssociationRows['activityPlaces'];
} {
  const { random, association } = context;
  const slug = uniqueSlug(spec.name, association.slug, context.usedActivitySlugs);
  const id = stableId('activity', slug);
  const place = spec.place === false ? undefined : context.places[spec.place ?? 0];
  if (spec.place !== false && !place) throw new Error(`Activity ${slug} points at a missing place`);
  const offer = spec.kind === 'offer';

  const activity: WithId<NewActivity> & { slug: string } = {
    id,
    slug,
    associationId: association.id,
    administrationId: context.administrationId(spec.administration ?? association.administration),
    kind: spec.kind,
    name: spec.name,
    summary: spec.summary,
    description: spec.description,
    summaryEn: spec.summaryEn,
    howToJoin: spec.howToJoin ?? random.pick(offer ? JOIN_OFFER : JOIN_VOLUNTEER),
    eligibility: spec.eligibility ?? null,
    isFree: spec.price === undefined,
    priceOre: spec.price?.ore ?? null,
    costDescription: spec.price?.per ?? spec.costNote ?? null,
    languages: spec.languages ?? (offer && random.chance(0.12) ? ['da', 'en'] : ['da']),
    minimumAge: spec.minimumAge ?? null,
    maximumAge: spec.maximumAge ?? null,
    takesReferrals: spec.takesReferrals ?? (offer && random.chance(0.1)),
    email: null,
    website: null,
    status: association.draft ? 'draft' : (spec.status ?? 'published'),
    lastVerifiedAt: lastVerified(random, context.now),
  };

  const when = spec.when ?? [random.pick(DEFAULT_SCHEDULES)];
  return {
    activity,
    terms: [
      ...spec.targets.map((t) => ({ activityId: id, termId: context.termId('target_group', t) })),
      ...spec.categories.map((c) => ({ activityId: id, termId: context.termId('category', c) })),
    ],
    places: place ? [{ activityId: id, placeId: place.id }] : [],
    schedules: when.map((rule, i) => ({
      id: stableId('schedule', `${slug}:${i}`),
      activityId: id,
      placeId: place?.id ?? null,
      ...parseSchedule(rule),
    })),
  };
}
