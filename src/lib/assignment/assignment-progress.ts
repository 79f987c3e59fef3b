// How far a student is with each lesson of an assignment, read from the saved progress
// of that assignment (its own namespace), and the results file made from it.
import type { ExerciseOutput } from '../../machines/exercise-machine';
import type { Lesson } from '../types';
import { progressKey, type KeyValueStore } from '../progress/progress-store';
import { savedStatus } from '../progress/saved-status';
import type { Assignment } from './assignment';
import type { ResultsBody } from '../results/results-file';

export type LessonStatus = { state: 'not-started' } | { state: 'in-progress' } | { state: 'finished'; results: Record<string, ExerciseOutput> };

export const assignmentNamespace = (a: Pick<Assignment, 'id'>) => `a-${a.id}`;

export function lessonStatus(storage: KeyValueStore, a: Pick<Assignment, 'id'>, lessonId: string): LessonStatus {
  let raw: string | null = null;
  try {
    raw = storage.getItem(progressKey(lessonId, assignmentNamespace(a)));
  } catch {
    /* storage blocked: treated as not started */
  }
  const status = savedStatus(raw);
  return status.state === 'finished' ? { state: 'finished', results: status.results as Record<string, ExerciseOutput> } : status;
}

/** The results file body for the finished lessons. */
export function resultsBody(a: Assignment, student: string, lessons: { lesson: Lesson; results: Record<string, ExerciseOutput> }[], now = new Date()): ResultsBody {
  return {
    format: 'spotlight-results',
    version: 1,
    assignmentId: a.id,
    label: a.label,
    student: student.trim(),
    finishedAt: now.toISOString(),
    lessons: lessons.map(({ lesson, results }) => ({
      lessonId: lesson.id,
      title: lesson.title,
      skills: lesson.exercises.map((ex) => {
        const r = results[ex.id];
        return {
          exerciseId: ex.id,
          skill: ex.skill,
          points: r?.points ?? 0,
          max: ex.items.length,
          hintsUsed: r?.hintsUsed ?? 0,
          checks: r?.attempts ?? 0,
          missed: r ? r.result.items.filter((i) => i.status === 'missed').map((i) => i.itemId) : ex.items.map((i) => i.id),
        };
      }),
    })),
  };
}
