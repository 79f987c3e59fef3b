// What the player tells the learner about saving: a save the browser refused (at once, with
// what to do), and another tab that took over this lesson.
import type { SaveOutcome } from './progress-store';

export function createSaveStatus() {
  const state = $state({ failed: null as null | 'full' | 'refused', otherTab: false });
  return {
    get failed() {
      return state.failed;
    },
    get otherTab() {
      return state.otherTab;
    },
    saved(outcome: SaveOutcome) {
      state.failed = outcome.ok ? null : outcome.reason;
    },
    handedOver() {
      state.otherTab = true;
    },
  };
}

/** Another tab's writes of one localStorage key (the storage event fires only in the other tabs). */
export function watchStorageKey(key: string, changed: (value: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (e: StorageEvent) => {
    if (e.key === key && e.storageArea === localStorage) changed(e.newValue);
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}
