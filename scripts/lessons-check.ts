// `npm run lessons:check`: validates every lesson and exits non-zero with a readable list.
import { checkLessonsOnDisk, readLessonsOnDisk } from './lessons-disk';
import { formatProblem } from '../src/lib/lesson/problems';
import { lessonStats } from '../src/lib/lesson/course-gates';

const root = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.cwd();
const { checked, problems } = checkLessonsOnDisk(root);
// `--stats`: words, reading grade and key sizes of every lesson that builds, for authors.
if (process.argv.includes('--stats')) {
  for (const { file, result } of readLessonsOnDisk(root)) {
    if (!result.ok) continue;
    const s = lessonStats(result.lesson);
    console.log(
      `${file}: ${result.lesson.band ?? '-'} · ${s.words} words · ${s.sentences} sentences · grade ${s.grade ?? 'n/a'} (ARI ${s.ari ?? 'n/a'}) · ${s.exercises.map((e) => `${e.id} ${e.items} items/${e.supported} supported`).join(', ')}`,
    );
  }
}
if (problems.length > 0) {
  console.error(`✗ ${problems.length} problem(s) in the lessons:\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}\n`);
  process.exit(1);
}
console.log(`✓ ${checked.length} lesson(s) valid: ${checked.join(', ')}`);
