import { describe, expect, it } from 'vitest';
import { demoAccounts } from './data/accounts';
import { CATEGORIES, TARGET_GROUPS } from './data/taxonomy';
import { generateDemoData } from './generate';
import { BYDAY_PATTERN, TIME_PATTERN } from './schedule';

const NOW = new Date('2025-06-01T10:00:00Z');
const data = generateDemoData({ now: NOW, passwordHash: '$argon2id$test' });

const publishedAssociations = new Set(data.associations.filter((a) => a.status === 'published').map((a) => a.id));
const published = data.activities.filter((a) => a.status === 'published' && publishedAssociations.has(a.associationId));
const publishedIds = new Set(published.map((a) => a.id));
const termById = new Map(data.taxonomyTerms.map((t) => [t.id, t]));
const placeById = new Map(data.places.map((p) => [p.id, p]));
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

describe('demo data', () => {
  it('has at least 45 associations, 40 of them published', () => {
    expect(data.associations.length).toBeGreaterThanOrEqual(45);
    expect(publishedAssociations.size).toBeGreaterThanOrEqual(40);
  });

  it('has at least 160 activities, 150 of them published, and a few hidden ones', () => {
    expect(data.activities.length).toBeGreaterThanOrEqual(160);
    expect(published.length).toBeGreaterThanOrEqual(150);
    const hidden = data.activities.filter((a) => a.status !== 'published');
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    expect(hidden.length).toBeLessThanOrEqual(5);
  });

  it('uses every administration, district and target group, and both kinds, in published activities', () => {
    expect(new Set(published.map((a) => a.administrationId))).toEqual(new Set(data.administrations.map((a) => a.id)));
    const associationDistrict = new Map(data.associations.map((a) => [a.id, a.districtId]));
    const activityDistricts = new Set<string | null | undefined>();
    for (const link of data.activityPlaces.filter((l) => publishedIds.has(l.activityId))) {
      activityDistricts.add(placeById.get(link.placeId)?.districtId);
    }
    for (const a of published) activityDistricts.add(associationDistrict.get(a.associationId));
    for (const d of data.districts) expect(activityDistricts, d.slug).toContain(d.id);
    const usedTerms = new Set(data.activityTerms.filter((t) => publishedIds.has(t.activityId)).map((t) => t.termId));
    for (const t of data.taxonomyTerms.filter((t) => t.taxonomy === 'target_group')) expect(usedTerms, t.slug).toContain(t.id);
    const roles = published.filter((a) => a.kind === 'volunteer_role').length;
    expect(roles / published.length).toBeGreaterThanOrEqual(0.25);
    expect(published.some((a) => a.kind === 'offer')).toBe(true);
  });

  it('has unique ASCII slugs', () => {
    for (const rows of [data.administrations, data.districts, data.associations, data.activities]) {
      expect(unique(rows.map((r) => r.slug))).toBe(true);
      for (const r of rows) expect(r.slug).toMatch(SLUG);
    }
    expect(unique(data.taxonomyTerms.map((t) => `${t.taxonomy}:${t.slug}`))).toBe(true);
    expect(data.taxonomyTerms).toHaveLength(TARGET_GROUPS.length + CATEGORIES.length);
    expect(unique([...data.associations, ...data.activities, ...data.places, ...data.contacts, ...data.schedules, ...data.users].map((r) => r.id))).toBe(true);
  });

  it('only uses invented e-mail domains and the fictional phone series', () => {
    const emails = [...data.contacts, ...data.associations, ...data.administrations, ...data.users].map((r) => r.email).filter((e) => e != null);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example\.dk$/);
    const phones = [...data.contacts, ...data.associations, ...data.administrations].map((r) => r.phone).filter((p) => p != null);
    for (const p of phones) expect(p).toMatch(/^\+45 [23]0 00 \d\d \d\d$/);
    expect(unique(data.contacts.map((c) => c.email).filter((e) => e != null))).toBe(true);
  });

  it('never names the real organisations of the seed documents', () => {
    const text = JSON.stringify([data.associations, data.activities]);
    for (const name of ['Røde Kors', 'Mødrehjælpen', "Ta'fat", 'Den Sociale Skadestue', 'Baglandet']) expect(text).not.toContain(name);
  });

  it('references only rows that exist', () => {
    const associationIds = new Set(data.associations.map((a) => a.id));
    const activityById = new Map(data.activities.map((a) => [a.id, a]));
    for (const a of data.activities) expect(associationIds.has(a.associationId)).toBe(true);
    for (const t of data.activityTerms) expect(activityById.has(t.activityId) && termById.has(t.termId)).toBe(true);
    for (const l of data.activityPlaces) {
      expect(placeById.get(l.placeId)?.associationId).toBe(activityById.get(l.activityId)?.associationId);
    }
    for (const s of data.schedules) {
      expect(activityById.has(s.activityId)).toBe(true);
      if (s.placeId) expect(placeById.has(s.placeId)).toBe(true);
    }
    for (const c of data.contacts) {
      expect(associationIds.has(c.associationId)).toBe(true);
      if (c.activityId) expect(activityById.get(c.activityId)?.associationId).toBe(c.associationId);
      expect(c.email ?? c.phone).toBeTruthy();
    }
    for (const m of data.associationMemberships) expect(associationIds.has(m.associationId)).toBe(true);
  });

  it('gives each activity 1-3 target groups, 1-2 categories and 1-2 valid schedules', () => {
    for (const a of data.activities) {
      const terms = data.activityTerms.filter((t) => t.activityId === a.id).map((t) => termById.get(t.termId)?.taxonomy);
      const targets = terms.filter((t) => t === 'target_group').length;
      const categories = terms.filter((t) => t === 'category').length;
      expect([targets, categories], a.slug).toSatisfy(([t, c]: number[]) => t! >= 1 && t! <= 3 && c! >= 1 && c! <= 2);
      const schedules = data.schedules.filter((s) => s.activityId === a.id);
      expect(schedules.length, a.slug).toBeGreaterThanOrEqual(1);
      expect(schedules.length, a.slug).toBeLessThanOrEqual(2);
      for (const s of schedules) {
        expect(s.byday.length).toBeGreaterThanOrEqual(1);
        for (const d of s.byday) expect(d).toMatch(BYDAY_PATTERN);
        expect(s.byday.every((d) => /\d/.test(d))).toBe(s.freq === 'MONTHLY');
        expect(s.opensAt).toMatch(TIME_PATTERN);
        expect(s.closesAt).toMatch(TIME_PATTERN);
      }
    }
  });

  it('has a night line open 20 to 9 every day', () => {
    const line = data.activities.find((a) => a.slug === 'natlinjen-anonym-samtale-i-telefonen');
    const schedule = data.schedules.find((s) => s.activityId === line?.id);
    expect(schedule).toMatchObject({ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '20:00:00', closesAt: '09:00:00' });
    expect(data.activityPlaces.some((l) => l.activityId === line?.id)).toBe(false);
  });

  it('varies price, languages, referrals and verification dates plausibly', () => {
    for (const a of data.activities) {
      if (a.isFree) expect(a.priceOre ?? 0).toBe(0);
      else expect(a.priceOre).toBeGreaterThan(0);
      expect(a.summaryEn).toBeTruthy();
      for (const l of a.languages ?? []) expect(l).toMatch(/^[a-z]{2}$/);
    }
    expect(data.activities.filter((a) => !a.isFree).length).toBeGreaterThanOrEqual(5);
    const referrals = data.activities.filter((a) => a.takesReferrals).length / data.activities.length;
    expect(referrals).toBeGreaterThan(0.2);
    expect(referrals).toBeLessThan(0.5);
    const ageInMonths = (a: { lastVerifiedAt?: Date | null }) => (NOW.getTime() - (a.lastVerifiedAt?.getTime() ?? 0)) / (30.4 * 86_400_000);
    expect(published.filter((a) => ageInMonths(a) > 15).length).toBeGreaterThanOrEqual(3);
    for (const a of data.activities) expect(ageInMonths(a)).toBeLessThan(21);
  });

  it('places addresses in the right district with Danish postal codes', () => {
    const districtById = new Map(data.districts.map((d) => [d.id, d]));
    for (const p of data.places) {
      const district = districtById.get(p.districtId ?? '');
      expect(district?.postalCodes, p.name).toContain(p.postalCode);
      expect(Math.abs(p.latitude - (district?.latitude ?? 0))).toBeLessThan(0.005);
      expect(Math.abs(p.longitude - (district?.longitude ?? 0))).toBeLessThan(0.008);
    }
  });

  it('creates demo accounts that fit the role rules', () => {
    expect(data.users).toHaveLength(demoAccounts().length);
    for (const u of data.users) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(u.isDemo).toBe(true);
      expect(u.administrationId != null).toBe(u.role === 'coordinator' || u.role === 'staff');
    }
    expect(data.users.filter((u) => u.role === 'coordinator')).toHaveLength(data.administrations.length);
    expect(new Set(data.associationMemberships.map((m) => m.associationId)).size).toBeGreaterThanOrEqual(4);
  });

  it('generates the same data every time', () => {
    expect(generateDemoData({ now: NOW, passwordHash: '$argon2id$test' })).toEqual(data);
  });
});
