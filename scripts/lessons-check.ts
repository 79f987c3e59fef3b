// `npm run lessons:check`: validates every lesson and exits non-zero with a readable list.
import { checkLessonsOnDisk } from './lessons-disk';
import { formatProblem } from '../src/lib/lesson/problems';

const root = process.argv[2] ?? process.cwd();
const { checked, problems } = checkLessonsOnDisk(root);
if (problems.length > 0) {
  console.error(`✗ ${problems.length} problem(s) in the lessons:\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}\n`);
  process.exit(1);
}
console.log(`✓ ${checked.length} lesson(s) valid: ${checked.join(', ')}`);
