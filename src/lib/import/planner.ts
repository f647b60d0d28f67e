import { slugify } from '../../../db/slug';
import type { Activity, Association, NewActivity, NewAssociation } from '../../../db/schema';
import { changes, dateInstant, type IdPool, type SlugPool, verifiedAt } from './diff';
import type { ExistingByOwner } from './existing';
import type { ImportActivity, ImportAssociation, ImportPlace } from './model';
import { type PartContext, planContacts, planPlaces, planSchedules } from './plan-parts';

/** Ids and slugs for new associations and activities. */
export interface Pools {
  association: IdPool;
  activity: IdPool;
  associationSlug: SlugPool;
  activitySlug: SlugPool;
}

/** Plans the writes of one association after another, with its activities and their parts. */
export class Planner {
  /** Links the plan removes (`activity|place`) and places it links: to know which places end up unused. */
  private readonly removedLinks = new Set<string>();
  private readonly linkedPlaces = new Set<string>();

  constructor(
    private readonly existing: ExistingByOwner,
    readonly ctx: PartContext,
  ) {}

  association(a: ImportAssociation, stored: Association | undefined, activityMatch: Map<ImportActivity, Activity>, pools: Pools): void {
    const { writes, summary, now } = this.ctx;
    const id = stored?.id ?? pools.association.next(a.sourceId);
    const values = {
      name: a.name,
      alternateName: a.alternateName,
      description: a.description,
      email: a.email,
      phone: a.phone,
      website: a.website,
      cvr: a.cvr,
      yearIncorporated: a.yearIncorporated,
      administrationId: a.administrationId,
      districtId: a.districtId,
      status: 'published' as const,
    };
    // Places of all its activities, once each (two activities of a file may share a place).
    const filePlaces = new Map<string, ImportPlace>();
    for (const activity of a.activities) for (const [key, place] of activity.places) if (!filePlaces.has(key)) filePlaces.set(key, place);
    const storedPlaces = stored ? this.existing.placesOf(stored.id) : [];
    const places = planPlaces(this.ctx, id, filePlaces, storedPlaces);
    const storedContacts = stored ? this.existing.contactsOf(stored.id) : [];
    let partsChanged = planContacts(this.ctx, { associationId: id, activityId: null }, a.contacts, storedContacts) || places.changed;

    const imported = new Set<string>();
    for (const activity of a.activities) {
      const activityStored = activityMatch.get(activity);
      imported.add(this.activity(activity, id, activityStored, places.placeIds, pools));
    }
    partsChanged = this.deleteUnusedPlaces(places.unnamed, imported) || partsChanged;

    if (!stored) {
      const row: NewAssociation = {
        ...values,
        id,
        slug: pools.associationSlug.next(slugify(a.name) || 'forening'),
        externalId: a.sourceId,
        districtId: a.districtId ?? null,
        lastVerifiedAt: a.lastVerifiedOn ? dateInstant(a.lastVerifiedOn) : null,
      };
      writes.associations.insert.push(row);
      summary.association.created++;
      return;
    }
    const set: Partial<Association> = changes(stored, values);
    const verified = verifiedAt(stored.lastVerifiedAt, a.lastVerifiedOn);
    if (verified !== undefined) Object.assign(set, { lastVerifiedAt: verified, staleSince: null });
    if (Object.keys(set).length === 0 && !partsChanged) summary.association.unchanged++;
    else {
      writes.associations.update.push({ id: stored.id, set: { ...set, updatedAt: now } });
      summary.association.updated++;
    }
  }

  /** Plans one activity and its parts; returns its id. */
  private activity(s: ImportActivity, associationId: string, stored: Activity | undefined, placeIds: Map<string, string>, pools: Pools): string {
    const { writes, summary, now } = this.ctx;
    const id = stored?.id ?? pools.activity.next(s.sourceId);
    const values = {
      associationId,
      administrationId: s.administrationId,
      kind: s.kind,
      status: s.status,
      name: s.name,
      summary: s.summary,
      description: s.description,
      summaryEn: s.summaryEn,
      howToJoin: s.howToJoin,
      eligibility: s.eligibility,
      isFree: s.isFree,
      priceOre: s.priceOre,
      costDescription: s.costDescription,
      languages: s.languages,
      minimumAge: s.minimumAge,
      maximumAge: s.maximumAge,
      email: s.email,
      website: s.website,
    };
    const wantedPlaces = [...new Set([...s.places.keys()].map((k) => placeIds.get(k)!))];
    // Every part is planned: no short-circuit, each call adds its writes.
    const termsChanged = this.links(id, 'terms', s.termIds);
    let partsChanged = this.links(id, 'links', wantedPlaces) || termsChanged;
    const storedSchedules = stored ? this.existing.schedulesOf(id) : [];
    partsChanged = planSchedules(this.ctx, id, s.schedules, placeIds, storedSchedules) || partsChanged;
    const storedContacts = stored ? this.existing.contactsOfActivity(id) : [];
    partsChanged = planContacts(this.ctx, { associationId, activityId: id }, s.contacts, storedContacts) || partsChanged;

    if (!stored) {
      const row: NewActivity = {
        ...values,
        id,
        slug: pools.activitySlug.next(slugify(s.name) || 'aktivitet'),
        externalId: s.sourceId,
        summaryEn: s.summaryEn ?? null,
        lastVerifiedAt: s.lastVerifiedOn ? dateInstant(s.lastVerifiedOn) : null,
      };
      writes.activities.insert.push(row);
      summary.activity.created++;
      return id;
    }
    const set: Partial<Activity> = changes(stored, values);
    const verified = verifiedAt(stored.lastVerifiedAt, s.lastVerifiedOn);
    if (verified !== undefined) Object.assign(set, { lastVerifiedAt: verified, staleSince: null });
    if (Object.keys(set).length === 0 && !partsChanged) summary.activity.unchanged++;
    else {
      writes.activities.update.push({ id, set: { ...set, updatedAt: now } });
      summary.activity.updated++;
    }
    return id;
  }

  /** Makes an activity's terms or places the wanted set; returns whether it differed. */
  private links(activityId: string, which: 'terms' | 'links', wanted: string[]): boolean {
    const stored = which === 'terms' ? this.existing.termsOf(activityId) : this.existing.placeLinksOf(activityId);
    const add = wanted.filter((other) => !stored.includes(other));
    const remove = stored.filter((other) => !wanted.includes(other));
    if (which === 'links') {
      for (const other of remove) this.removedLinks.add(`${activityId}|${other}`);
      for (const other of add) this.linkedPlaces.add(other);
    }
    this.ctx.writes[which].insert.push(...add.map((other) => ({ activityId, other })));
    this.ctx.writes[which].delete.push(...remove.map((other) => ({ activityId, other })));
    return add.length + remove.length > 0;
  }

  /**
   * Deletes stored places the file no longer names, when an imported activity used them and no
   * activity will use them after the import. A place nobody used before (just made in the edit
   * form) stays.
   */
  private deleteUnusedPlaces(unnamed: { id: string }[], imported: Set<string>): boolean {
    let deleted = 0;
    for (const place of unnamed) {
      const before = this.existing.linksToPlace(place.id);
      if (!before.some((activityId) => imported.has(activityId))) continue;
      const stays = before.some((activityId) => !this.removedLinks.has(`${activityId}|${place.id}`)) || this.linkedPlaces.has(place.id);
      if (stays) continue;
      this.ctx.writes.places.delete.push(place.id);
      deleted++;
    }
    this.ctx.summary.place.deleted += deleted;
    return deleted > 0;
  }
}
