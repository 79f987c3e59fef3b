// How far a student is with each lesson of an assignment, read from the attempt records of
// that assignment (its own namespace), and the results file made from them.
import type { Lesson } from '../types';
import { progressKey, type KeyValueStore } from '../progress/progress-store';
import { savedStatus, type SavedStatus } from '../progress/saved-status';
import { exerciseOf, type AttemptRecord } from '../record/attempt-record';
import { exercisePoints } from '../record/totals';
import { missedItems } from '../record/missed';
import type { Assignment } from './assignment';
import type { ResultsBody } from '../results/results-file';

export type LessonStatus = Exclude<SavedStatus, { state: 'finished' }> | { state: 'finished'; record: AttemptRecord; points: number; max: number };

export const assignmentNamespace = (a: Pick<Assignment, 'id'>) => `a-${a.id}`;

export function lessonStatus(storage: KeyValueStore, a: Pick<Assignment, 'id'>, lessonId: string): LessonStatus {
  let raw: string | null = null;
  try {
    raw = storage.getItem(progressKey(lessonId, assignmentNamespace(a)));
  } catch {
    /* storage blocked: treated as not started */
  }
  return savedStatus(raw, lessonId);
}

/** The results file body for the finished lessons. */
export function resultsBody(a: Assignment, student: string, lessons: { lesson: Lesson; record: AttemptRecord }[], now = new Date()): ResultsBody {
  return {
    format: 'spotlight-results',
    version: 1,
    assignmentId: a.id,
    label: a.label,
    student: student.trim(),
    finishedAt: now.toISOString(),
    lessons: lessons.map(({ lesson, record }) => ({
      lessonId: lesson.id,
      title: lesson.title,
      // What the student did: a record finished before the lesson was edited has no result
      // for an exercise added since, and is not marked down for it.
      skills: lesson.exercises
        .filter((ex) => exerciseOf(record, ex.id))
        .map((ex) => {
          const r = exerciseOf(record, ex.id);
          return {
            exerciseId: ex.id,
            skill: ex.skill,
            points: exercisePoints(r),
            max: r?.result?.max ?? ex.items.length,
            hintsUsed: r?.hintsUsed ?? 0,
            checks: r?.checks ?? 0,
            missed: missedItems(
              r,
              ex.items.map((i) => i.id),
            ),
          };
        }),
    })),
  };
}
