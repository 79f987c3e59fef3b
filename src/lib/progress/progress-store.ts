// Where attempt records live: one key per lesson in a key-value storage (localStorage, or an
// LMS's suspend_data through lms/suspend-store.ts), injected so tests can stand in for it.
// A save that cannot be used as it is is copied aside first and never overwritten, so
// nothing the learner did is thrown away; a save the browser refuses is reported at once.
import type { AttemptRecord } from '../record/attempt-record';
import type { RecordLesson } from '../record/check-record';
import { readRecord, type ReadResult } from '../record/read-record';
import { progressKey } from './saved-status';

export { progressKey };

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a save failed: the storage is full, or refused (blocked, private mode, an LMS error). */
export type SaveOutcome = { ok: true; value: string } | { ok: false; reason: 'full' | 'refused' };

/** Copies of unusable saves kept per lesson. */
export const MAX_COPIES = 3;

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export function createProgressStore(storage: KeyValueStore, namespace = '') {
  const keyFor = (lessonId: string) => progressKey(lessonId, namespace);
  /**
   * Keeps a copy of `raw` under a new ':unreadable' key. An earlier copy is never replaced;
   * after MAX_COPIES the oldest copies are what is kept (a save damaged the same way on every
   * visit must not fill the storage until saving fails).
   */
  function keepAside(lessonId: string, raw: string): void {
    const base = `${keyFor(lessonId)}:unreadable`;
    try {
      let key = base;
      for (let n = 2; storage.getItem(key) !== null; n++) {
        if (storage.getItem(key) === raw || n > MAX_COPIES) return;
        key = `${base}:${n}`;
      }
      storage.setItem(key, raw);
    } catch {
      /* storage full or blocked: the learner is still told; the save itself stays where it is */
    }
  }
  return {
    key: keyFor,
    load(lesson: RecordLesson): ReadResult {
      let raw: string | null;
      try {
        raw = storage.getItem(keyFor(lesson.lessonId));
      } catch {
        return { kind: 'none' };
      }
      const result = readRecord(raw, lesson);
      const lost = result.kind === 'invalid' || (result.kind === 'ok' && (result.problems.length > 0 || (result.changed?.marksLost ?? 0) > 0));
      if (lost && raw !== null) keepAside(lesson.lessonId, raw);
      return result;
    },
    save(record: AttemptRecord): SaveOutcome {
      const value = JSON.stringify(record);
      try {
        storage.setItem(keyFor(record.lessonId), value);
        return { ok: true, value };
      } catch (e) {
        return { ok: false, reason: isQuota(e) ? 'full' : 'refused' };
      }
    },
    /** The stored string, to tell whether another tab wrote since this one did. */
    peek(lessonId: string): string | null {
      try {
        return storage.getItem(keyFor(lessonId));
      } catch {
        return null;
      }
    },
    clear(lessonId: string): void {
      try {
        storage.removeItem(keyFor(lessonId));
      } catch {
        /* nothing stored, nothing to clear */
      }
    },
  };
}
export type ProgressStore = ReturnType<typeof createProgressStore>;
