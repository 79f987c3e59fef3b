// Imported lessons travel inside assignment links (Assignment.embedded): the builder reads
// them from this browser's store; a student's browser keeps them when the link is opened,
// so they play, resume and work offline there too (also inside an LMS package).
import * as v from 'valibot';
import { getImported, holdImported, listImported, type ImportedSummary } from '../lesson/imported-store';
import { LessonSchema, type LessonFile } from '../lesson/schema';
import type { Assignment } from './assignment';

export interface ImportedForAssignment { summary: ImportedSummary; file: LessonFile }

/** Imported lessons whose stored file still passes the schema (others cannot be assigned). */
export async function loadImportedForAssignment(): Promise<ImportedForAssignment[]> {
  try {
    const { lessons } = await listImported();
    const found = await Promise.all(lessons.map(async (summary) => {
      const parsed = v.safeParse(LessonSchema, (await getImported(summary.id))?.file);
      return parsed.success ? [{ summary, file: parsed.output }] : [];
    }));
    return found.flat();
  } catch {
    return []; // no IndexedDB here: only built-in lessons can be assigned
  }
}

/** Keeps an assignment's embedded lessons in this browser; resolves when they can be loaded. */
export async function keepEmbedded(a: Assignment): Promise<void> {
  await Promise.all((a.embedded ?? []).map((file) => holdImported(file, 'assignment')));
}
