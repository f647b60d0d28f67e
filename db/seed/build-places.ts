import { cityFor, districtBySlug, type DistrictSlug } from './data/districts';
import type { PlaceSpec } from './data/types';
import { stableId } from './ids';
import type { Random } from './random';
import type { WithId } from './rows';
import type { NewPlace } from '../schema';

const VENUES = ['Medborgerhuset', 'Kulturhuset', 'Beboerhuset', 'Foreningshuset', 'Aktivitetshuset', 'Sognegården'];
const STEP_FREE_NOTES = ['Der er elevator og handicaptoilet.', 'Niveaufri adgang fra gaden.', 'Der er teleslynge i salen.'];
const NOT_STEP_FREE_NOTES = ['Der er tre trin ved indgangen.', 'Lokalet ligger på 1. sal uden elevator.', 'Smal dør. Ring på, så hjælper vi.'];

/** A venue for an association that names none, unique across the demo ("Beboerhuset Valby"). */
export function defaultPlaceSpec(random: Random, district: DistrictSlug, usedNames: Set<string>): PlaceSpec {
  const { shortName } = districtBySlug(district);
  const start = random.int(0, VENUES.length - 1);
  for (let i = 0; i < VENUES.length; i++) {
    const name = `${VENUES[(start + i) % VENUES.length]} ${shortName}`;
    if (!usedNames.has(name)) return { name };
  }
  throw new Error(`No free venue name left in ${district}`);
}

/**
 * A place row on a real street of the district with an invented house number, placed a few
 * hundred metres from the district centre (close enough for "near me", never a real doorstep).
 */
export function buildPlace(
  spec: PlaceSpec,
  context: { random: Random; associationId: string; associationSlug: string; district: DistrictSlug; districtId: (slug: DistrictSlug) => string },
): WithId<NewPlace> {
  const { random } = context;
  const districtSlug = spec.district ?? context.district;
  const district = districtBySlug(districtSlug);
  const streets: readonly (readonly [string, string])[] = district.streets;
  const street = spec.street ? streets.find(([name]) => name === spec.street) : random.pick(streets);
  if (!street) throw new Error(`${spec.street} is not a street of ${district.name} in the demo data`);
  const [streetName, postalCode] = street;
  const accessible = spec.wheelchairAccessible ?? random.chance(0.6);
  const note = spec.accessibilityNote ?? (random.chance(0.4) ? random.pick(accessible ? STEP_FREE_NOTES : NOT_STEP_FREE_NOTES) : null);
  return {
    id: stableId('place', `${context.associationSlug}:${spec.name}`),
    associationId: context.associationId,
    name: spec.name,
    address: `${streetName} ${random.int(1, 160)}${random.chance(0.2) ? ', st.' : ''}`,
    postalCode,
    city: cityFor(postalCode),
    districtId: context.districtId(districtSlug),
    latitude: round6(district.latitude + (random.next() - 0.5) * 0.007),
    longitude: round6(district.longitude + (random.next() - 0.5) * 0.012),
    wheelchairAccessible: accessible,
    accessibilityNote: note,
  };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
