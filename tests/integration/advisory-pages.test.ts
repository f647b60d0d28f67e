import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { cancelSession, publishSessions } from '../../src/lib/advisory';
import { hostFeed, sessionFile } from '../../src/lib/advisory-ical';
import { copenhagenDate, loadSessionList, parseListQuery } from '../../src/lib/advisory-public';
import { wallClock } from '../../src/lib/schedule/zone';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, createAdvisoryWorld, dateIn, moveSession, publishOne, sessionInput } from './advisory-fixtures';

/*
 * The public pages' data and the calendar files of advisory sessions, against a real database:
 * each file is parsed back with node-ical, as a calendar program would read it.
 */
const t = useTestDatabase();
let world: AdvisoryWorld;
const REQUEST = new URL('http://indgang.test/raadgivning');

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
});

/** node-ical gives URL either as text or as { val, params }. */
function urlOf(event: VEvent | undefined): string | undefined {
  const url = event?.url as unknown;
  return typeof url === 'string' ? url : (url as { val?: string } | undefined)?.val;
}

async function parsed(response: Response): Promise<{ text: string; events: VEvent[] }> {
  const text = await response.text();
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  return { text, events };
}

describe('the calendar file of one session', () => {
  it('holds the session at its Copenhagen time, with a stable UID, its place and its page', async () => {
    const session = await publishOne(t.db, world, { topic: `Gæld og budget ${world.tag}` });
    const response = await sessionFile(t.db, session.slug, 'da', REQUEST);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${session.slug}.ics"`);
    const { events } = await parsed(response);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.uid).toBe(`${session.id}@indgang`);
    expect(event?.summary).toBe(`Gæld og budget ${world.tag}`);
    expect(event?.location).toBe('Valby Bibliotek, Annexstræde 2, 2500 Valby');
    const [year, month, day] = dateIn(7).split('-').map(Number);
    expect(wallClock(event!.start)).toMatchObject({ year, month, day, hour: 16, minute: 0 });
    expect(wallClock(event!.end!)).toMatchObject({ year, month, day, hour: 18, minute: 0 });
    expect(urlOf(event)).toBe(`http://indgang.test/raadgivning/${session.slug}`);
    expect(event?.status).toBe('CONFIRMED');

    // Downloaded again, the same UID: a calendar updates the event instead of adding another.
    const again = await parsed(await sessionFile(t.db, session.slug, 'en', REQUEST));
    expect(again.events[0]?.uid).toBe(event?.uid);
    expect(urlOf(again.events[0])).toBe(`http://indgang.test/en/raadgivning/${session.slug}`);
  });

  it('says a cancelled session is cancelled', async () => {
    const session = await publishOne(t.db, world, { topic: `Aflyst møde ${world.tag}` });
    await cancelSession(t.db, session.id, world.coordinator, 'this');
    const [event] = (await parsed(await sessionFile(t.db, session.slug, 'da', REQUEST))).events;
    expect(event?.status).toBe('CANCELLED');
    expect(event?.summary).toBe(`Aflyst: Aflyst møde ${world.tag}`);
  });

  it('answers 404 for a session that does not exist', async () => {
    expect((await sessionFile(t.db, 'findes-ikke', 'da', REQUEST)).status).toBe(404);
  });
});

