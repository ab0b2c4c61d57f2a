import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { graphqlDocumentModules } from './graphql-document-modules.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Where `npm run web:dev` sends API calls: a running api (`npm start` or `npm run start:api`). */
const apiOrigin = process.env.SAMVERKAN_API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here,
  plugins: [graphqlDocumentModules(), react()],
  build: {
    outDir: resolve(here, '../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline scripts or data: URLs, so the page runs under `script-src 'self'`.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The entry (React, Apollo Client, the router, i18next with both catalogs) is about 650 kB minified,
    // 200 kB gzipped; its budget is the first page's 250 kB gzipped, which `npm run bench:web` measures.
    chunkSizeWarningLimit: 700,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/exports', '/calendar'].map((path) => [path, { target: apiOrigin }])),
  },
  test: {
    root: here,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
