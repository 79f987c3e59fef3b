// What "Do the lesson again" needs inside an assignment (src/lib/assignment/earlier-attempts.ts
// provides it): the player's code does not import the assignment's.
import type { ExerciseRecord } from './record/attempt-record';

export interface AgainRule {
  /** Checks left on an exercise after this attempt's (`current`): while one has none, no new attempt is offered. */
  checksLeft: (exerciseId: string, current: ExerciseRecord | undefined) => number;
  /** Keeps the finished attempt with the earlier ones; false when the browser refused. */
  keep: () => boolean;
}
