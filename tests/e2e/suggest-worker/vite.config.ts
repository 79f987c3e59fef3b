// Builds tests/e2e/suggest-worker into dist-suggest-worker with the app's CSP meta tag, for
// suggest-worker.e2e.ts (the app has no page using the client on this branch).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { cspPlugin } from '../../../scripts/csp-plugin';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [cspPlugin()],
  build: { outDir: fileURLToPath(new URL('../../../dist-suggest-worker', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
