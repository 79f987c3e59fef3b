// When a lesson is finished: the one rule the catalog, the assignment home, the hand-in, the
// LMS report and xAPI all use.
import type { AttemptRecord } from './attempt-record';

/** Lessons end on this step. */
export const SUMMARY_STEP = 'summary';

/** Finished: on the summary step, with every exercise in the record done and scored. */
export function isFinished(record: Pick<AttemptRecord, 'step' | 'exercises'>): boolean {
  if (record.step !== SUMMARY_STEP) return false;
  const all = Object.values(record.exercises);
  return all.length > 0 && all.every((r) => r.phase === 'done' && r.result != null);
}
