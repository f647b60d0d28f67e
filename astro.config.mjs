// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

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
  // Port and host come from PORT and HOST at run time (see src/lib/config).
  server: { port: 4321 },
  vite: {
    // dkfds 11 still uses Sass's old if() function; the warning is about dkfds, not our code.
    css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['if-function'] } } },
  },
});
