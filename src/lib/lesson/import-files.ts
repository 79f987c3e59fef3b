// What the catalog's "Open a lesson file" does with each chosen or dropped file: read and
// check it (lesson-file.ts), then keep it (imported-store.ts). Loaded on demand, with the
// YAML parser and the schema, only when someone opens a file.
import { readLessonFile, sizeProblem } from './lesson-file';
import { loadSeeds } from './load';
import type { LessonProblem } from './problems';
import { saveImported } from './imported-store';

export type ImportOutcome =
  | { name: string; kind: 'added' | 'replaced'; id: string; title: string; language: string; dir: 'ltr' | 'rtl' }
  | { name: string; kind: 'built-in'; id: string }
  | { name: string; kind: 'storage'; detail: string }
  | { name: string; kind: 'problems'; problems: LessonProblem[] };

/** Files are read one after another, so a dozen large files never sit in memory at once. */
export async function importFiles(files: Iterable<File>): Promise<ImportOutcome[]> {
  const seeds = await loadSeeds();
  const outcomes: ImportOutcome[] = [];
  for (const f of files) {
    // Too large: said without reading it (a film dropped by mistake is not loaded into memory).
    const tooLarge = sizeProblem(f.name, f.size);
    if (tooLarge) {
      outcomes.push({ name: f.name, kind: 'problems', problems: [tooLarge] });
      continue;
    }
    let content: ArrayBuffer;
    try {
      content = await f.arrayBuffer();
    } catch (e) {
      outcomes.push({
        name: f.name,
        kind: 'problems',
        problems: [
          { file: f.name, where: 'file', message: `the file could not be opened: ${String(e)}`, fix: 'check that the file still exists and try again' },
        ],
      });
      continue;
    }
    const read = readLessonFile(f.name, content, seeds);
    if (!read.ok) {
      outcomes.push({ name: f.name, kind: 'problems', problems: read.problems });
      continue;
    }
    const saved = await saveImported(read.file, 'file');
    if (saved.ok)
      outcomes.push({
        name: f.name,
        kind: saved.replaced ? 'replaced' : 'added',
        id: read.file.id,
        title: read.file.title,
        language: read.file.language,
        dir: read.file.dir,
      });
    else if (saved.reason === 'built-in') outcomes.push({ name: f.name, kind: 'built-in', id: read.file.id });
    else outcomes.push({ name: f.name, kind: 'storage', detail: saved.detail ?? '' });
  }
  return outcomes;
}
