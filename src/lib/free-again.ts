// "Do the lesson again" outside an assignment: nothing is handed in and checks do not carry
// over, but the finished attempt is kept beside the progress (as earlier-attempts.ts does for an
// assignment), so the summary of the next attempt can still show its score.
import type { AgainRule } from './lesson-again';
import { earlierAttempts } from './assignment/earlier-attempts';
import type { KeyValueStore } from './progress/progress-store';

/**
 * `storage` is where the progress is saved. Earlier attempts are kept only in localStorage:
 * an LMS's suspend_data has little room, and filling it would cost the lesson its progress.
 */
export function freeAgain(storage: KeyValueStore, namespace: string, lessonId: string): AgainRule {
  const kept = storage === globalThis.localStorage ? earlierAttempts(storage, namespace, lessonId) : null;
  return {
    checksLeft: () => Infinity,
    // Keeping is only for showing the earlier score: a browser that refuses still restarts.
    keep: () => {
      kept?.keepCurrent();
      return true;
    },
    earlier: () => kept?.list().records ?? [],
    checksCarry: false,
  };
}
