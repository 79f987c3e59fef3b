// What to tell the LMS, worked out from saved progress alone (pure): a lesson is complete
// when its save has reached the summary; the score is the points of every exercise over
// their maximum, for all the package's lessons together.
import { progressKey, type KeyValueStore } from '../progress/progress-store';
import type { LmsReport } from './scorm-session';

export interface ReportTarget {
  /** Progress namespace: '' for a lesson package, the assignment's for an assignment. */
  namespace: string;
  lessonIds: string[];
  /** Fraction of the points needed to pass. */
  passingScore: number;
}

type Results = Record<string, { points?: unknown; max?: unknown }>;

function finishedResults(storage: KeyValueStore, key: string): Results | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const snapshot = (JSON.parse(raw) as { snapshot?: { value?: unknown; context?: { results?: unknown } } }).snapshot;
    const results = snapshot?.context?.results;
    return snapshot?.value === 'summary' && results && typeof results === 'object' ? (results as Results) : null;
  } catch {
    return null;
  }
}

export function lmsReport(storage: KeyValueStore, target: ReportTarget): LmsReport {
  let raw = 0;
  let max = 0;
  for (const id of target.lessonIds) {
    const results = finishedResults(storage, progressKey(id, target.namespace));
    if (!results) return { completed: false };
    for (const r of Object.values(results)) {
      raw += typeof r.points === 'number' ? r.points : 0;
      max += typeof r.max === 'number' ? r.max : 0;
    }
  }
  const score = { raw: Math.round(raw * 100) / 100, min: 0, max };
  return { completed: true, passed: max > 0 && raw / max >= target.passingScore - 1e-9, score };
}
