// Lessons and articles are data, found by Vite's import.meta.glob and loaded on demand
// (each file is its own chunk, so the first screen doesn't pay for every lesson).
import { buildLessonFromData, type BuildResult, type SeedSource } from './build-lesson';
import type { LessonProblem } from './problems';

type Loader = () => Promise<string>;
/** A YAML file parsed at build time (scripts/yaml-data-plugin.ts). */
type Data = { data: unknown; hash: string; problem: LessonProblem | null };
type DataLoader = () => Promise<Data>;
// Test builds (VITE_FIXTURE_LESSONS=1) add the lessons in tests/fixtures, such as one full of
// script payloads; in a normal build the condition is false and they are left out entirely.
const withFixtures = import.meta.env.VITE_FIXTURE_LESSONS === '1';
const lessonFiles = {
  ...(import.meta.glob('/lessons/*.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>),
  ...(withFixtures ? (import.meta.glob('/tests/fixtures/lessons/*.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>) : {}),
};
const seedTexts = {
  ...(import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, Loader>),
  ...(withFixtures ? (import.meta.glob('/tests/fixtures/seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, Loader>) : {}),
};
const seedMetas = {
  ...(import.meta.glob('/seeds/*.meta.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>),
  ...(withFixtures ? (import.meta.glob('/tests/fixtures/seeds/*.meta.yaml', { query: '?data', import: 'default' }) as Record<string, DataLoader>) : {}),
};

const stem = (path: string) => path.split('/').pop()!.replace(/(\.meta)?\.(ya?ml|txt)$/, '');


async function loadSeeds(): Promise<Record<string, SeedSource>> {
  const entries = await Promise.all(
    Object.entries(seedTexts).map(async ([path, load]) => {
      const metaLoader = seedMetas[path.replace(/\.txt$/, '.meta.yaml')];
      const meta = metaLoader ? await metaLoader() : undefined;
      const seed: SeedSource = { text: await load(), meta: meta?.data ?? undefined, ...(meta?.problem ? { metaError: meta.problem } : {}) };
      return [stem(path), seed] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export async function loadLesson(id: string): Promise<BuildResult | null> {
  const path = Object.keys(lessonFiles).find((p) => stem(p) === id);
  if (!path) return null;
  const [file, seeds] = await Promise.all([lessonFiles[path]!(), loadSeeds()]);
  if (file.problem) return { ok: false, problems: [file.problem] };
  return buildLessonFromData(path.slice(1), file.data, file.hash, seeds);
}
