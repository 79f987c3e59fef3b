// The attempt record: the one persisted account of a learner's work on one lesson. It is a
// format Spotlight defines and versions (as Perseus keeps an explicit user-input record), not
// a library's internal snapshot: the machines are restored from it through their input and it
// is derived from the running actors (src/machines/attempt.ts), so a state renamed inside a
// machine cannot silently change what is saved, graded or reported.
import type { Mark, ScoreResult } from '../types';

export const RECORD_FORMAT = 'spotlight-attempt';
/** Version 1 was the XState persisted snapshot (read by migrate-v1.ts); 2 is this record. */
export const RECORD_VERSION = 2;

/** Where an exercise stands. 'done' exercises are behind the learner; the others are the current step's. */
export const EXERCISE_PHASES = ['marking', 'feedback', 'revealed', 'done'] as const;
export type ExercisePhase = (typeof EXERCISE_PHASES)[number];

/**
 * A mark with the words it covers. The quote lets a mark be found again after the lesson's
 * article is edited (re-anchored as answer keys are: position first, then the quote); it is
 * the first thing left out when an LMS has no room (see lms/suspend-store.ts).
 */
export interface RecordedMark extends Mark {
  quote?: { exact: string; prefix?: string; suffix?: string };
}

export interface ExerciseRecord {
  phase: ExercisePhase;
  marks: RecordedMark[];
  /** The number the next mark's id takes: above every id in `marks`. */
  nextMarkId: number;
  /** Checks made so far. */
  checks: number;
  /** Items whose hints were shown, in order. */
  hinted: string[];
  /** Hints taken. Equal to hinted.length, except in finished exercises migrated from version 1, which kept only the count. */
  hintsUsed: number;
  /** The latest check's result; null before the first check. */
  result: ScoreResult | null;
}

export interface AttemptRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  lessonId: string;
  /** The lesson content the record was made against (lesson.contentHash). */
  contentHash: string;
  /** A hash of the article text alone: while it is the same, marks keep their places even if the lesson around them was edited. */
  textHash?: string;
  /**
   * Set on a finished record carried over from an earlier version of the lesson (that
   * version's content hash): its results stand as they were, exercise by exercise.
   */
  keptFrom?: string;
  savedAt: string;
  /**
   * Seconds the learner was at work on this attempt until it was finished (active-time.ts).
   * Absent in records saved before Spotlight counted it: unknown, not zero.
   */
  activeSeconds?: number;
  /** The lesson step the learner is on: a step id of lessonSteps(lesson). */
  step: string;
  /** Exercises started or finished, by exercise id. */
  exercises: Record<string, ExerciseRecord>;
}

/** An exercise's record by id: own keys only, so an exercise called "constructor" is not Object's. */
export const exerciseOf = (record: Pick<AttemptRecord, 'exercises'>, id: string): ExerciseRecord | undefined =>
  Object.hasOwn(record.exercises, id) ? record.exercises[id] : undefined;
