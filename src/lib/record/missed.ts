// The items a learner did not find, for the hand-in, the results file and the class results.
import type { ExerciseRecord } from './attempt-record';

/** Item ids not found: all of them when the exercise was never checked. */
export function missedItems(r: ExerciseRecord | undefined, itemIds: readonly string[]): string[] {
  if (!r?.result) return [...itemIds];
  return r.result.items.filter((i) => i.status === 'missed').map((i) => i.itemId);
}