describe('the calendar feeds of hosts', () => {
  it("holds every session an association hosts, from 30 days ago on, under the host's name", async () => {
    const hosted = await publishOne(t.db, world, { topic: `Værtsmøde ${world.tag}`, date: dateIn(3) });
    const heldLately = await publishOne(t.db, world, { topic: `Holdt for nylig ${world.tag}`, date: dateIn(4) });
    await moveSession(t.db, heldLately.id, new Date(Date.now() - 10 * 86_400_000));
    const heldLongAgo = await publishOne(t.db, world, { topic: `Holdt for længe siden ${world.tag}`, date: dateIn(5) });
    await moveSession(t.db, heldLongAgo.id, new Date(Date.now() - 40 * 86_400_000));
    const notHosted = await publishOne(t.db, world, { topic: `Uden foreningen ${world.tag}`, hostAssociationIds: [] });

    const response = await hostFeed(t.db, { kind: 'association', slug: world.hostAssociation.slug }, 'da', REQUEST);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const { text, events } = await parsed(response);
    expect(text).toContain(`X-WR-CALNAME:Rådgivningsmøder med ${world.hostAssociation.name}`);
    const uids = events.map((e) => e.uid);
    expect(uids).toContain(`${hosted.id}@indgang`);
    expect(uids).toContain(`${heldLately.id}@indgang`);
    expect(uids).not.toContain(`${heldLongAgo.id}@indgang`);
    expect(uids).not.toContain(`${notHosted.id}@indgang`);
  });

  it("holds a weekly series at 16.00 Copenhagen time on every date, across the switch to summer time, in the partner administration's feed", async () => {
    const { ids } = await publishSessions(
      t.db,
      sessionInput(world, { topic: `Ugentlig rådgivning ${world.tag}`, date: '2027-03-16', repeat: { freq: 'WEEKLY', interval: 1, byday: ['TU'], until: '2027-04-06' } }),
      world.coordinator,
    );
    expect(ids).toHaveLength(4);
    const response = await hostFeed(t.db, { kind: 'administration', slug: world.partner.slug }, 'en', REQUEST);
    const { text, events } = await parsed(response);
    expect(text).toContain(`X-WR-CALNAME:Advice sessions with ${world.partner.nameEn}`);
    const series = events.filter((e) => ids.some((id) => e.uid === `${id}@indgang`)).sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(series.map((e) => wallClock(e.start)).map((c) => `${c.month}-${c.day} ${c.hour}:${c.minute}`)).toEqual(['3-16 16:0', '3-23 16:0', '3-30 16:0', '4-6 16:0']);
    expect(series.map((e) => e.start.toISOString())).toEqual(['2027-03-16T15:00:00.000Z', '2027-03-23T15:00:00.000Z', '2027-03-30T14:00:00.000Z', '2027-04-06T14:00:00.000Z']);
    expect(series[0]?.summary).toBe(`Joint advice on loneliness ${world.tag}`);
  });

  it('answers 404 for a host that does not exist', async () => {
    expect((await hostFeed(t.db, { kind: 'association', slug: 'findes-ikke' }, 'da', REQUEST)).status).toBe(404);
    expect((await hostFeed(t.db, { kind: 'administration', slug: 'findes-ikke' }, 'da', REQUEST)).status).toBe(404);
  });
});

describe('the public list and calendar', () => {
  it('filters by topic and host, keeps sessions already over out of the list but in the calendar', async () => {
    const coming = await publishOne(t.db, world, { topic: `Kommende ${world.tag}`, date: dateIn(2) });
    const over = await publishOne(t.db, world, { topic: `Overstået ${world.tag}`, date: dateIn(2) });
    const now = new Date();
    await moveSession(t.db, over.id, new Date(now.getTime() - 3 * 3600_000), new Date(now.getTime() - 60_000));

    const list = await loadSessionList(t.db, parseListQuery(new URLSearchParams(`emne=${world.category.slug}`)), now);
    const listed = list.sessions.map((s) => s.slug);
    expect(listed).toContain(coming.slug);
    expect(listed).not.toContain(over.slug);
    expect(list.options.topics.map((o) => o.slug)).toContain(world.category.slug);

    const otherTopic = await loadSessionList(t.db, parseListQuery(new URLSearchParams('emne=et-andet-emne')), now);
    expect(otherTopic.sessions.map((s) => s.slug)).not.toContain(coming.slug);

    const byHost = await loadSessionList(t.db, parseListQuery(new URLSearchParams(`vaert=association:${world.hostAssociation.slug}`)), now);
    expect(byHost.sessions.map((s) => s.slug)).toContain(coming.slug);
    expect(byHost.host).toMatchObject({ kind: 'association', name: world.hostAssociation.name, feedPath: `/raadgivning/feed/forening/${world.hostAssociation.slug}.ics` });

    // The calendar of the month the finished session was in still shows it.
    const heldMonth = copenhagenDate(new Date(now.getTime() - 3 * 3600_000)).slice(0, 7);
    const calendar = await loadSessionList(t.db, parseListQuery(new URLSearchParams(`visning=kalender&maaned=${heldMonth}`)), now);
    expect(calendar.sessions.map((s) => s.slug)).toContain(over.slug);
    expect(calendar.byDate.get(copenhagenDate(new Date(now.getTime() - 3 * 3600_000)))?.map((s) => s.slug)).toContain(over.slug);
  });
});
