// `virtual:lesson-catalog`: what the catalog shows of each lesson (title, skills, level,
// minutes, article), computed from lessons/ when the app is built or served. The home page
// then needs neither the YAML parser nor the lessons themselves: those load on demand.
import type { Plugin } from 'vite';
import { readLessonsOnDisk } from './lessons-disk';

const ID = 'virtual:lesson-catalog';
const RESOLVED = `\0${ID}`;

export function catalogPlugin(): Plugin {
  let root = process.cwd();
  let withFixtures = false;
  return {
    name: 'spotlight-lesson-catalog',
    configResolved(config) {
      root = config.root;
      withFixtures = config.env.VITE_FIXTURE_LESSONS === '1';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = readLessonsOnDisk(root, withFixtures).map(({ id: lessonId, result }) =>
        result.ok
          ? {
              id: lessonId,
              ok: true,
              title: result.lesson.title,
              level: result.lesson.level,
              minutes: result.lesson.minutes,
              skills: result.lesson.exercises.map((e) => e.skill),
              language: result.lesson.language,
              dir: result.lesson.dir,
              article: { title: result.lesson.article.meta.title, byline: result.lesson.article.meta.byline ?? null },
            }
          : { id: lessonId, ok: false },
      );
      // Dev server: a new or edited lesson rebuilds the index. (Vitest would treat the folders
      // as imports, and needs no watching.)
      if (!process.env.VITEST) for (const dir of ['lessons', 'seeds', ...(withFixtures ? ['tests/fixtures'] : [])]) this.addWatchFile(`${root}/${dir}`);
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}
