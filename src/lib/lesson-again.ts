// What "Do the lesson again" needs (src/lib/assignment/earlier-attempts.ts provides it inside an
// assignment, src/lib/free-again.ts outside): the player's code does not import the assignment's.
import type { AttemptRecord, ExerciseRecord } from './record/attempt-record';

export interface AgainRule {
  /** Checks left on an exercise after this attempt's (`current`): while one has none, no new attempt is offered. */
  checksLeft: (exerciseId: string, current: ExerciseRecord | undefined) => number;
  /** Keeps the finished attempt with the earlier ones; false when the browser refused. */
  keep: () => boolean;
  /** The finished attempts before this one, oldest first: the summary shows their scores. */
  earlier: () => readonly Pick<AttemptRecord, 'exercises'>[];
  /** Inside an assignment: the checks used count across attempts, and the dialog says so. */
  checksCarry: boolean;
}
