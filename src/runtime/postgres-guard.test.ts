import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardConnectionSource } from './postgres-guard';

// The package exports only its entry (cjs/src/index.js for require): the directory is two levels up.
const driverDir = join(dirname(createRequire(import.meta.url).resolve('postgres')), '../..');
const installed = (path: string) => readFileSync(join(driverDir, path), 'utf8');

describe('the postgres.js write guard', () => {
  it.each(['src/connection.js', 'cjs/src/connection.js'])('fits the installed driver (%s): a write without a socket fails its queries instead of the process', (path) => {
    const guarded = guardConnectionSource(installed(path));
    expect(guarded).not.toBeNull();
    expect(guarded).toMatch(/function nextWrite\(fn\) \{\n\s*if \(!socket\) \{ chunk = nextWriteTimer = null; error\(Errors\.connection\('CONNECTION_CLOSED', options\)\); return false \}\n\s*const x = socket\.write\(chunk, fn\)/);
    // Both teardowns forget the pending write and the dead server's error, so that a reconnected connection works.
    expect(guarded!.match(/clearImmediate\(nextWriteTimer\)\n\s*nextWriteTimer = chunk = errorResponse = null/g)).toHaveLength(2);
  });

  it('steps aside when the driver has changed (an upgrade that may already carry the fix)', () => {
    const fixed = installed('src/connection.js').replace('const x = socket.write(chunk, fn)', 'const x = socket && socket.write(chunk, fn)');
    expect(guardConnectionSource(fixed)).toBeNull();
  });
});
