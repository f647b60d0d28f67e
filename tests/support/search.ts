import { randomBytes } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { afterAll, inject } from 'vitest';
import { createSearchClient } from '../../search/client';

/**
 * The test Meilisearch and an index prefix of the calling file's own; its indexes are deleted
 * after the file's tests.
 */
export function useTestSearch(): { client: Meilisearch; prefix: string; url: string; key: string } {
  const url = inject('meiliUrl');
  const key = inject('meiliKey');
  const client = createSearchClient(url, key);
  const prefix = `t${randomBytes(4).toString('hex')}_`;
  afterAll(async () => {
    const { results } = await client.getIndexes({ limit: 1000 });
    await Promise.all(results.filter((i) => i.uid.startsWith(prefix)).map((i) => client.deleteIndex(i.uid).waitTask()));
  });
  return { client, prefix, url, key };
}
