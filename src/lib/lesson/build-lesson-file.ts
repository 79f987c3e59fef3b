// Checks a lesson that arrived as data rather than from lessons/ (an opened file, an
// assignment link, IndexedDB). Apart from lesson-file.ts so that opening a stored lesson
// does not load the YAML parser.
import * as v from 'valibot';
import type { Lesson } from '../types';
import { buildLessonFromData, type SeedSource } from './build-lesson';
import { contentHash } from './content-hash';
import { isRecord } from '../is-record';
import type { LessonProblem } from './problems';
import { LessonSchema, type LessonFile } from './schema';

export type LessonFileResult = { ok: true; file: LessonFile; lesson: Lesson } | { ok: false; problems: LessonProblem[] };

/**
 * Validates and anchors a lesson's data. The file name check of lessons/ (stem = id) is
 * not for imports: "my-lesson (1).yaml" from a download folder is fine, so the build sees
 * `<id>.yaml` and the problems name the real file.
 */
export function buildLessonFile(name: string, data: unknown, seeds: Record<string, SeedSource>): LessonFileResult {
  const parsed = v.safeParse(LessonSchema, data);
  if (parsed.success && parsed.output.seed !== undefined && !seeds[parsed.output.seed]) {
    const seed = parsed.output.seed;
    return {
      ok: false,
      problems: [
        {
          file: name,
          where: 'seed',
          message: `this lesson's article is in seeds/${seed}.txt, which is not in this copy of Spotlight`,
          fix: 'export the lesson from the authoring page, which puts the article in the file',
        },
      ],
    };
  }
  const file = parsed.success ? parsed.output : data;
  const buildName = parsed.success ? `${parsed.output.id}.yaml` : name;
  const built = buildLessonFromData(buildName, file, fingerprint(file), seeds);
  if (!built.ok) return { ok: false, problems: built.problems.map((p) => ({ ...p, file: p.file === buildName ? name : p.file })) };
  return { ok: true, file: parsed.output as LessonFile, lesson: built.lesson };
}

/**
 * The fingerprint saved progress is matched against. Fields the schema fills in with an empty
 * default (an exercise's `supported: []`, added after lessons were first imported) are left
 * out, so a file imported before them keeps its fingerprint and its learners' progress.
 */
function fingerprint(file: unknown): string {
  const stable = isLesson(file) ? { ...file, exercises: file.exercises.map((ex) => (isEmptySupported(ex) ? withoutSupported(ex) : ex)) } : file;
  return contentHash(JSON.stringify(stable) ?? '');
}
type Obj = Record<string, unknown>;
const isLesson = (x: unknown): x is Obj & { exercises: unknown[] } => isRecord(x) && Array.isArray(x.exercises);
const isEmptySupported = (ex: unknown): ex is Obj => isRecord(ex) && Array.isArray(ex.supported) && ex.supported.length === 0;
function withoutSupported(ex: Obj): Obj {
  const { supported: _omit, ...rest } = ex;
  return rest;
}
