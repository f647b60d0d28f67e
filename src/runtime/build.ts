import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

/** Everything the built server is made from. */
const INPUTS = ['src', 'db/schema', 'db/client.ts', 'search', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];
const STAMP = 'dist/.build-stamp';

/** A fingerprint of the build inputs: their paths, sizes and modification times. */
export async function fingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (!name.endsWith('.test.ts')) await visit(join(path, name));
      }
    } else {
      hash.update(`${relative(root, path)}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  for (const input of INPUTS) await visit(join(root, input));
  return hash.digest('hex');
}

/** Builds the server with `astro build` when it is missing or older than its sources. */
export async function buildIfNeeded(root: string, log: (line: string) => void): Promise<void> {
  const current = await fingerprint(root);
  const built = existsSync(join(root, 'dist/server/entry.mjs'))
    ? await readFile(join(root, STAMP), 'utf8').catch(() => '')
    : '';
  if (built === current) return;
  log('Bygger Indgang (astro build); det sker kun, når koden er ændret …');
  const astro = join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '../bin/astro.mjs');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`astro build fejlede (kode ${code}); se meddelelserne ovenfor`);
  await writeFile(join(root, STAMP), current);
}
