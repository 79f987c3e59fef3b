// The class as CSV for a spreadsheet or an LMS gradebook: one row per student and lesson, the
// same rows the table counts (class-results.ts). UTF-8 with a byte-order mark, or Excel reads
// Persian, Russian and accented names as mojibake; RFC 4180 quoting; and a cell a spreadsheet
// would run as a formula (names and wrong marks are typed by students) gets an apostrophe.
import type { ClassView } from './class-results';
import { shortBrowserId } from './browser-id';

const BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(view: ClassView): string {
  const skills = [...new Set(view.columns.map((c) => c.skill))].sort();
  const header = [
    'student',
    'browser',
    'submissions',
    'lesson',
    'lesson title',
    'submitted at',
    'attempts',
    'checks',
    'minutes at work',
    'points',
    'max',
    'hints used',
    ...skills.flatMap((s) => [`${s} points`, `${s} max`]),
    'completion code',
  ];
  const rows = view.students.flatMap((row) =>
    [...row.lessons.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lessonId, { submission, lesson }]) => {
        const of = (skill: string) => lesson.exercises.filter((e) => e.skill === skill);
        const sum = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100 : null);
        return [
          row.student,
          shortBrowserId(row.browserId),
          row.submissions.length,
          lessonId,
          lesson.title,
          submission.submittedAt,
          lesson.attempts,
          lesson.checks,
          // Tenths of a minute: a spreadsheet sums and averages them; empty where the file does not say.
          lesson.activeSeconds === null ? null : Math.round(lesson.activeSeconds / 6) / 10,
          lesson.points,
          lesson.max,
          lesson.exercises.reduce((s, e) => s + e.hintsUsed, 0),
          ...skills.flatMap((s) => [sum(of(s).map((e) => e.points)), sum(of(s).map((e) => e.max))]),
          submission.code,
        ];
      }),
  );
  return `${BOM}${[header, ...rows].map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
