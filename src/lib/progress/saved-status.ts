// How far a saved lesson got, from the saved string alone (no lesson needed): for the
// catalog's cards and an assignment's home. "finished" means the summary step was reached.
// A save that cannot be read is "in progress": opening the lesson reports and handles it.
// Plain checks, no schema library: this runs on the home page, within its first bundle.
/** Progress inside an assignment is kept apart (namespace) from free practice of the same lesson. */
export const progressKey = (lessonId: string, namespace = '') => `spotlight:progress:${namespace ? `${namespace}:` : ''}${lessonId}`;

export type SavedStatus =
  | { state: 'not-started' }
  | { state: 'in-progress' }
  | { state: 'finished'; results: Record<string, unknown>; points: number; max: number };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isScore = (x: unknown): x is { points: number; max: number } =>
  isRecord(x) && Number.isFinite(x.points) && Number.isFinite(x.max);

export function savedStatus(raw: string | null): SavedStatus {
  if (!raw) return { state: 'not-started' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: 'in-progress' };
  }
  const snapshot = isRecord(data) ? data.snapshot : undefined;
  const results = isRecord(snapshot) && isRecord(snapshot.context) ? snapshot.context.results : undefined;
  if (!isRecord(snapshot) || snapshot.value !== 'summary' || !isRecord(results)) return { state: 'in-progress' };
  const all = Object.values(results);
  if (!all.every(isScore)) return { state: 'in-progress' };
  return { state: 'finished', results, points: all.reduce((n, r) => n + r.points, 0), max: all.reduce((n, r) => n + r.max, 0) };
}
