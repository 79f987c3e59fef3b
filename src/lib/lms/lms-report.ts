// What to tell the LMS, worked out from the attempt records alone (pure): the package is
// complete when every lesson's record is finished; the score is the points of every
// exercise over their maximum, for all the package's lessons together. The rules (finished,
// totals, passed) are those of src/lib/record/, the same as everywhere else.
import { progressKey, type KeyValueStore } from '../progress/progress-store';
import { savedStatus } from '../progress/saved-status';
import { passed, PASSING_SHARE } from '../record/passed';
import type { LmsReport } from './scorm-session';

export interface ReportTarget {
  /** Progress namespace: '' for a lesson package, the assignment's for an assignment. */
  namespace: string;
  lessonIds: string[];
  /** Fraction of the points needed to pass. */
  passingScore: number;
}

export function lmsReport(storage: KeyValueStore, target: ReportTarget): LmsReport {
  let raw = 0;
  let max = 0;
  for (const id of target.lessonIds) {
    let saved: string | null = null;
    try {
      saved = storage.getItem(progressKey(id, target.namespace));
    } catch {
      return { completed: false };
    }
    const status = savedStatus(saved, id);
    if (status.state !== 'finished') return { completed: false };
    raw += status.points;
    max += status.max;
  }
  // Rounded to hundredths like totals(): each lesson's points are, their sum drifts.
  const score = { points: Math.round(raw * 100) / 100, max };
  return { completed: true, passed: passed(score, target.passingScore ?? PASSING_SHARE), score };
}
