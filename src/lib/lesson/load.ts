// Lessons and articles are data, found by Vite's import.meta.glob and loaded on demand
// (each file is its own chunk, so the first screen doesn't pay for every lesson).
import { buildLesson, type BuildResult, type SeedSource } from './build-lesson';

type Loader = () => Promise<string>;
const lessonFiles = import.meta.glob('/lessons/*.yaml', { query: '?raw', import: 'default' }) as Record<string, Loader>;
const seedTexts = import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, Loader>;
const seedMetas = import.meta.glob('/seeds/*.meta.yaml', { query: '?raw', import: 'default' }) as Record<string, Loader>;

const stem = (path: string) => path.split('/').pop()!.replace(/(\.meta)?\.(ya?ml|txt)$/, '');

/** Lesson ids, from file names (the build checks that each file's id matches its name). */
export const lessonIds: string[] = Object.keys(lessonFiles).map(stem).sort();

async function loadSeeds(): Promise<Record<string, SeedSource>> {
  const entries = await Promise.all(
    Object.entries(seedTexts).map(async ([path, load]) => {
      const metaLoader = seedMetas[path.replace(/\.txt$/, '.meta.yaml')];
      return [stem(path), { text: await load(), meta: metaLoader ? await metaLoader() : undefined }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export async function loadLesson(id: string): Promise<BuildResult | null> {
  const path = `/lessons/${id}.yaml`;
  const load = lessonFiles[path];
  if (!load) return null;
  const [source, seeds] = await Promise.all([load(), loadSeeds()]);
  return buildLesson(`lessons/${id}.yaml`, source, seeds);
}
