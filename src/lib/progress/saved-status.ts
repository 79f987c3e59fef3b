// How far a saved lesson got, from the saved string alone (no lesson needed): for the
// catalog's cards and an assignment's home. "finished" is the one rule (record/finished.ts).
// A save that cannot be read is "in progress": opening the lesson reports and handles it.
// A save of another lesson, or of a format this version does not know, is "not started".
// A finished record stays finished after the lesson is edited (its results are kept).
// Plain checks, no schema library: this runs on the home page.
import { isRecord } from '../is-record';
import { RECORD_FORMAT, RECORD_VERSION, type AttemptRecord } from '../record/attempt-record';
import { migrateV1 } from '../record/migrate-v1';
import { isFinished } from '../record/finished';
import { totals } from '../record/totals';

/** Progress inside an assignment is kept apart (namespace) from free practice of the same lesson. */
export const progressKey = (lessonId: string, namespace = '') => `spotlight:progress:${namespace ? `${namespace}:` : ''}${lessonId}`;

export type SavedStatus = { state: 'not-started' } | { state: 'in-progress' } | { state: 'finished'; record: AttemptRecord; points: number; max: number };

const isScore = (x: unknown) => isRecord(x) && Number.isFinite(x.points) && Number.isFinite(x.max) && Array.isArray(x.items);

/** The record in a saved string, lightly checked: enough to count, never to resume. */
function peekRecord(raw: string | null): AttemptRecord | 'unreadable' | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'unreadable';
  }
  const record = isRecord(data) && data.version === 1 ? migrateV1(data) : data;
  if (!isRecord(record) || record.format !== RECORD_FORMAT || record.version !== RECORD_VERSION) return null;
  return countable(record) ? record : 'unreadable';
}

/** What counting needs of a record: its lesson, step, and exercises with a score or none. */
function countable(record: Record<string, unknown>): record is Record<string, unknown> & AttemptRecord {
  if (typeof record.step !== 'string' || typeof record.lessonId !== 'string' || !isRecord(record.exercises)) return false;
  return Object.values(record.exercises).every((e) => isRecord(e) && (e.result === null || isScore(e.result)));
}

export function savedStatus(raw: string | null, lessonId?: string): SavedStatus {
  const record = peekRecord(raw);
  if (record === null) return { state: 'not-started' };
  if (record === 'unreadable') return { state: 'in-progress' };
  if (lessonId !== undefined && record.lessonId !== lessonId) return { state: 'not-started' };
  if (!isFinished(record)) return { state: 'in-progress' };
  return { state: 'finished', record, ...totals(record) };
}
