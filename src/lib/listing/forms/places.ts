/**
 * Where an activity is held: the repeated place rows (`places.N.*`) and the association's other
 * places to add (`addPlaceIds`), see ./index.ts. A point left empty is put at the centre of the
 * district of the postal code, else of the chosen district, else of the municipality, so that a
 * member without a map (or without JavaScript) can still save; staff can move it later.
 */
import { z } from 'zod';
import type { PlaceValue } from '../values';
import { crossCheck, field, optionalText, requiredText, ticked, type Tr } from './fields';
import type { RawRow } from './read';
import { emptyRows, rowId, rowList } from './rows';

/** What the place rows need to know about a district. */
export interface DistrictOption {
  id: string;
  name: string;
  postalCodes: string[];
  latitude: number;
  longitude: number;
}

/** The centre of the demo municipality (Copenhagen City Hall Square), the last fallback for a point. */
export const MUNICIPALITY_CENTRE = { latitude: 55.6761, longitude: 12.5683 } as const;

/** Empty rows offered for a new place under the existing ones. */
export const NEW_PLACE_ROWS = 1;

export const PLACE_FIELDS = ['name', 'address', 'postalCode', 'city', 'latitude', 'longitude', 'accessibilityNote'] as const;

/** "55,6761" or "55.6761" → 55.6761; null for anything else. */
export function parseCoordinate(text: string): number | null {
  if (!/^-?\d{1,3}(?:[.,]\d{1,12})?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

function coordinate(message: string, limit: number) {
  return field<number | null>((v) => {
    if (v === '') return { value: null };
    const n = parseCoordinate(v);
    return n !== null && Math.abs(n) <= limit ? { value: n } : { error: message };
  });
}

/** The district a postal code lies in (the first, when a code is shared). */
export function districtOfPostalCode(districts: readonly DistrictOption[], postalCode: string): DistrictOption | undefined {
  return districts.find((d) => d.postalCodes.includes(postalCode));
}

/** The schema of the place rows, checked against the districts and the association's own places. */
export function placeRows(tr: Tr, districts: readonly DistrictOption[], ownPlaces: readonly PlaceValue[]) {
  const fields = z.object({
    id: rowId,
    name: requiredText(tr, tr('edit.place.name'), 200),
    address: requiredText(tr, tr('edit.place.address'), 200),
    postalCode: field<string>((v) => (/^\d{4}$/.test(v) ? { value: v } : { error: tr('edit.error.postalCode') })),
    city: requiredText(tr, tr('edit.place.city'), 100),
    districtId: field<string | null>((v) =>
      v === '' ? { value: null } : districts.some((d) => d.id === v) ? { value: v } : { error: tr('edit.error.choice') },
    ),
    latitude: coordinate(tr('edit.error.latitude'), 90),
    longitude: coordinate(tr('edit.error.longitude'), 180),
    wheelchairAccessible: ticked,
    accessibilityNote: optionalText(tr, tr('edit.place.accessibilityNote'), 500),
    remove: ticked,
  });
  const row = fields
    .check(
      crossCheck<z.output<typeof fields>>((p, issue) => {
        // Only the association's own places can be changed from here.
        if (p.id && !ownPlaces.some((own) => own.id === p.id)) issue('name', tr('edit.error.placeUnknown'));
        if (p.latitude !== undefined && p.longitude !== undefined && (p.latitude === null) !== (p.longitude === null)) {
          issue(p.latitude === null ? 'latitude' : 'longitude', tr('edit.error.pointPair'));
        }
      }),
    )
    .transform(({ remove: _, id, latitude, longitude, districtId, ...place }): PlaceValue => {
      const byCode = districtOfPostalCode(districts, place.postalCode);
      const chosen = districts.find((d) => d.id === districtId);
      const centre = byCode ?? chosen ?? MUNICIPALITY_CENTRE;
      const point =
        latitude !== null && longitude !== null ? { latitude, longitude } : { latitude: centre.latitude, longitude: centre.longitude };
      return { ...(id ? { id } : {}), ...place, districtId: districtId ?? byCode?.id ?? null, ...point };
    });
  return rowList(row, PLACE_FIELDS);
}

/**
 * The association's other places that were ticked to add: their stored values, in the order of
 * the list. Unknown ids (a place deleted meanwhile) are refused on the `addPlaceIds` field.
 */
export function addedPlaces(tr: Tr, ownPlaces: readonly PlaceValue[]) {
  return z
    .array(z.string())
    .optional()
    .transform((ids, ctx) => {
      const chosen = ids ?? [];
      if (chosen.some((id) => !ownPlaces.some((p) => p.id === id))) {
        ctx.addIssue({ code: 'custom', message: tr('edit.error.placeUnknown') });
        return z.NEVER;
      }
      return ownPlaces.filter((p) => p.id !== undefined && chosen.includes(p.id));
    });
}

/** Place values as form rows, plus an empty row for a new place. */
export function placeState(places: readonly PlaceValue[]): RawRow[] {
  return [
    ...places.map((p) => ({
      id: p.id ?? '',
      name: p.name,
      address: p.address,
      postalCode: p.postalCode,
      city: p.city,
      districtId: p.districtId ?? '',
      latitude: String(p.latitude),
      longitude: String(p.longitude),
      wheelchairAccessible: p.wheelchairAccessible ? 'true' : '',
      accessibilityNote: p.accessibilityNote ?? '',
    })),
    ...emptyRows(NEW_PLACE_ROWS),
  ];
}
