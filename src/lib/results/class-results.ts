// What a teacher sees of a class: one row per student, lesson and skill; the items the
// class missed most; and the same rows as CSV for a spreadsheet or an LMS gradebook.
import type { ResultsFile } from './results-file';

export interface ClassRow {
  student: string;
  lessonId: string;
  lesson: string;
  skill: string;
  points: number;
  max: number;
  hintsUsed: number;
  checks: number;
}
export interface MissedItem {
  lessonId: string;
  itemId: string;
  students: number;
  of: number;
}

/** Adds a file unless the same file (same checksum) is already there. */
export function addResults(files: readonly ResultsFile[], file: ResultsFile): { files: ResultsFile[]; added: boolean } {
  if (files.some((f) => f.checksum === file.checksum)) return { files: [...files], added: false };
  return { files: [...files, file], added: true };
}

/** What `after` has that `before` lacks, and the reverse, by file identity (checksum). */
export function compareResults(before: readonly ResultsFile[], after: readonly ResultsFile[]): { added: ResultsFile[]; removed: ResultsFile[] } {
  const ids = (files: readonly ResultsFile[]) => new Set(files.map((f) => f.checksum));
  const had = ids(before);
  const has = ids(after);
  return { added: after.filter((f) => !had.has(f.checksum)), removed: before.filter((f) => !has.has(f.checksum)) };
}

export function classRows(files: readonly ResultsFile[]): ClassRow[] {
  return files
    .flatMap((f) =>
      f.lessons.flatMap((l) =>
        l.skills.map((s) => ({
          student: f.student,
          lessonId: l.lessonId,
          lesson: l.title,
          skill: s.skill,
          points: s.points,
          max: s.max,
          hintsUsed: s.hintsUsed,
          checks: s.checks,
        })),
      ),
    )
    .sort((a, b) => a.student.localeCompare(b.student) || a.lessonId.localeCompare(b.lessonId) || a.skill.localeCompare(b.skill));
}

/** Items missed by at least one student, most-missed first; `of` is how many students did that lesson. */
export function mostMissed(files: readonly ResultsFile[]): MissedItem[] {
  const missed = new Map<string, MissedItem>();
  const took = new Map<string, number>();
  for (const f of files) {
    for (const l of f.lessons) {
      took.set(l.lessonId, (took.get(l.lessonId) ?? 0) + 1);
      for (const itemId of new Set(l.skills.flatMap((s) => s.missed))) {
        const key = `${l.lessonId}\u0000${itemId}`;
        const m = missed.get(key) ?? { lessonId: l.lessonId, itemId, students: 0, of: 0 };
        m.students++;
        missed.set(key, m);
      }
    }
  }
  return [...missed.values()]
    .map((m) => ({ ...m, of: took.get(m.lessonId) ?? 0 }))
    .sort((a, b) => b.students - a.students || a.lessonId.localeCompare(b.lessonId) || a.itemId.localeCompare(b.itemId));
}

/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return: student names are typed by students) is prefixed with an apostrophe.
 */
export function toCsv(rows: readonly ClassRow[]): string {
  const header = ['student', 'lesson', 'lesson title', 'skill', 'points', 'max', 'hints used', 'checks'];
  const cell = (value: string | number) => {
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header, ...rows.map((r) => [r.student, r.lessonId, r.lesson, r.skill, r.points, r.max, r.hintsUsed, r.checks])];
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
