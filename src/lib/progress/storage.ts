// Where saved progress is kept: the browser's localStorage, or, inside an LMS, the
// LMS's suspend_data (set by lib/lms/lms-runtime.ts before the first lesson opens).
import type { KeyValueStore } from './progress-store';

let current: KeyValueStore | null = null;

export function progressStorage(): KeyValueStore {
  return current ?? localStorage;
}

export function useProgressStorage(storage: KeyValueStore): void {
  current = storage;
}
