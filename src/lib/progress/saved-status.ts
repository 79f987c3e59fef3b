// How far a saved lesson got, from the saved string alone (no lesson needed): for the
// catalog's cards and an assignment's home. "finished" means the summary step was reached.
// A save that cannot be read is "in progress": opening the lesson reports and handles it.
// A save of another format version or of other content (the lesson has changed since) is
// one the lesson will not resume, so it is "not started" rather than a score that is gone.
// Plain checks, no schema library: this runs on the home page.

import { isRecord } from '../is-record';

/** Bump when the snapshot shape changes; older saves are then reported as outdated. */
export const SAVE_VERSION = 1;

/** Progress inside an assignment is kept apart (namespace) from free practice of the same lesson. */
export const progressKey = (lessonId: string, namespace = '') => `spotlight:progress:${namespace ? `${namespace}:` : ''}${lessonId}`;

export type SavedStatus =
  | { state: 'not-started' }
  | { state: 'in-progress' }
  | { state: 'finished'; results: Record<string, unknown>; points: number; max: number };

const isScore = (x: unknown): x is { points: number; max: number } =>
  isRecord(x) && Number.isFinite(x.points) && Number.isFinite(x.max);

/** What the save must belong to, when the caller knows it (the catalog does). */
export interface SaveOwner { lessonId: string; contentHash: string }

export function savedStatus(raw: string | null, owner?: SaveOwner): SavedStatus {
  if (!raw) return { state: 'not-started' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: 'in-progress' };
  }
  if (isRecord(data) && typeof data.version === 'number' && data.version !== SAVE_VERSION) return { state: 'not-started' };
  if (owner && isRecord(data) && (data.lessonId !== owner.lessonId || data.contentHash !== owner.contentHash)) return { state: 'not-started' };
  const snapshot = isRecord(data) ? data.snapshot : undefined;
  const results = isRecord(snapshot) && isRecord(snapshot.context) ? snapshot.context.results : undefined;
  if (!isRecord(snapshot) || snapshot.value !== 'summary' || !isRecord(results)) return { state: 'in-progress' };
  const all = Object.values(results);
  if (all.length === 0 || !all.every(isScore)) return { state: 'in-progress' };
  return { state: 'finished', results, points: all.reduce((n, r) => n + r.points, 0), max: all.reduce((n, r) => n + r.max, 0) };
}
