import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** JavaScript the page loads before any interaction (scripts, modulepreloads, islands and their static imports). */
  initial: { files: string[]; gzipBytes: number };
  /** JavaScript only fetched later by dynamic import() (e.g. the map). */
  lazy: { files: string[]; gzipBytes: number };
}

// Minified output writes `}from"./x.js"` and `import"./x.js"`, so no whitespace is required.
const staticImport = /(?:\bfrom\s*|\bimport\s*)["'](\.{0,2}\/[^"']+\.m?js)["']/g;
const dynamicImport = /import\(\s*["'`](\.{0,2}\/[^"'`]+\.m?js)["'`]\s*\)/g;
// Vite lists the files of lazy imports (with their CSS) in `__vite__mapDeps=(…m.f=[…])`.
const mapDeps = /__vite__mapDeps=[^[]*\[([^\]]*)\]/g;

export async function measurePageJs(pageUrl: string): Promise<PageWeight> {
  const html = await (await fetch(pageUrl)).text();
  const entry = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entry.add(new URL(m[1]!, pageUrl).href);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entry.add(new URL(m[1]!, pageUrl).href);
  for (const m of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) entry.add(new URL(m[1]!, pageUrl).href);
  const inlineModules = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');

  const sizes = new Map<string, number>();
  const lazyRoots = new Set<string>();
  const visit = async (url: string): Promise<void> => {
    if (sizes.has(url)) return;
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    sizes.set(url, gzipSync(body).length);
    const text = body.toString('utf8');
    for (const m of text.matchAll(staticImport)) await visit(new URL(m[1]!, url).href);
    for (const m of text.matchAll(dynamicImport)) lazyRoots.add(new URL(m[1]!, url).href);
    for (const m of text.matchAll(mapDeps)) {
      for (const dep of (m[1] ?? '').matchAll(/["']([^"']+\.m?js)["']/g)) lazyRoots.add(new URL(dep[1]!, new URL('/', pageUrl)).href);
    }
  };
  for (const url of entry) await visit(url);
  for (const m of inlineModules.matchAll(dynamicImport)) lazyRoots.add(new URL(m[1]!, pageUrl).href);
  const initialFiles = [...sizes.keys()];
  const initialBytes = [...sizes.values()].reduce((a, b) => a + b, 0) + gzipSync(Buffer.from(inlineModules)).length;

  for (const url of lazyRoots) await visit(url);
  const lazyFiles = [...sizes.keys()].filter((f) => !initialFiles.includes(f));
  const lazyBytes = lazyFiles.reduce((a, f) => a + sizes.get(f)!, 0);
  return { initial: { files: initialFiles, gzipBytes: initialBytes }, lazy: { files: lazyFiles, gzipBytes: lazyBytes } };
}
