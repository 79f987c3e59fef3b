// Writes a lesson as a YAML file in the same format as lessons/ (so an exported lesson can
// be committed there, opened by `npm run lessons:check`, or imported in another browser).
// The yaml library quotes whatever needs quoting and keeps the article's text exact
// (block scalars where it can, escapes where it must), so reading the file back gives the
// same lesson: tests/unit/lesson-file.test.ts checks that on generated lessons.
import { stringify } from 'yaml';
import type { LessonFile } from './schema';

/** Field order as in the hand-written lessons: what a reader of the file wants first. */
const ORDER = [
  'id',
  'title',
  'seed',
  'language',
  'dir',
  'level',
  'band',
  'genre',
  'course',
  'minutes',
  'intro',
  'readingNote',
  'guide',
  'exercises',
  'summary',
  'nextSteps',
  'article',
];

export function lessonToYaml(lesson: LessonFile, comment = "Made with Spotlight's authoring page. Run `npm run lessons:check` after editing by hand."): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ORDER) if ((lesson as Record<string, unknown>)[key] !== undefined) ordered[key] = (lesson as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(lesson)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  // Empty lists ("known", "unknown", an exercise's "supported") are what reading the file
  // gives anyway: leave them out.
  if (Array.isArray(ordered.exercises)) {
    ordered.exercises = lesson.exercises.map(({ supported, ...ex }) => (supported?.length ? { ...ex, supported } : ex));
  }
  if (lesson.article) {
    const { known, unknown, text, ...rest } = lesson.article;
    ordered.article = { ...rest, ...(known?.length ? { known } : {}), ...(unknown?.length ? { unknown } : {}), text };
  }
  const header = comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return `${header}\n${stringify(ordered, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false })}`;
}
