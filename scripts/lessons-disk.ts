// Reads lessons/ and seeds/ from disk and runs the same checks the app runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLesson, type SeedSource } from '../src/lib/lesson/build-lesson';
import type { LessonProblem } from '../src/lib/lesson/problems';

export function checkLessonsOnDisk(root: string): { checked: string[]; problems: LessonProblem[] } {
  const seedDir = join(root, 'seeds');
  const lessonDir = join(root, 'lessons');
  const seeds: Record<string, SeedSource> = {};
  for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) {
    const stem = name.replace(/\.txt$/, '');
    const metaPath = join(seedDir, `${stem}.meta.yaml`);
    seeds[stem] = {
      text: readFileSync(join(seedDir, name), 'utf8'),
      meta: existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : undefined,
    };
  }
  const files = readdirSync(lessonDir).filter((n) => /\.ya?ml$/.test(n)).sort();
  const problems: LessonProblem[] = [];
  if (files.length === 0) {
    problems.push({ file: 'lessons/', where: 'folder', message: 'there are no lesson files', fix: 'add at least one lessons/<id>.yaml' });
  }
  for (const name of files) {
    const result = buildLesson(`lessons/${name}`, readFileSync(join(lessonDir, name), 'utf8'), seeds);
    if (!result.ok) problems.push(...result.problems);
  }
  return { checked: files, problems };
}
