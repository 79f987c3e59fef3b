// The only place outside the machines' own files that reads a snapshot's value or context:
// the attempt record is derived here from the running actors, and the views get what they
// show from here (asking `matches`, not comparing state names as strings).
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { ExercisePhase, ExerciseRecord } from '../lib/record/attempt-record';
import type { Mark, ScoreResult } from '../lib/types';
import { checksLeft, settingsRefusal, type ExerciseMachine, type ExerciseRules, type RefusalReason } from './exercise-machine';
import type { LessonInput, LessonMachine } from './lesson-machine';
import { exerciseOfStep } from '../lib/record/steps';

type ExerciseSnapshot = SnapshotFrom<ExerciseMachine>;
type LessonSnapshot = SnapshotFrom<LessonMachine>;

const PHASES: readonly Exclude<ExercisePhase, 'done'>[] = ['marking', 'feedback', 'revealed'];

/** What an exercise view shows. */
export interface ExerciseView {
  phase: ExercisePhase;
  marks: Mark[];
  result: ScoreResult | null;
  hinted: string[];
  /** Checks made in this attempt. */
  checks: number;
  /** What the teacher set, and the checks still left (earlier attempts' count too). */
  rules: ExerciseRules;
  checksLeft: number;
}

export function exerciseView(snap: ExerciseSnapshot): ExerciseView {
  const phase = snap.status === 'done' ? 'done' : (PHASES.find((p) => snap.matches(p)) ?? 'marking');
  const { marks, result, hinted, attempt, rules } = snap.context;
  return { phase, marks, result, hinted, checks: attempt, rules, checksLeft: checksLeft(snap.context) };
}

/**
 * Why the machine would refuse this event now: the settings' reason, 'not-now' for any
 * other (no marks yet, no hint left, not in this phase), null when it would take it.
 */
export function refusal(snap: ExerciseSnapshot, type: 'user.check' | 'user.hint' | 'user.reveal'): RefusalReason | 'not-now' | null {
  if (snap.can({ type })) return null;
  return settingsRefusal(snap.context, type) ?? 'not-now';
}

export function exerciseRecord(snap: ExerciseSnapshot): ExerciseRecord {
  const { marks, nextMarkId, attempt, hinted, result } = snap.context;
  return { phase: exerciseView(snap).phase, marks, nextMarkId, checks: attempt, hinted, hintsUsed: hinted.length, result };
}

/** The step the lesson is on (a step id of lessonSteps). */
export function lessonStep(snap: LessonSnapshot): string {
  return typeof snap.value === 'string' ? snap.value : 'welcome';
}

/** Finished exercises' records, by exercise id. */
export const finishedExercises = (snap: LessonSnapshot): Record<string, ExerciseRecord> => snap.context.results;

/** The exercise actor of the current step, if it is an exercise. */
export function currentExercise(snap: LessonSnapshot): ActorRefFrom<ExerciseMachine> | undefined {
  return snap.children[lessonStep(snap)] as ActorRefFrom<ExerciseMachine> | undefined;
}

/** The record's step and exercises, as the running actors hold them now. */
export function attemptOf(snap: LessonSnapshot): LessonInput {
  const step = lessonStep(snap);
  // An exercise left for its worked example is kept in `restore` until the learner is back.
  const exercises: Record<string, ExerciseRecord> = { ...snap.context.restore, ...snap.context.results };
  const child = currentExercise(snap);
  const exerciseId = exerciseOfStep(step);
  if (child && exerciseId) exercises[exerciseId] = exerciseRecord(child.getSnapshot());
  return { step, exercises };
}
