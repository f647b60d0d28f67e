import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';

describe('the embedded Meilisearch', () => {
  // The launcher generates the master key as random base64url, which starts with "-" one time in
  // 64; passed as a separate argument, Meilisearch took it for an option and refused to start.
  it('starts with a master key that begins with a dash, and answers to that key', async () => {
    const masterKey = '-BtestkeyWithADashFirst_0123456789abcdef';
    const service = await startEmbeddedMeilisearch({ dataDir: await mkdtemp(join(tmpdir(), 'indgang-meili-')), masterKey, persistent: false });
    try {
      const withKey = await fetch(`${service.url}/keys`, { headers: { Authorization: `Bearer ${masterKey}` } });
      expect(withKey.status).toBe(200);
      const without = await fetch(`${service.url}/keys`);
      expect(without.status).toBe(401);
    } finally {
      await service.stop();
    }
  });
});
