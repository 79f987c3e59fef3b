// How far a student is with each lesson of an assignment, read from the attempt records of
// that assignment (its own namespace), and the results file made from them.
import type { Lesson } from '../types';
import { progressKey, type KeyValueStore } from '../progress/progress-store';
import { savedStatus, type SavedStatus } from '../progress/saved-status';
import type { AttemptRecord } from '../record/attempt-record';
import { lessonResult, submittedAt } from '../results/from-record';
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

/** A finished lesson handed in, with the earlier attempts at it in this assignment, oldest first. */
export interface HandedIn {
  lesson: Lesson;
  record: AttemptRecord;
  earlier?: AttemptRecord[];
}

/** The results file body for the finished lessons: no download time, so the same work gives the same file and code. */
export function resultsBody(a: Assignment, student: string, lessons: readonly HandedIn[], browser: string): ResultsBody {
  return {
    format: 'spotlight-results',
    version: 2,
    assignmentId: a.id,
    label: a.label,
    student: student.trim(),
    browserId: browser,
    submittedAt: submittedAt(lessons.map((l) => l.record)),
    lessons: lessons.map(({ lesson, record, earlier }) => lessonResult(lesson, record, earlier)),
  };
}
