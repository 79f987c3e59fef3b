// What a teacher sees of a class, by one rule: a student is a name plus a browser id (version-1
// files have none: the name alone), and for each student and lesson one submission counts, the
// latest or the best as the teacher chooses. The table, the counts, "most missed", the common
// wrong marks and the CSV are all read from the same ClassView, so they cannot disagree.
import type { ExerciseOutcome, LessonOutcome, ResultsFile, Submission } from './results-file';

export type Choice = 'latest' | 'best';
export interface Counted {
  submission: Submission;
  lesson: LessonOutcome;
}
export interface StudentRow {
  key: string;
  student: string;
  browserId: string | null;
  /** All this student's files for the assignment, newest first. */
  submissions: Submission[];
  /** Per lesson id, the submission that counts, and the others (newest first). */
  lessons: Map<string, Counted & { others: Counted[] }>;
}
export interface Column {
  lessonId: string;
  title: string;
  exerciseId: string;
  skill: string;
}
export interface ClassView {
  students: StudentRow[];
  columns: Column[];
}
export interface MissedItem {
  lessonId: string;
  exerciseId: string;
  skill: string;
  itemId: string;
  students: number;
  /** Students who did that lesson. */
  of: number;
}
export interface CommonWrongMark {
  lessonId: string;
  skill: string;
  quote: string;
  students: number;
}

/** Adds a file unless the same file (same checksum) is already there. */
export function addResults<T extends { checksum: string }>(files: readonly T[], file: T): { files: T[]; added: boolean } {
  if (files.some((f) => f.checksum === file.checksum)) return { files: [...files], added: false };
  return { files: [...files, file], added: true };
}

/** What `after` has that `before` lacks, and the reverse, by file identity (checksum). */
export function compareResults<T extends { checksum: string }>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const ids = (files: readonly T[]) => new Set(files.map((f) => f.checksum));
  const had = ids(before);
  const has = ids(after);
  return { added: after.filter((f) => !had.has(f.checksum)), removed: before.filter((f) => !has.has(f.checksum)) };
}

/** The assignments among the files, the one with the most students first: that is the class. */
export function assignments(files: readonly Pick<ResultsFile, 'assignmentId' | 'label' | 'student'>[]): { id: string; label: string; students: number }[] {
  const by = new Map<string, { id: string; label: string; names: Set<string> }>();
  for (const f of files) {
    const a = by.get(f.assignmentId) ?? { id: f.assignmentId, label: f.label, names: new Set<string>() };
    a.names.add(f.student);
    by.set(f.assignmentId, a);
  }
  return [...by.values()]
    .map((a) => ({ id: a.id, label: a.label, students: a.names.size }))
    .sort((a, b) => b.students - a.students || a.label.localeCompare(b.label));
}

const studentKey = (s: Pick<Submission, 'student' | 'browserId'>) => `${s.student.normalize('NFC')}\u0000${s.browserId ?? ''}`;
const newer = (a: Submission, b: Submission) => b.submittedAt.localeCompare(a.submittedAt) || a.checksum.localeCompare(b.checksum);
const better = (a: Counted, b: Counted) => b.lesson.points - a.lesson.points || newer(a.submission, b.submission);

export function classView(submissions: readonly Submission[], choice: Choice): ClassView {
  const rows = new Map<string, StudentRow>();
  for (const s of [...submissions].sort(newer)) {
    const key = studentKey(s);
    const row: StudentRow = rows.get(key) ?? { key, student: s.student, browserId: s.browserId, submissions: [], lessons: new Map() };
    row.submissions.push(s);
    rows.set(key, row);
  }
  const columns = new Map<string, Column>();
  for (const row of rows.values()) {
    const all = new Map<string, Counted[]>();
    for (const submission of row.submissions)
      for (const lesson of submission.lessons) all.set(lesson.lessonId, [...(all.get(lesson.lessonId) ?? []), { submission, lesson }]);
    for (const [lessonId, list] of all) {
      const [counted, ...others] = choice === 'best' ? [...list].sort(better) : list;
      row.lessons.set(lessonId, { ...counted!, others: others.sort((a, b) => newer(a.submission, b.submission)) });
      for (const ex of counted!.lesson.exercises) {
        const key = `${lessonId}\u0000${ex.exerciseId}`;
        if (!columns.has(key)) columns.set(key, { lessonId, title: counted!.lesson.title, exerciseId: ex.exerciseId, skill: ex.skill });
      }
    }
  }
  return {
    students: [...rows.values()].sort((a, b) => a.student.localeCompare(b.student) || (a.browserId ?? '').localeCompare(b.browserId ?? '')),
    columns: [...columns.values()].sort((a, b) => a.lessonId.localeCompare(b.lessonId)),
  };
}

/** Each counted lesson once per student, with its exercises. */
function* counted(view: ClassView): Generator<Counted> {
  for (const row of view.students) for (const c of row.lessons.values()) yield c;
}
const tookLesson = (view: ClassView) => {
  const took = new Map<string, number>();
  for (const { lesson } of counted(view)) took.set(lesson.lessonId, (took.get(lesson.lessonId) ?? 0) + 1);
  return took;
};

/** Items missed by at least one student (in what counts for them), most-missed first. */
export function mostMissed(view: ClassView): MissedItem[] {
  const missed = new Map<string, MissedItem>();
  for (const { lesson } of counted(view)) {
    for (const ex of lesson.exercises) {
      for (const itemId of new Set(ex.missed)) {
        const key = `${lesson.lessonId}\u0000${ex.exerciseId}\u0000${itemId}`;
        const m = missed.get(key) ?? { lessonId: lesson.lessonId, exerciseId: ex.exerciseId, skill: ex.skill, itemId, students: 0, of: 0 };
        m.students++;
        missed.set(key, m);
      }
    }
  }
  const took = tookLesson(view);
  return [...missed.values()]
    .map((m) => ({ ...m, of: took.get(m.lessonId) ?? 0 }))
    .sort((a, b) => b.students - a.students || a.lessonId.localeCompare(b.lessonId) || a.itemId.localeCompare(b.itemId));
}

/** Wrong marks made by most students, the same words (case and spacing aside) counted together. */
export function commonWrongMarks(view: ClassView): CommonWrongMark[] {
  const marks = new Map<string, CommonWrongMark>();
  for (const { lesson } of counted(view)) {
    const seen = new Set<string>();
    for (const ex of lesson.exercises) {
      for (const quote of ex.wrongMarks ?? []) {
        const key = `${lesson.lessonId}\u0000${ex.skill}\u0000${quote.toLocaleLowerCase().replace(/\s+/g, ' ').trim()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const m = marks.get(key) ?? { lessonId: lesson.lessonId, skill: ex.skill, quote, students: 0 };
        m.students++;
        marks.set(key, m);
      }
    }
  }
  return [...marks.values()].sort((a, b) => b.students - a.students || a.quote.localeCompare(b.quote));
}

/** The exercise of a counted lesson that a column shows, if the student did it. */
export const cellOf = (row: StudentRow, c: Column): ExerciseOutcome | undefined =>
  row.lessons.get(c.lessonId)?.lesson.exercises.find((e) => e.exerciseId === c.exerciseId);
