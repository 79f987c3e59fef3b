// What a results file says about one lesson, read from the student's attempt records with the
// record rules (totals.ts, missed.ts) rather than rules of its own.
import type { AnchoredExercise, Lesson } from '../types';
import { exerciseOf, type AttemptRecord, type ExerciseRecord } from '../record/attempt-record';
import { exercisePoints, totals } from '../record/totals';
import { missedItems } from '../record/missed';
// Types only: this module is reached from the assignment page's own code, without valibot.
import type { ExerciseResult, ResultsBody } from './results-file';

/** The longest wrong mark kept in a file: enough to recognise it, too little to carry an essay. */
export const MAX_QUOTE = 200;

/** Cut to MAX_QUOTE characters (whole code points), with an ellipsis when cut. */
function boundedQuote(s: string): string {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return chars.length <= MAX_QUOTE ? chars.join('') : `${chars.slice(0, MAX_QUOTE - 1).join('')}…`;
}

function exerciseResult(ex: AnchoredExercise, r: ExerciseRecord, articleText: string): ExerciseResult {
  const items = r.result?.items ?? [];
  const status = (s: string) => items.filter((i) => i.status === s).map((i) => i.itemId);
  const wrong = new Set(r.result?.wrongMarkIds ?? []);
  return {
    exerciseId: ex.id,
    skill: ex.skill,
    points: exercisePoints(r),
    max: r.result?.max ?? ex.items.length,
    hintsUsed: r.hintsUsed,
    checks: r.checks,
    found: status('found'),
    partial: status('partial'),
    missed: missedItems(
      r,
      ex.items.map((i) => i.id),
    ),
    wrongMarks: r.marks.filter((m) => wrong.has(m.id)).map((m) => boundedQuote(m.quote?.exact ?? articleText.slice(m.start, m.end))),
    wrongKinds: items.filter((i) => i.categoryCorrect === false).map((i) => ({ itemId: i.itemId, chosen: i.chosenCategory ?? null })),
  };
}

const checksOf = (record: AttemptRecord) => Object.values(record.exercises).reduce((s, r) => s + r.checks, 0);

/** Active time over the attempts, or nothing when an attempt was saved before it was counted (unknown is not zero). */
function timeOf(records: readonly AttemptRecord[]): { activeSeconds?: number } {
  const times = records.map((r) => r.activeSeconds);
  return times.every((t) => t !== undefined) ? { activeSeconds: times.reduce((a, b) => a + b, 0) } : {};
}

/**
 * One lesson as handed in: the record's exercises (a record finished before the lesson was
 * edited has no result for an exercise added since, and is not marked down for it), with
 * attempts, checks and active time counted over the earlier attempts too.
 */
export function lessonResult(lesson: Lesson, record: AttemptRecord, earlier: readonly AttemptRecord[] = []): ResultsBody['lessons'][number] {
  const done = lesson.exercises.flatMap((ex) => {
    const r = exerciseOf(record, ex.id);
    return r ? [{ ex, r }] : [];
  });
  const sum = totals(
    record,
    done.map(({ ex, r }) => ({ id: ex.id, itemCount: r.result?.max ?? ex.items.length })),
  );
  return {
    lessonId: lesson.id,
    title: lesson.title,
    ...sum,
    attempts: earlier.length + 1,
    checks: [...earlier, record].reduce((s, rec) => s + checksOf(rec), 0),
    ...timeOf([...earlier, record]),
    exercises: done.map(({ ex, r }) => exerciseResult(ex, r, lesson.article.text)),
  };
}

/** The latest save among the records handed in: when the work was done, not when it was downloaded. */
export function submittedAt(records: readonly AttemptRecord[], fallback: () => Date = () => new Date()): string {
  const times = records.map((r) => Date.parse(r.savedAt)).filter((n) => Number.isFinite(n));
  return new Date(times.length ? Math.max(...times) : fallback().getTime()).toISOString();
}
