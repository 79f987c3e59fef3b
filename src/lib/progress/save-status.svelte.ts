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
