import { randomBytes } from 'node:crypto';
import { copenhagenDate, topicSlug } from '../../src/lib/advisory/publish';
import { hashCancelToken, sealBooking } from '../../src/lib/advisory/personal';
import { sessionTimes } from '../../src/lib/advisory/recurrence';
import { config } from '../../src/lib/config/config';
import { referenceCode } from '../../src/lib/referral/reference';
import { civilDate, dayNumber } from '../../src/lib/schedule/civil';
import { wallClock } from '../../src/lib/schedule/zone';
import { advisoryBookings, advisorySeries, advisorySessionHosts, advisorySessions, advisorySessionTerms } from '../schema';
import { ADMINISTRATIONS } from './data/administrations';
import { ADVISORY_SERIES, type AdvisorySeriesSpec } from './data/advisory';
import { cityFor, districtBySlug } from './data/districts';
import { stableId } from './ids';
import type { Transaction } from './insert';

const administrationId = (key: string) => stableId('administration', ADMINISTRATIONS.find((a) => a.key === key)!.slug);
const coordinatorId = (key: string) => stableId('user', `koordinator.${key}@indgang.example.dk`);

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** `YYYY-MM-DD` of the Copenhagen day `days` after `now`'s. */
function dayAfter(now: Date, days: number): string {
  const { year, month, day } = civilDate(dayNumber(wallClock(now)) + days);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The rows of one series (or single session), with ids fixed from its key and dates. */
function buildSeries(spec: AdvisorySeriesSpec, now: Date) {
  const date = dayAfter(now, spec.startInDays);
  const repeat = spec.repeat ? { freq: spec.repeat.freq, interval: spec.repeat.interval, byday: spec.repeat.byday, until: dayAfter(now, spec.startInDays + spec.repeat.forDays) } : null;
  const times = sessionTimes({ date, startTime: spec.startTime, endTime: spec.endTime, repeat });
  const owner = administrationId(spec.owner);
  const seriesId = repeat ? stableId('advisory-series', spec.key) : null;
  const series = repeat
    ? [{ id: seriesId!, administrationId: owner, freq: repeat.freq, interval: repeat.interval, byday: repeat.byday, validFrom: date, validTo: repeat.until, createdBy: coordinatorId(spec.owner) }]
    : [];
  const district = spec.place ? districtBySlug(spec.place.district) : null;
  const postalCode = spec.place && district ? district.streets.find(([street]) => street === spec.place!.street)![1] : null;
  const sessions = times.map((o) => {
    const day = copenhagenDate(o.start);
    return {
      id: stableId('advisory-session', `${spec.key}:${day}`),
      slug: `${topicSlug(spec.topic)}-${day}`,
      seriesId,
      administrationId: owner,
      topic: spec.topic,
      topicEn: spec.topicEn,
      description: spec.description,
      descriptionEn: spec.descriptionEn,
      placeName: spec.place?.name ?? null,
      address: spec.place ? `${spec.place.street} ${spec.place.number}` : null,
      postalCode,
      city: postalCode ? cityFor(postalCode) : null,
      districtId: spec.place ? stableId('district', spec.place.district) : null,
      // A little off the district's centre, rounded as the other demo places are (a float's tail would not survive a round trip).
      latitude: district ? round6(district.latitude + 0.0012) : null,
      longitude: district ? round6(district.longitude - 0.0017) : null,
      onlineUrl: spec.onlineUrl,
      startsAt: o.start,
      endsAt: o.end,
      capacity: spec.capacity,
      waitingList: spec.waitingList,
      audience: spec.audience,
      languages: spec.languages,
      createdBy: coordinatorId(spec.owner),
      createdAt: now,
      updatedAt: now,
    };
  });
  const hostIds = [owner, ...spec.hostAdministrations.map(administrationId)];
  const hosts = sessions.flatMap((s) => [
    ...hostIds.map((id) => ({ sessionId: s.id, administrationId: id, associationId: null })),
    ...spec.hostAssociations.map((slug) => ({ sessionId: s.id, administrationId: null, associationId: stableId('association', slug) })),
  ]);
  const terms = sessions.flatMap((s) => spec.terms.map((slug) => ({ sessionId: s.id, termId: stableId('term', `category:${slug}`) })));
  return { series, sessions, hosts, terms };
}

/** The demo bookings of a session: seats until it is full, then the waiting list; sealed like real ones. */
function buildBookings(spec: AdvisorySeriesSpec, sessionId: string, now: Date) {
  return (spec.bookings ?? []).map((person, i, all) => {
    const cancelToken = randomBytes(32).toString('base64url');
    const at = new Date(now.getTime() - (all.length - i) * 3_600_000);
    return {
      sessionId,
      reference: referenceCode(),
      status: i < spec.capacity ? ('confirmed' as const) : ('waiting' as const),
      ...sealBooking({ person: { ...person, organisation: null }, cancelToken, locale: 'da' }),
      cancelTokenHash: hashCancelToken(cancelToken),
      consentAt: at,
      createdAt: at,
    };
  });
}

/**
 * The bookings of a session already held: names erased as the retention job would have done,
 * attendance recorded by the hosts after the session. Anonymous, so they need no key.
 */
function heldBookings(held: { booked: number; attended: number }, session: { id: string; startsAt: Date; endsAt: Date }) {
  return Array.from({ length: held.booked }, (_, i) => {
    const at = new Date(session.startsAt.getTime() - (10 + i) * 3_600_000);
    return {
      sessionId: session.id,
      reference: referenceCode(),
      status: 'confirmed' as const,
      personal: null,
      cancelTokenHash: hashCancelToken(randomBytes(32).toString('base64url')),
      consentAt: at,
      createdAt: at,
      attended: i < held.attended,
      attendanceRecordedAt: session.endsAt,
      erasedAt: new Date(session.endsAt.getTime() + 30 * 86_400_000),
    };
  });
}

/**
 * Inserts the demo's joint advisory sessions: a few series over the next four months, one
 * small full session with a waiting list, so that hosts see a list at once, and one series held
 * months ago with its (erased) bookings and attendance, so that the § 18 report has figures. The
 * small session's bookings are sealed with REFERRAL_KEY; without it (a bare seed outside
 * `npm start`) they are left out.
 */
export async function insertAdvisoryDemo(tx: Transaction, now: Date): Promise<void> {
  const sealable = Boolean(config().REFERRAL_KEY);
  for (const spec of ADVISORY_SERIES) {
    const rows = buildSeries(spec, now);
    if (rows.series.length > 0) await tx.insert(advisorySeries).values(rows.series);
    await tx.insert(advisorySessions).values(rows.sessions);
    await tx.insert(advisorySessionHosts).values(rows.hosts);
    if (rows.terms.length > 0) await tx.insert(advisorySessionTerms).values(rows.terms);
    if (sealable && spec.bookings) await tx.insert(advisoryBookings).values(buildBookings(spec, rows.sessions[0]!.id, now));
    if (spec.held) await tx.insert(advisoryBookings).values(rows.sessions.flatMap((session) => heldBookings(spec.held!, session)));
  }
}
