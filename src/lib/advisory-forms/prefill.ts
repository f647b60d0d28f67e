/**
 * The edit form filled in from a published session: its texts, hosts (besides the owning
 * administration, which always hosts), topics, place, and its date and times on Copenhagen clocks.
 */
import type { PublicSession } from '../advisory';
import { wallClock } from '../schedule';
import type { SessionFormState } from './state';

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` and `HH:MM` of an instant in Copenhagen. */
export function copenhagenDateTime(instant: Date): { date: string; time: string } {
  const c = wallClock(instant);
  return { date: `${c.year}-${two(c.month)}-${two(c.day)}`, time: `${two(c.hour)}:${two(c.minute)}` };
}

/** The form state of a session as it is now. */
export function stateFromSession(session: PublicSession): SessionFormState {
  const start = copenhagenDateTime(session.startsAt);
  const end = copenhagenDateTime(session.endsAt);
  const place = session.place;
  return {
    values: {
      topic: session.topic,
      topicEn: session.topicEn ?? '',
      description: session.description,
      descriptionEn: session.descriptionEn ?? '',
      placeName: place?.name ?? '',
      address: place?.address ?? '',
      postalCode: place?.postalCode ?? '',
      city: place?.city ?? '',
      districtId: place?.districtId ?? '',
      latitude: place?.latitude == null ? '' : String(place.latitude),
      longitude: place?.longitude == null ? '' : String(place.longitude),
      onlineUrl: session.onlineUrl ?? '',
      date: start.date,
      startTime: start.time,
      endTime: end.time,
      capacity: String(session.capacity),
      waitingList: session.waitingList ? 'yes' : 'no',
      audience: session.audience,
      scope: 'this',
    },
    lists: {
      termIds: session.terms.map((term) => term.id),
      hostAdministrationIds: session.hosts.filter((h) => h.kind === 'administration' && h.id !== session.administrationId).map((h) => h.id),
      hostAssociationIds: session.hosts.filter((h) => h.kind === 'association').map((h) => h.id),
      languages: [...session.languages],
      weekdays: [],
    },
  };
}
