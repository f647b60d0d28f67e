import { inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, routingRules, taxonomyTerms } from '../../../db/schema';
import { AdminError } from '../admin/errors';
import { isUuid } from '../admin/schemas';
import { compareDanish } from '../directory/danish-order';

/**
 * The admin's routing table (docs/decisions/012-referrals.md): each target group and category
 * may point to the administration that should receive a referral about it when the sender does
 * not know whom to send it to (the citizen's entrance always, staff sometimes). `suggestReceiver`
 * in the referral core reads it; this module only lets the admin see and change it.
 */
export interface RoutingRow {
  termId: string;
  slug: string;
  nameDa: string;
  nameEn: string;
  /** Null: "ingen", the term suggests no receiver. */
  administrationId: string | null;
}

export interface RoutingTable {
  target_group: RoutingRow[];
  category: RoutingRow[];
}

/** The form field of a term's choice (`regel.<term id>`); the empty value is "ingen". */
export const ruleField = (termId: string) => `regel.${termId}`;

/** Every term of both vocabularies with the administration it routes to, in Danish order. */
export async function loadRoutingTable(db: Database): Promise<RoutingTable> {
  const [terms, rules] = await Promise.all([db.select().from(taxonomyTerms), db.select().from(routingRules)]);
  const target = new Map(rules.map((rule) => [rule.termId, rule.administrationId]));
  const rows = terms
    .map((term) => ({
      termId: term.id,
      slug: term.slug,
      nameDa: term.nameDa,
      nameEn: term.nameEn,
      administrationId: target.get(term.id) ?? null,
      taxonomy: term.taxonomy,
    }))
    .sort((a, b) => compareDanish(a.nameDa, b.nameDa));
  const pick = (kind: 'target_group' | 'category') => rows.filter((r) => r.taxonomy === kind).map(({ taxonomy: _, ...row }) => row);
  return { target_group: pick('target_group'), category: pick('category') };
}

/** The choices of the posted form: every `regel.<term id>` field, "" meaning none. */
export function readRoutingForm(form: FormData): Map<string, string | null> {
  const choices = new Map<string, string | null>();
  for (const [key, value] of form.entries()) {
    if (!key.startsWith('regel.') || typeof value !== 'string') continue;
    choices.set(key.slice('regel.'.length), value === '' ? null : value);
  }
  return choices;
}

/**
 * Replaces the whole table with the admin's choices in one transaction, so that a referral routed
 * meanwhile sees either the old table or the new one, never half of each. Terms not in the form
 * lose their rule; an unknown administration is refused beside its field.
 */
export async function saveRoutingTable(db: Database, choices: Map<string, string | null>): Promise<{ rules: number }> {
  const wanted = [...choices].filter((entry): entry is [string, string] => entry[1] !== null);
  return db.transaction(async (tx) => {
    const termIds = [...choices.keys()].filter(isUuid);
    const known = new Set(
      termIds.length === 0 ? [] : (await tx.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(inArray(taxonomyTerms.id, termIds))).map((r) => r.id),
    );
    const administrationIds = [...new Set(wanted.map(([, id]) => id))].filter(isUuid);
    const existing = new Set(
      administrationIds.length === 0
        ? []
        : (await tx.select({ id: administrations.id }).from(administrations).where(inArray(administrations.id, administrationIds))).map((r) => r.id),
    );
    for (const [termId, administrationId] of wanted) {
      if (!existing.has(administrationId)) throw new AdminError('admin.error.unknownAdministration', ruleField(termId), 'routing to unknown administration');
    }
    // A term deleted while the admin had the form open simply has no rule any more.
    const rows = wanted.filter(([termId]) => known.has(termId)).map(([termId, administrationId]) => ({ termId, administrationId }));
    if (rows.length > 0) {
      await tx
        .insert(routingRules)
        .values(rows)
        .onConflictDoUpdate({ target: routingRules.termId, set: { administrationId: sql`excluded.administration_id` } });
    }
    // Every rule the form did not keep goes; with none kept, the whole table on purpose.
    const kept = rows.map((row) => row.termId);
    await tx.delete(routingRules).where(kept.length > 0 ? notInArray(routingRules.termId, kept) : sql`true`);
    return { rules: rows.length };
  });
}

/** How many terms have a rule, for the admin start page. */
export async function countRoutingRules(db: Database): Promise<number> {
  return db.$count(routingRules);
}
