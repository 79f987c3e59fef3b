// The lesson machine walks the steps of one lesson: welcome -> read the article ->
// for each exercise, an intro to the skill then the exercise -> summary.
// States are generated from the lesson data; each exercise state invokes that
// exercise's machine as a child actor, so a persisted snapshot holds both levels.
import { assign, setup, type AnyStateMachine } from 'xstate';
import type { ArticleDoc } from '../lib/text/segment';
import type { Lesson } from '../lib/types';
import { createExerciseMachine, DEFAULT_SETTINGS, type ExerciseOutput, type ExerciseSettings } from './exercise-machine';

export type StepKind = 'welcome' | 'read' | 'intro' | 'exercise' | 'summary';
export interface Step { id: string; kind: StepKind; exerciseId?: string }

export interface LessonContext {
  results: Record<string, ExerciseOutput>;
}
export type LessonEvent =
  | { type: 'user.next' }
  | { type: 'user.back' }
  | { type: 'user.restart' }
  /** Jump to a step, keeping results: used to restart one exercise after a corrupt save. */
  | { type: 'lesson.resume'; step: string; results?: Record<string, ExerciseOutput> };

export function lessonSteps(lesson: Lesson): Step[] {
  return [
    { id: 'welcome', kind: 'welcome' },
    { id: 'read', kind: 'read' },
    ...lesson.exercises.flatMap((ex): Step[] => [
      { id: `intro-${ex.id}`, kind: 'intro', exerciseId: ex.id },
      { id: `exercise-${ex.id}`, kind: 'exercise', exerciseId: ex.id },
    ]),
    { id: 'summary', kind: 'summary' },
  ];
}

export function createLessonMachine(lesson: Lesson, doc: ArticleDoc, settings: ExerciseSettings = DEFAULT_SETTINGS) {
  const steps = lessonSteps(lesson);
  const actors: Record<string, AnyStateMachine> = Object.fromEntries(
    lesson.exercises.map((ex) => [`exercise-${ex.id}`, createExerciseMachine(ex, doc, settings)]),
  );

  const states: Record<string, object> = {};
  steps.forEach((step, i) => {
    const next = steps[i + 1]?.id;
    const prev = steps[i - 1];
    if (step.kind === 'exercise') {
      states[step.id] = {
        invoke: {
          id: step.id,
          src: step.id,
          onDone: {
            target: next,
            actions: assign(({ context, event }) => ({
              results: { ...context.results, [step.exerciseId!]: (event as unknown as { output: ExerciseOutput }).output },
            })),
          },
        },
      };
    } else if (step.kind === 'summary') {
      states[step.id] = { on: { 'user.restart': { target: 'welcome', actions: assign({ results: {} }) } } };
    } else {
      // Going back into a finished exercise would restart it, so "back" stops at intros.
      const canGoBack = prev !== undefined && prev.kind !== 'exercise';
      states[step.id] = { on: { 'user.next': next, ...(canGoBack ? { 'user.back': prev.id } : {}) } };
    }
  });

  return setup({
    types: { context: {} as LessonContext, events: {} as LessonEvent },
    actors,
  }).createMachine({
    id: `lesson-${lesson.id}`,
    context: { results: {} },
    initial: 'welcome',
    on: {
      'lesson.resume': steps.map((step) => ({
        guard: ({ event }: { event: LessonEvent }) => event.type === 'lesson.resume' && event.step === step.id,
        target: `.${step.id}`,
        actions: assign({
          results: ({ event }: { event: LessonEvent }) => (event.type === 'lesson.resume' && event.results) || {},
        }),
      })),
    },
    states,
  } as never);
}

export type LessonMachine = ReturnType<typeof createLessonMachine>;
