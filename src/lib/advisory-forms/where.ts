/**
 * Where a session is held: a place with an address (and, when picked on the map, a point) and/or
 * a link to an online meeting. One of the two must be there; the point is optional.
 */
import { parseCoordinate } from '../listing/forms/places';
import { isOnlineUrl, type SessionPlace } from '../advisory';
import { checks } from './checks';
import { LIMITS } from './state';

const PLACE_FIELDS = ['placeName', 'address', 'postalCode', 'city', 'latitude', 'longitude'] as const;

/** Reads the place and the online link into `kit.errors`; `districtIds` are the districts one may choose. */
export function readWhere(kit: ReturnType<typeof checks>, values: Record<string, string>, districtIds: ReadonlySet<string> | null): { place: SessionPlace | null; onlineUrl: string | null } {
  const { tr, fail, text } = kit;
  const onlineUrl = text('onlineUrl', LIMITS.onlineUrl);
  if (onlineUrl !== null && !isOnlineUrl(onlineUrl)) fail('onlineUrl', tr('advisoryHost.error.onlineUrl'));

  const wantsPlace = PLACE_FIELDS.some((field) => (values[field] ?? '').trim() !== '');
  if (!wantsPlace) {
    if (onlineUrl === null) fail('address', tr('advisoryHost.error.placeOrLink'));
    return { place: null, onlineUrl };
  }
  const name = text('placeName', LIMITS.placeName);
  const address = text('address', LIMITS.address);
  const city = text('city', LIMITS.city);
  const postalCode = (values.postalCode ?? '').trim();
  if (address === null) fail('address', tr('advisoryHost.error.address'));
  if (!/^\d{4}$/.test(postalCode)) fail('postalCode', tr('advisoryHost.error.postalCode'));
  if (city === null) fail('city', tr('advisoryHost.error.city'));
  const districtId = (values.districtId ?? '').trim() || null;
  if (districtId !== null && districtIds !== null && !districtIds.has(districtId)) fail('districtId', tr('advisoryHost.error.district'));
  const point = readPoint(kit, values);
  return {
    place: { name, address: address ?? '', postalCode, city: city ?? '', districtId, latitude: point.latitude, longitude: point.longitude },
    onlineUrl,
  };
}

/** The point picked on the map (or typed): both coordinates or neither. */
function readPoint({ tr, fail }: ReturnType<typeof checks>, values: Record<string, string>) {
  const read = (field: 'latitude' | 'longitude', limit: number) => {
    const raw = (values[field] ?? '').trim();
    if (raw === '') return null;
    const n = parseCoordinate(raw);
    if (n === null || Math.abs(n) > limit) fail(field, tr(`advisoryHost.error.${field}`));
    return n;
  };
  const latitude = read('latitude', 90);
  const longitude = read('longitude', 180);
  if ((latitude === null) !== (longitude === null)) fail(latitude === null ? 'latitude' : 'longitude', tr('advisoryHost.error.pointHalf'));
  return latitude !== null && longitude !== null ? { latitude, longitude } : { latitude: null, longitude: null };
}
