// Where saved progress lives: localStorage, one key per lesson. Storage is injected so
// tests (and, later, an LMS's suspend_data) can stand in for it. A save that can't be
// read is moved aside rather than deleted: nothing the learner did is thrown away.
import { SAVE_VERSION, parseSavedProgress, type LoadResult, type ProgressCheck } from './saved-progress';
import { progressKey } from './saved-status';

export { progressKey };

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}


export function createProgressStore(storage: KeyValueStore, namespace = '') {
  const keyFor = (lessonId: string) => progressKey(lessonId, namespace);
  return {
    load(check: ProgressCheck): LoadResult {
      let raw: string | null;
      try {
        raw = storage.getItem(keyFor(check.lessonId));
      } catch {
        return { kind: 'none' };
      }
      const result = parseSavedProgress(raw, check);
      if (result.kind === 'invalid') {
        try {
          storage.setItem(`${keyFor(check.lessonId)}:unreadable`, result.raw);
          storage.removeItem(keyFor(check.lessonId));
        } catch {
          /* storage full or blocked: the learner is still told; nothing else to do */
        }
      }
      return result;
    },
    /** Returns false when the browser refused to store (private mode, quota). */
    save(lessonId: string, contentHash: string, snapshot: unknown): boolean {
      const value = JSON.stringify({ version: SAVE_VERSION, lessonId, contentHash, savedAt: new Date().toISOString(), snapshot });
      try {
        storage.setItem(keyFor(lessonId), value);
        return true;
      } catch {
        return false;
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
