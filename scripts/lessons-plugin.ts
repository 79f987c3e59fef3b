// Vite plugin: validates every lesson when a build starts, so a broken lesson stops the
// build with a message naming the file, the item and the fix. (In dev the app shows the
// same problems on screen, so an author sees them without restarting the server.)
import type { Plugin } from 'vite';
import { checkLessonsOnDisk } from './lessons-disk';
import { formatProblem } from '../src/lib/lesson/problems';

export function lessonsCheckPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'spotlight-lessons-check',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const { problems } = checkLessonsOnDisk(root);
      if (problems.length > 0) {
        this.error(`Lesson check failed:\n${problems.map(formatProblem).join('\n')}`);
      }
    },
  };
}
