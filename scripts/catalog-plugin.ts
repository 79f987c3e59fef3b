// `virtual:lesson-catalog`: what the catalog shows of each lesson (title, skills, level,
// minutes, article), computed from lessons/ when the app is built or served. The home page
// then needs neither the YAML parser nor the lessons themselves: those load on demand.
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readLessonsOnDisk } from './lessons-disk';

const ID = 'virtual:lesson-catalog';
const RESOLVED = `\0${ID}`;
// Only the ids (and articles) of the built-in lessons: what pages need to tell a built-in
// lesson from an unknown one. The catalog itself, which grows with every lesson, is loaded
// by the pages that list lessons, so a lesson or assignment link does not carry it.
const INDEX_ID = 'virtual:lesson-index';
const INDEX_RESOLVED = `\0${INDEX_ID}`;

export function catalogPlugin(): Plugin {
  let root = process.cwd();
  let withFixtures = false;
  return {
    name: 'spotlight-lesson-catalog',
    configResolved(config) {
      root = config.root;
      withFixtures = config.env.VITE_FIXTURE_LESSONS === '1';
    },
    // Dev server: a new, edited or deleted lesson or article rebuilds the index and reloads
    // the page. (Watching is done here, not with addWatchFile: a folder given to
    // addWatchFile becomes an import of the virtual module, which Vite cannot resolve.)
    configureServer(server) {
      const dirs = ['lessons', 'seeds', ...(withFixtures ? ['tests/fixtures'] : [])].map((d) => join(root, d));
      server.watcher.add(dirs);
      server.watcher.on('all', (_event, file) => {
        if (!dirs.some((d) => file.startsWith(d)) || !/\.(ya?ml|txt)$/.test(file)) return;
        for (const id of [RESOLVED, INDEX_RESOLVED]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
    resolveId: (id) => (id === ID ? RESOLVED : id === INDEX_ID ? INDEX_RESOLVED : undefined),
    load(id) {
      if (id === INDEX_RESOLVED) {
        const index = readLessonsOnDisk(root, withFixtures).map(({ id: lessonId, result }) =>
          result.ok ? { id: lessonId, ok: true, seed: result.lesson.article.seed } : { id: lessonId, ok: false, seed: null },
        );
        return `export default ${JSON.stringify(index)};`;
      }
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
              band: result.lesson.band ?? null,
              genre: result.lesson.genre ?? null,
              course: result.lesson.course ?? null,
              practice: result.lesson.article.meta.practice === true,
              contentHash: result.lesson.contentHash,
              language: result.lesson.language,
              dir: result.lesson.dir,
            }
          : { id: lessonId, ok: false },
      );
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}
