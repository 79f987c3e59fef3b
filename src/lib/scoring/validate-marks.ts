// Whether an answer can be checked yet (Perseus's validate-*): separate from scoring,
// so the UI can say what is missing without knowing the answers.
import type { Mark, PublicExercise } from '../types';

/**
 * The most marks one exercise takes at a time. Far more than any exercise has items (marking
 * everything is guessing, which scoring already penalises), and small enough that saved
 * progress fits an LMS's suspend_data (measured in tests/unit/suspend-store.test.ts).
 */
export const MAX_MARKS = 40;

export type Validation = { complete: true } | { complete: false; reason: 'no-marks' | 'unclassified' };

export function validateMarks(exercise: PublicExercise, marks: readonly Mark[]): Validation {
  if (marks.length === 0) return { complete: false, reason: 'no-marks' };
  // In the sources exercise a mark starts as 'sources', meaning "kind not chosen yet".
  if (exercise.kind === 'mark-sources' && marks.some((m) => !exercise.categories.includes(m.category))) {
    return { complete: false, reason: 'unclassified' };
  }
  return { complete: true };
}
