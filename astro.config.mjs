// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES } from './src/lib/security/csp.ts';
import { inlineScriptHashes } from './src/lib/security/inline-scripts.ts';

export default defineConfig({
  output: 'server',
  // A request body above 32 MB is refused when read (the default is 1 GB). The largest legitimate
  // body is the admin's import upload: 20 MB of file, which the import page checks itself with a
  // friendly message (src/components/import/import-page.ts).
  adapter: node({ mode: 'standalone', bodySizeLimit: 32 * 1024 * 1024 }),
  integrations: [preact()],
  i18n: {
    locales: ['da', 'en'],
    defaultLocale: 'da',
    routing: { prefixDefaultLocale: false },
  },
  // A strict Content-Security-Policy (docs/decisions/017): Astro hashes every script and style it
  // renders into the page and sends the policy as a header of each rendered page, with the shared
  // directives (frame-ancestors included, which a <meta> policy could not carry). No 'unsafe-inline'
  // and no 'unsafe-eval' for scripts. The one exception is style *attributes* (style-src-attr):
  // the charts size their bars with style="" and Leaflet's markup carries them; an attribute
  // cannot load anything or run script, and <style> elements still need a hash.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // The few classic inline scripts that must run before the first paint, by hash.
      scriptDirective: { hashes: inlineScriptHashes() },
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // No Markdown here; Shiki's inline styles would not pass the policy anyway.
  markdown: { syntaxHighlight: false },
  // Port and host come from PORT and HOST at run time (see src/lib/config).
  server: { port: 4321 },
  vite: {
    // dkfds 11 still uses Sass's old if() function; the warning is about dkfds, not our code.
    css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['if-function'] } } },
  },
});
