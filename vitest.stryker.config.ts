// The tests Stryker runs against each mutant (npm run mutation): only the unit tests of the
// mutated folders, never the component or e2e suites. Which folders those are is read from
// stryker.config.json's `mutate` globs, so adding a folder there is the only edit needed:
// a glob `src/lib/NAME/**/*.ts` brings in `src/lib/NAME/**/*.test.ts` and
// `tests/unit/NAME/**/*.test.ts`. Stryker's `related` mode then narrows these further.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { catalogPlugin } from './scripts/catalog-plugin';
import { yamlDataPlugin } from './scripts/yaml-data-plugin';

/** Unit tests of mutated code that live elsewhere (e.g. 'tests/unit/progress.test.ts'). */
const EXTRA_TESTS: string[] = ['tests/unit/progress.test.ts', 'tests/unit/course/path.test.ts'];

const { mutate } = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8')) as { mutate: string[] };
const folders = [...new Set(mutate.flatMap((glob) => /^src\/lib\/([\w-]+)\//.exec(glob)?.[1] ?? []))];
if (folders.length === 0) throw new Error('stryker.config.json: no src/lib/<folder>/ glob in `mutate`');

export default defineConfig({
  // Runes in .svelte.ts modules (messages, save status) and the lesson catalog's virtual
  // modules: without them a test file fails to load, and Stryker counts none of its tests.
  plugins: [svelte(), catalogPlugin(), yamlDataPlugin()],
  test: {
    // Pure modules: no DOM needed (switch to 'jsdom' with setupFiles: ['tests/setup-dom.ts'] if a mutated folder needs one).
    environment: 'node',
    include: [...folders.flatMap((f) => [`src/lib/${f}/**/*.test.ts`, `tests/unit/${f}/**/*.test.ts`]), ...EXTRA_TESTS],
  },
});
