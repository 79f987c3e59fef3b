/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { lessonsCheckPlugin } from './scripts/lessons-plugin';
import { CSP, cspPlugin } from './scripts/csp-plugin';
import { catalogPlugin } from './scripts/catalog-plugin';
import { yamlDataPlugin } from './scripts/yaml-data-plugin';
import { pwaPlugin } from './scripts/pwa-plugin';
import { preloadPlayerPlugin } from './scripts/preload-plugin';
import { packageFilesPlugin } from './scripts/package-files-plugin';

export default defineConfig({
  // Relative paths: the same build runs from a site's root, a sub-folder, or inside an LMS
  // package (see scripts/build-scorm.ts).
  base: './',
  plugins: [
    svelte(),
    ...(process.env.VITEST ? [svelteTesting()] : []),
    lessonsCheckPlugin(),
    catalogPlugin(),
    yamlDataPlugin(),
    cspPlugin(),
    packageFilesPlugin(),
    pwaPlugin(),
    preloadPlayerPlugin(),
  ],
  server: { fs: { allow: ['.'] } },
  // The manifest lets `npm run bench` find what the first page load fetches.
  build: {
    manifest: true,
    rollupOptions: {
      output: {
        // Two groups keep requests few: what every page needs ('app': Svelte, i18next, the
        // English messages), and the lesson player with what the teachers' pages share with
        // it ('player'), so a lesson link fetches one player file, preloaded early. What the
        // home page itself imports (the course path, the lesson format's words, a saved
        // lesson's status) must stay out of 'player', or the first page loads the player. Reading
        // and writing lesson files (and the YAML library, 30 KB gzip) is only for importing and
        // authoring: left to their own chunks, a lesson link does not fetch them.
        manualChunks(id) {
          if (
            /node_modules\/(svelte|i18next|esm-env|clsx|idb-keyval)\/|\/src\/lib\/i18n\/|\/src\/locales\/en\.json|\/src\/lib\/(lesson\/sources|lesson\/imported-store|lesson\/vocabulary|course\/path|progress\/saved-status|is-record|categories|lms\/lms-status\.svelte|lms\/find-api)\.ts/.test(
              id,
            )
          )
            return 'app';
          if (/node_modules\/(valibot|marked|xstate)\//.test(id)) return 'player';
          if (
            /\/src\/(lib\/(lesson\/(?!sources|imported-store|vocabulary|lesson-file|lesson-yaml|build-lesson-yaml|import-files)|progress\/(?!saved-status)|scoring|anchoring|text)|components\/(markdown\/|LessonPage|LessonPlayer|LessonProblems|steps\/|exercise\/))/.test(
              id,
            )
          )
            return 'player';
          return undefined;
        },
      },
    },
  },
  // frame-ancestors only works as a header, so it is added here rather than in the meta tag.
  preview: { headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'self'` } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'tests/machines/**/*.test.ts'],
    setupFiles: ['tests/setup-dom.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
