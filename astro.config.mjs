// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
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
