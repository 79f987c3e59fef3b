// The lesson machine walks the steps of one lesson: welcome -> read the article ->
// for each exercise, an intro to the skill then the exercise -> summary.
// States are generated from the lesson data; each exercise state invokes that
// exercise's machine as a child actor, so a persisted snapshot holds both levels.
import { assign, setup, type ActorRefFrom, type AnyActorRef, type AnyStateMachine } from 'xstate';
import type { ArticleDoc } from '../lib/text/segment';
import type { Lesson } from '../lib/types';
import type { ExerciseRecord } from '../lib/record/attempt-record';
import { createExerciseMachine, DEFAULT_SETTINGS, type ExerciseMachine, type ExerciseOutput, type ExerciseSettings } from './exercise-machine';
import { exerciseStepId, introStepId } from '../lib/record/steps';
import { SUMMARY_STEP } from '../lib/record/finished';
import { exerciseRecord } from './attempt';

export type StepKind = 'welcome' | 'read' | 'intro' | 'exercise' | 'summary';
export interface Step {
  id: string;
  kind: StepKind;
  exerciseId?: string;
}

export interface LessonContext {
  /** Finished exercises, by id. */
  results: Record<string, ExerciseOutput>;
  /** The record of the exercise in progress when the lesson was restored: its child starts from it. */
  restore: Record<string, ExerciseRecord>;
  /** The step a restored record was on (the `restoring` state goes there). */
  resumeAt: string;
}
/** What the lesson resumes from: a checked attempt record's step and exercises (src/lib/record). */
export interface LessonInput {
  step: string;
  exercises: Record<string, ExerciseRecord>;
}
export type LessonEvent = { type: 'user.next' } | { type: 'user.back' } | { type: 'user.restart' };

export function lessonSteps(lesson: Lesson): Step[] {
  return [
    { id: 'welcome', kind: 'welcome' },
    { id: 'read', kind: 'read' },
    ...lesson.exercises.flatMap((ex): Step[] => [
      { id: introStepId(ex.id), kind: 'intro', exerciseId: ex.id },
      { id: exerciseStepId(ex.id), kind: 'exercise', exerciseId: ex.id },
    ]),
    { id: SUMMARY_STEP, kind: 'summary' },
  ];
}

export function createLessonMachine(lesson: Lesson, doc: ArticleDoc, settings: ExerciseSettings = DEFAULT_SETTINGS) {
  const steps = lessonSteps(lesson);
  const actors: Record<string, AnyStateMachine> = Object.fromEntries(
    lesson.exercises.map((ex) => [exerciseStepId(ex.id), createExerciseMachine(ex, doc, settings)]),
  );

  const states: Record<string, object> = {};
  steps.forEach((step, i) => {
    const next = steps[i + 1]?.id;
    const prev = steps[i - 1];
    if (step.kind === 'exercise') {
      states[step.id] = {
        // Back to the worked example keeps the work: the exercise's record so far is what its
        // child starts from when the learner comes back (as a reloaded lesson would).
        on: {
          'user.back': {
            target: prev!.id,
            actions: assign(({ context, self }: { context: LessonContext; self: AnyActorRef }) => {
              // (No snapshot while xstate/graph walks the machine: nothing to keep then.)
              const snap = self.getSnapshot() as { children?: Record<string, unknown> } | undefined;
              const child = snap?.children?.[step.id] as ActorRefFrom<ExerciseMachine> | undefined;
              return child ? { restore: { ...context.restore, [step.exerciseId!]: exerciseRecord(child.getSnapshot()) } } : {};
            }),
          },
        },
        invoke: {
          id: step.id,
          src: step.id,
          input: ({ context }: { context: LessonContext }) => ({
            restore: Object.hasOwn(context.restore, step.exerciseId!) ? context.restore[step.exerciseId!] : undefined,
          }),
          onDone: {
            target: next,
            actions: assign(({ context, event }) => ({
              // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- generated states: the done event's type is not inferred
              results: { ...context.results, [step.exerciseId!]: (event as unknown as { output: ExerciseOutput }).output },
            })),
          },
        },
      };
    } else if (step.kind === 'summary') {
      // Inside an assignment the earlier attempts' checks still count (settings.checksBefore):
      // a new attempt starts only while every exercise has a check left to finish it with.
      const checksLeftEverywhere = () => lesson.exercises.every((ex) => (settings.checksBefore?.(ex.id) ?? 0) < (settings.attempts ?? ex.attempts));
      states[step.id] = { on: { 'user.restart': { guard: checksLeftEverywhere, target: 'welcome', actions: assign({ results: {}, restore: {} }) } } };
    } else {
      // Going back into a finished exercise would restart it, so "back" stops at intros.
      const canGoBack = prev !== undefined && prev.kind !== 'exercise';
      states[step.id] = { on: { 'user.next': next, ...(canGoBack ? { 'user.back': prev.id } : {}) } };
    }
  });

  // Passed through at once: a new lesson starts at the welcome, a restored one at its step.
  states['restoring'] = {
    always: [
      ...steps.map((step) => ({ guard: ({ context }: { context: LessonContext }) => context.resumeAt === step.id, target: step.id })),
      { target: 'welcome' },
    ],
  };

  return setup({
    types: { context: {} as LessonContext, events: {} as LessonEvent, input: {} as LessonInput | void },
    actors,
  }).createMachine({
    id: `lesson-${lesson.id}`,
    context: ({ input }: { input: LessonInput | void }) => {
      const restored = input as LessonInput | undefined;
      const results: Record<string, ExerciseOutput> = {};
      const restore: Record<string, ExerciseRecord> = {};
      for (const [id, r] of Object.entries(restored?.exercises ?? {})) {
        if (r.phase === 'done' && r.result) results[id] = { ...r, phase: 'done', result: r.result };
        else restore[id] = r;
      }
      return { results, restore, resumeAt: restored?.step ?? 'welcome' };
    },
    initial: 'restoring',
    states,
  } as never);
}

export type LessonMachine = ReturnType<typeof createLessonMachine>;
