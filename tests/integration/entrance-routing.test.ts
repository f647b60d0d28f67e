import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens, routingRules, taxonomyTerms } from '../../db/schema';
import { AdminError } from '../../src/lib/admin';
import { countActiveTokens, createApiToken, findApiToken, listApiTokens, revokeApiToken } from '../../src/lib/api-token';
import { suggestReceiver } from '../../src/lib/referral';
import { countRoutingRules, loadRoutingTable, readRoutingForm, ruleField, saveRoutingTable } from '../../src/lib/routing';
import { createAdministration } from '../support/fixtures';
import { useTestDatabase } from '../support/database';

/** The admin's routing table (/admin/henvisning) and API tokens (/admin/api-noegler). */
const t = useTestDatabase();

async function terms() {
  const [elderly, visits] = await t.db
    .insert(taxonomyTerms)
    .values([
      { taxonomy: 'target_group', slug: `aeldre-${Math.random()}`, nameDa: 'Ældre', nameEn: 'Older people' },
      { taxonomy: 'category', slug: `besoeg-${Math.random()}`, nameDa: 'Besøg', nameEn: 'Visits' },
    ])
    .returning();
  return { elderly: elderly!, visits: visits! };
}

const routingForm = (choices: Record<string, string>) => {
  const form = new FormData();
  form.set('_csrf', 'x');
  for (const [termId, administrationId] of Object.entries(choices)) form.set(ruleField(termId), administrationId);
  return form;
};

describe('the routing table', () => {
  it('saves every row of the form at once, "ingen" removing a rule, and the core routes by it', async () => {
    const { elderly, visits } = await terms();
    const health = await createAdministration(t.db);
    const social = await createAdministration(t.db);
    await saveRoutingTable(t.db, readRoutingForm(routingForm({ [elderly.id]: health.id, [visits.id]: social.id })));
    expect(await suggestReceiver(t.db, [visits.id, elderly.id])).toEqual({ administrationId: social.id, termId: visits.id });

    await saveRoutingTable(t.db, readRoutingForm(routingForm({ [elderly.id]: social.id, [visits.id]: '' })));
    const table = await loadRoutingTable(t.db);
    expect(table.target_group.find((r) => r.termId === elderly.id)!.administrationId).toBe(social.id);
    expect(table.category.find((r) => r.termId === visits.id)!.administrationId).toBeNull();
    expect(await countRoutingRules(t.db)).toBe(1);
  });

  it('refuses an administration that does not exist beside its row, and changes nothing', async () => {
    const { elderly } = await terms();
    const before = await t.db.select().from(routingRules);
    const save = saveRoutingTable(t.db, readRoutingForm(routingForm({ [elderly.id]: '00000000-0000-4000-8000-000000000000' })));
    await expect(save).rejects.toBeInstanceOf(AdminError);
    await expect(save).rejects.toMatchObject({ field: ruleField(elderly.id) });
    expect(await t.db.select().from(routingRules)).toEqual(before);
  });
});

describe('API tokens for the admin', () => {
  it('are created for an existing administration, listed without the token, and revoked once', async () => {
    const administration = await createAdministration(t.db, { nameDa: 'Tokenforvaltningen' });
    const before = await countActiveTokens(t.db);
    const { id, token } = await createApiToken(t.db, { administrationId: administration.id, name: 'Sagssystem', createdBy: null });
    expect(token).toMatch(/^indgang_[A-Za-z0-9_-]{43}$/);
    const listed = (await listApiTokens(t.db)).find((row) => row.id === id);
    expect(listed).toMatchObject({ name: 'Sagssystem', administrationName: 'Tokenforvaltningen', revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(await countActiveTokens(t.db)).toBe(before + 1);

    expect(await revokeApiToken(t.db, id)).toBe(true);
    expect(await revokeApiToken(t.db, id)).toBe(false);
    expect((await findApiToken(t.db, id))!.revokedAt).toBeInstanceOf(Date);
    expect(await countActiveTokens(t.db)).toBe(before);
  });

  it('are refused for an administration that does not exist', async () => {
    const made = createApiToken(t.db, { administrationId: '00000000-0000-4000-8000-000000000000', name: 'X', createdBy: null });
    await expect(made).rejects.toMatchObject({ field: 'administrationId' });
    expect(await t.db.select().from(apiTokens).where(eq(apiTokens.name, 'X'))).toHaveLength(0);
  });
});
