import { describe, expect, it } from 'vitest';
import { LastMember, listMembers, NotAMember, removeMember } from '../../src/lib/account';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';
import { createAssociation } from '../support/fixtures';

const t = useTestDatabase();

describe('members of an association', () => {
  it('are listed by name in Danish order', async () => {
    const association = await createAssociation(t.db);
    for (const name of ['Åse Holm', 'Bo Berg', 'Ærø Andersen']) await createUser(t.db, { role: 'member', name, associationIds: [association.id] });
    expect((await listMembers(t.db, association.id)).map((m) => m.name)).toEqual(['Bo Berg', 'Ærø Andersen', 'Åse Holm']);
  });

  it('can be removed, and may leave themselves, but the last one stays', async () => {
    const association = await createAssociation(t.db);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createUser(t.db, { role: 'member', associationIds: [association.id] })));
    await removeMember(t.db, { associationId: association.id, userId: b!.id });
    await removeMember(t.db, { associationId: association.id, userId: c!.id });
    await expect(removeMember(t.db, { associationId: association.id, userId: a!.id })).rejects.toThrow(LastMember);
    expect((await listMembers(t.db, association.id)).map((m) => m.userId)).toEqual([a!.id]);
  });

  it('cannot be removed twice, nor from an association they are not in', async () => {
    const association = await createAssociation(t.db);
    const other = await createAssociation(t.db);
    const [a, b] = await Promise.all([1, 2].map(() => createUser(t.db, { role: 'member', associationIds: [association.id] })));
    await removeMember(t.db, { associationId: association.id, userId: b!.id });
    await expect(removeMember(t.db, { associationId: association.id, userId: b!.id })).rejects.toThrow(NotAMember);
    await expect(removeMember(t.db, { associationId: other.id, userId: a!.id })).rejects.toThrow(NotAMember);
  });

  it('keep at least one when the last two remove each other at the same moment', async () => {
    const association = await createAssociation(t.db);
    const [a, b] = await Promise.all([1, 2].map(() => createUser(t.db, { role: 'member', associationIds: [association.id] })));
    const results = await Promise.allSettled([
      removeMember(t.db, { associationId: association.id, userId: a!.id }),
      removeMember(t.db, { associationId: association.id, userId: b!.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await listMembers(t.db, association.id)).toHaveLength(1);
  });
});
