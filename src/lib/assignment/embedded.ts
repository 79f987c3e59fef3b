// Imported lessons travel inside assignment links (Assignment.embedded): the builder reads
// them from this browser's store; a student's browser keeps them when the link is opened,
// so they play, resume and work offline there too (also inside an LMS package).
import * as v from 'valibot';
import { buildLessonFile } from '../lesson/build-lesson-file';
import { getImported, holdImported, listImported, type ImportedSummary } from '../lesson/imported-store';
import { loadSeeds } from '../lesson/load';
import type { LessonProblem } from '../lesson/problems';
import { LessonSchema, type LessonFile } from '../lesson/schema';
import type { Assignment } from './assignment';

export interface ImportedForAssignment {
  summary: ImportedSummary;
  file: LessonFile;
}

/** Imported lessons whose stored file still passes the schema (others cannot be assigned). */
export async function loadImportedForAssignment(): Promise<ImportedForAssignment[]> {
  try {
    const { lessons } = await listImported();
    const found = await Promise.all(
      lessons.map(async (summary) => {
        const parsed = v.safeParse(LessonSchema, (await getImported(summary.id))?.file);
        return parsed.success ? [{ summary, file: parsed.output }] : [];
      }),
    );
    return found.flat();
  } catch {
    return []; // no IndexedDB here: only built-in lessons can be assigned
  }
}

/** An embedded lesson that did not pass the lesson check, and what the check found. */
export interface BrokenLesson {
  id: string;
  title: string;
  language: string;
  dir: 'ltr' | 'rtl';
  problems: LessonProblem[];
}

/**
 * Keeps an assignment's embedded lessons in this browser; resolves, never rejects, when they
 * can be loaded. The link's schema check does not anchor the exercises in the article, so
 * each lesson is built here first: one that fails is not kept (a student's catalog must not
 * gain a lesson that cannot open) and comes back with its problems, for the page to show.
 */
export async function keepEmbedded(a: Assignment): Promise<BrokenLesson[]> {
  const checked = await Promise.all(
    (a.embedded ?? []).map(async (file): Promise<BrokenLesson | null> => {
      const broken = (problems: LessonProblem[]) => ({ id: file.id, title: file.title, language: file.language, dir: file.dir, problems });
      let seeds: Awaited<ReturnType<typeof loadSeeds>> = {};
      try {
        if (file.seed) seeds = await loadSeeds([file.seed]);
      } catch (e) {
        // Offline, an article not yet cached cannot be fetched: said, rather than a page that never appears.
        return broken([{ file: file.id, where: 'seed', message: `its article could not be loaded (${String(e)})`, fix: 'open the link again when online' }]);
      }
      const built = buildLessonFile(file.id, file, seeds);
      if (!built.ok) return broken(built.problems);
      await holdImported(file, 'assignment');
      return null;
    }),
  );
  return checked.filter((b) => b !== null);
}
