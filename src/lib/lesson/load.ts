// Lessons and articles are data, found by Vite's import.meta.glob and loaded on demand
// (each file is its own chunk, so the first screen doesn't pay for every lesson).
import { buildLessonFromData, type BuildResult, type SeedSource } from './build-lesson';
import { lessonFiles, seedMetas, seedTexts, stem } from './sources';
import { isRecord } from '../is-record';

/** Every article in the build, or only those named (a lesson needs just its own). */
export async function loadSeeds(only?: readonly string[]): Promise<Record<string, SeedSource>> {
  const entries = await Promise.all(
    Object.entries(seedTexts)
      .filter(([path]) => !only || only.includes(stem(path)))
      .map(async ([path, load]) => {
        const metaLoader = seedMetas[path.replace(/\.txt$/, '.meta.yaml')];
        const meta = metaLoader ? await metaLoader() : undefined;
        const seed: SeedSource = { text: await load(), meta: meta?.data ?? undefined, ...(meta?.problem ? { metaError: meta.problem } : {}) };
        return [stem(path), seed] as const;
      }),
  );
  return Object.fromEntries(entries);
}

/** A built-in lesson, or else one imported into this browser (see imported-store.ts). */
export async function loadLesson(id: string): Promise<BuildResult | null> {
  const path = Object.keys(lessonFiles).find((p) => stem(p) === id);
  if (!path) return loadImported(id);
  const file = await lessonFiles[path]!();
  if (file.problem) return { ok: false, problems: [file.problem] };
  // Only the lesson's own article is fetched: a course of many lessons must not make every
  // lesson page download every article.
  const seed = isRecord(file.data) && typeof file.data.seed === 'string' ? file.data.seed : null;
  const seeds = await loadSeeds(seed ? [seed] : []);
  return buildLessonFromData(path.slice(1), file.data, file.hash, seeds);
}

async function loadImported(id: string): Promise<BuildResult | null> {
  const [{ getImported }, { buildLessonFile }] = await Promise.all([import('./imported-store'), import('./build-lesson-file')]);
  let entry: Awaited<ReturnType<typeof getImported>>;
  try {
    entry = await getImported(id);
  } catch {
    return null; // no IndexedDB (private mode in some browsers): nothing was imported here
  }
  if (!entry) return null;
  // Checked again: what IndexedDB holds may have been written by an older version, or damaged.
  const seed = isRecord(entry.file) && typeof entry.file.seed === 'string' ? entry.file.seed : null;
  const built = buildLessonFile(`${id} (imported)`, entry.file, seed ? await loadSeeds([seed]) : {});
  return built.ok ? { ok: true, lesson: built.lesson } : built;
}
