// Reads lessons/ and seeds/ from disk and runs the same checks the app runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult, SeedSource } from '../src/lib/lesson/build-lesson';
import { buildLesson, seedFromText } from '../src/lib/lesson/build-lesson-yaml';
import type { LessonProblem } from '../src/lib/lesson/problems';
import { courseProblems } from '../src/lib/lesson/course-gates';

function readSeeds(seedDir: string, into: Record<string, SeedSource>) {
  if (!existsSync(seedDir)) return;
  for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) {
    const stem = name.replace(/\.txt$/, '');
    const metaPath = join(seedDir, `${stem}.meta.yaml`);
    into[stem] = seedFromText(stem, readFileSync(join(seedDir, name), 'utf8'), existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : undefined);
  }
}

/** Every lesson file, built and checked; with fixtures, tests/fixtures' lessons too. */
export function readLessonsOnDisk(root: string, withFixtures = false): { id: string; file: string; result: BuildResult }[] {
  const seeds: Record<string, SeedSource> = {};
  const dirs = [{ lessons: 'lessons', seeds: 'seeds' }, ...(withFixtures ? [{ lessons: 'tests/fixtures/lessons', seeds: 'tests/fixtures/seeds' }] : [])];
  for (const d of dirs) readSeeds(join(root, d.seeds), seeds);
  const out: { id: string; file: string; result: BuildResult }[] = [];
  for (const d of dirs) {
    const dir = join(root, d.lessons);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      const file = `${d.lessons}/${name}`;
      out.push({ id: name.replace(/\.ya?ml$/, ''), file, result: buildLesson(file, readFileSync(join(dir, name), 'utf8'), seeds) });
    }
  }
  return out;
}

export function checkLessonsOnDisk(root: string): { checked: string[]; problems: LessonProblem[] } {
  const lessons = readLessonsOnDisk(root);
  const problems: LessonProblem[] = lessons.flatMap(({ result }) => (result.ok ? [] : result.problems));
  problems.push(...courseProblems(lessons.flatMap(({ file, result }) => (result.ok ? [{ file, lesson: result.lesson }] : []))));
  if (lessons.length === 0) {
    problems.push({ file: 'lessons/', where: 'folder', message: 'there are no lesson files', fix: 'add at least one lessons/<id>.yaml' });
  }
  return { checked: lessons.map((l) => l.file.split('/').pop()!), problems };
}
