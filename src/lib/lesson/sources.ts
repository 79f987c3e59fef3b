// Where lessons and articles are: Vite's import.meta.glob loaders (each file its own chunk).
// Kept apart from load.ts, which builds lessons, so that the first bundle can start fetching
// a lesson's data (prefetchLesson) while the lesson player is still loading.
import lessonIndex from 'virtual:lesson-index';
import type { LessonProblem } from './problems';

type Loader = () => Promise<string>;
/** A YAML file parsed at build time (scripts/yaml-data-plugin.ts). */
export type Data = { data: unknown; hash: string; problem: LessonProblem | null };
type DataLoader = () => Promise<Data>;
// Test builds (VITE_FIXTURE_LESSONS=1) add the lessons in tests/fixtures, such as one full of
// script payloads; in a normal build the condition is false and they are left out entirely.
const withFixtures = import.meta.env.VITE_FIXTURE_LESSONS === '1';
export const lessonFiles = {
  ...(import.meta.glob('/lessons/*.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>),
  ...(withFixtures ? (import.meta.glob('/tests/fixtures/lessons/*.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>) : {}),
};
export const seedTexts = {
  ...(import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, Loader>),
  ...(withFixtures ? (import.meta.glob('/tests/fixtures/seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, Loader>) : {}),
};
export const seedMetas = {
  ...(import.meta.glob('/seeds/*.meta.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>),
  ...(withFixtures ? (import.meta.glob('/tests/fixtures/seeds/*.meta.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>) : {}),
};

export const stem = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/(\.meta)?\.(ya?ml|txt)$/, '');

/** Starts fetching a lesson's files; loadLesson() later gets the same modules from cache. */
export function prefetchLesson(id: string): void {
  const path = Object.keys(lessonFiles).find((p) => stem(p) === id);
  if (!path) return;
  // Only the lesson's own article (the catalog says which), not every article in the build.
  const seed = lessonIndex.find((e) => e.id === id)?.seed;
  const seeds = [...Object.entries(seedTexts), ...Object.entries(seedMetas)].filter(([p]) => seed && stem(p) === seed).map(([, load]) => load);
  for (const load of [lessonFiles[path]!, ...seeds]) void load().catch(() => {});
}
