// One machine per exercise kind. 'mark-words' (claims, emotive): the learner marks
// spans. 'mark-sources' adds one transition, `user.classify`, to say what kind of
// attribution a mark is. Both score with the same pure functions, so they share a builder.
import { and, assign, emit, not, setup } from 'xstate';
import type { ArticleDoc } from '../lib/text/segment';
import { wordRangeForSpan } from '../lib/text/segment';
import { scoreMarks } from '../lib/scoring/score-marks';
import { MAX_MARKS, validateMarks } from '../lib/scoring/validate-marks';
import { nextHintItem } from '../lib/scoring/next-hint';
import { toPublicExercise } from '../lib/scoring/public-exercise';
import type { AnchoredExercise, Mark, MarkCategory, ScoreResult, Span } from '../lib/types';
import type { ExerciseRecord } from '../lib/record/attempt-record';

/** What a teacher can set for an assignment; outside one, the defaults. */
export interface ExerciseSettings {
  hints: boolean;
  /** Checks allowed per exercise; when absent, the lesson's own number. */
  attempts?: number;
  /** Whether the learner may see the whole answer key (missed items) after checking. */
  showAnswers: boolean;
  /**
   * Answers only once no check is left (an assignment's "after the last check"): shown
   * earlier, a learner could copy them into the checks still to come.
   */
  answersAfterLastCheck?: boolean;
  /**
   * Checks this learner already used on an exercise in earlier attempts of the lesson
   * (inside an assignment, src/lib/assignment/earlier-attempts.ts). They count against
   * `attempts`, so doing the lesson again does not buy more checks. Read when the exercise starts.
   */
  checksBefore?: (exerciseId: string) => number;
}
export const DEFAULT_SETTINGS: ExerciseSettings = { hints: true, showAnswers: true };

export interface ExerciseContext {
  exerciseId: string;
  marks: Mark[];
  nextMarkId: number;
  /** Checks made so far. */
  attempt: number;
  /** Items whose hints have been shown, in order. */
  hinted: string[];
  result: ScoreResult | null;
  /** The phase a restored record was in: the machine starts there (see `restoring`). */
  resumeAt: 'marking' | 'feedback' | 'revealed';
  /** The settings that limit this exercise, as it started (the texts are made from them). */
  rules: ExerciseRules;
}
export interface ExerciseRules {
  hints: boolean;
  showAnswers: boolean;
  answersAfterLastCheck: boolean;
  /** Checks allowed on this exercise, and how many of them earlier attempts used. */
  checksAllowed: number;
  checksBefore: number;
}

/** Checks still left: the one rule the guards and the texts use. */
export const checksLeft = (ctx: Pick<ExerciseContext, 'attempt' | 'rules'>) => Math.max(0, ctx.rules.checksAllowed - ctx.rules.checksBefore - ctx.attempt);

/** Why the settings refuse a check, a hint or the answers now; null when they allow it. */
export function settingsRefusal(ctx: Pick<ExerciseContext, 'attempt' | 'rules'>, type: 'user.check' | 'user.hint' | 'user.reveal'): RefusalReason | null {
  if (type === 'user.check') return checksLeft(ctx) === 0 ? 'no-checks-left' : null;
  if (type === 'user.hint') return ctx.rules.hints ? null : 'hints-off';
  if (!ctx.rules.showAnswers) return 'answers-hidden';
  return ctx.rules.answersAfterLastCheck && checksLeft(ctx) > 0 ? 'checks-left' : null;
}

/** A record to resume from (src/lib/record): a checked record resumes in its phase. */
export interface ExerciseInput {
  restore?: ExerciseRecord | undefined;
}

export type ExerciseEvent =
  | { type: 'user.mark'; start: number; end: number; category: MarkCategory }
  | { type: 'user.unmark'; markId: string }
  | { type: 'user.classify'; markId: string; category: MarkCategory }
  | { type: 'user.hint' }
  | { type: 'user.check' }
  | { type: 'user.retry' }
  | { type: 'user.reveal' }
  | { type: 'user.continue' };

export type ExerciseEmitted =
  | { type: 'marked'; mark: Mark }
  | { type: 'unmarked'; mark: Mark }
  | { type: 'classified'; mark: Mark }
  | { type: 'hinted'; itemId: string }
  | { type: 'checked'; result: ScoreResult };

/** Why the teacher's settings refuse an event now (attempt.ts's `refusal` tells the view). */
export type RefusalReason =
  | 'no-checks-left' // check: the checks allowed for this exercise are used up
  | 'hints-off' // hint: the teacher turned hints off
  | 'answers-hidden' // reveal: the teacher does not show answers
  | 'checks-left'; // reveal: answers come after the last check, and checks are left

/** A finished exercise is its record with phase 'done'. */
export type ExerciseOutput = ExerciseRecord & { phase: 'done'; result: ScoreResult };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function createExerciseMachine(exercise: AnchoredExercise, doc: ArticleDoc, settings = DEFAULT_SETTINGS) {
  const view = toPublicExercise(exercise);
  const classify = exercise.kind === 'mark-sources';
  const score = (ctx: ExerciseContext) => scoreMarks(doc, exercise, ctx.marks, ctx.hinted.length);
  // Perfect = every item found and nothing wrong. Not "full points": hints cost points,
  // and a learner who used one and then found everything is done, not stuck retrying.
  const isPerfect = (ctx: ExerciseContext) =>
    ctx.result !== null && ctx.result.wrongMarkIds.length === 0 && ctx.result.items.every((i) => i.status === 'found');

  const machineSetup = setup({
    types: {
      context: {} as ExerciseContext,
      // void, not undefined: an optional property would drop undefined, and every actor would need an input.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- XState's way to declare the input type
      input: {} as ExerciseInput | void,
      events: {} as ExerciseEvent,
      emitted: {} as ExerciseEmitted,
      output: {} as ExerciseOutput,
    },
    guards: {
      // A mark must cover at least one word and carry a category this exercise offers;
      // the 'sources' category itself means "not yet classified".
      validMark: ({ event }) =>
        event.type === 'user.mark' &&
        event.end > event.start &&
        wordRangeForSpan(doc, event) !== null &&
        (view.categories.includes(event.category) || (classify && event.category === 'sources')),
      // A cap on marks keeps saved progress small enough for an LMS (see lms/suspend-store.ts);
      // a mark that replaces marks it overlaps is always allowed.
      roomForMark: ({ context, event }) => event.type === 'user.mark' && context.marks.filter((m) => !overlaps(m, event)).length < MAX_MARKS,
      knownMark: ({ context, event }) => 'markId' in event && context.marks.some((m) => m.id === event.markId),
      validClassification: ({ context, event }) =>
        event.type === 'user.classify' && view.categories.includes(event.category) && context.marks.some((m) => m.id === event.markId),
      hintAvailable: ({ context }) => !settingsRefusal(context, 'user.hint') && nextHintItem(doc, exercise, context.marks, context.hinted) !== null,
      complete: ({ context }) => validateMarks(view, context.marks).complete,
      perfect: ({ context }) => isPerfect(context),
      outOfAttempts: ({ context }) => settingsRefusal(context, 'user.check') === 'no-checks-left',
      // Outside an assignment the learner may give up and see the key after any check.
      answersAllowed: ({ context }) => !settingsRefusal(context, 'user.reveal'),
    },
  });
  const classifyTransition = {
    guard: 'validClassification' as const,
    actions: [
      machineSetup.assign({
        marks: ({ context, event }) =>
          event.type === 'user.classify' ? context.marks.map((m) => (m.id === event.markId ? { ...m, category: event.category } : m)) : context.marks,
      }),
      machineSetup.emit(({ context, event }) => ({
        type: 'classified' as const,
        mark: context.marks.find((m) => 'markId' in event && m.id === event.markId)!,
      })),
    ],
  };
  return machineSetup.createMachine({
    id: `exercise-${exercise.id}`,
    context: ({ input }) => {
      const r = (input as ExerciseInput | undefined)?.restore;
      // Only what the machine uses is restored: a mark's quote is the record's business.
      const marks = (r?.marks ?? []).map(({ id, start, end, category }) => ({ id, start, end, category }));
      const resumeAt = r && r.result && r.phase !== 'marking' && r.phase !== 'done' ? r.phase : 'marking';
      return {
        exerciseId: exercise.id,
        marks,
        nextMarkId: r?.nextMarkId ?? 1,
        attempt: r?.checks ?? 0,
        hinted: r?.hinted ?? [],
        result: r?.result ?? null,
        resumeAt,
        rules: {
          hints: settings.hints,
          showAnswers: settings.showAnswers,
          answersAfterLastCheck: settings.answersAfterLastCheck ?? false,
          checksAllowed: settings.attempts ?? exercise.attempts,
          checksBefore: Math.max(0, settings.checksBefore?.(exercise.id) ?? 0),
        },
      };
    },
    initial: 'restoring',
    states: {
      // Passed through at once: a fresh exercise starts marking, a restored one where it was.
      restoring: {
        always: [
          { guard: ({ context }) => context.resumeAt === 'feedback', target: 'feedback' },
          { guard: ({ context }) => context.resumeAt === 'revealed', target: 'revealed' },
          { target: 'marking' },
        ],
      },
      marking: {
        on: {
          'user.mark': {
            guard: and(['validMark', 'roomForMark']),
            // A new mark replaces any mark it overlaps: marks never overlap each other.
            actions: [
              assign(({ context, event }) => ({
                marks: [
                  ...context.marks.filter((m) => !overlaps(m, event)),
                  { id: `m${context.nextMarkId}`, start: event.start, end: event.end, category: event.category },
                ].sort((a, b) => a.start - b.start),
                nextMarkId: context.nextMarkId + 1,
              })),
              emit(({ context }) => ({ type: 'marked' as const, mark: context.marks.find((m) => m.id === `m${context.nextMarkId - 1}`)! })),
            ],
          },
          'user.unmark': {
            guard: 'knownMark',
            actions: [
              emit(({ context, event }) => ({ type: 'unmarked' as const, mark: context.marks.find((m) => m.id === event.markId)! })),
              assign({ marks: ({ context, event }) => context.marks.filter((m) => m.id !== event.markId) }),
            ],
          },
          // Only the sources kind lets a mark's category change.
          ...(classify ? { 'user.classify': classifyTransition } : {}),
          'user.hint': {
            guard: 'hintAvailable',
            actions: [
              assign({
                hinted: ({ context }) => [...context.hinted, nextHintItem(doc, exercise, context.marks, context.hinted)!.id],
              }),
              emit(({ context }) => ({ type: 'hinted' as const, itemId: context.hinted[context.hinted.length - 1]! })),
            ],
          },
          // Not over the limit: checks used in earlier attempts of the lesson count too.
          'user.check': { guard: and(['complete', not('outOfAttempts')]), target: 'checking' },
        },
      },
      checking: {
        entry: [
          assign(({ context }) => ({ result: score(context), attempt: context.attempt + 1 })),
          emit(({ context }) => ({ type: 'checked' as const, result: context.result! })),
        ],
        always: 'feedback',
      },
      feedback: {
        // With no attempts left and items still missing, the exercise is over: 'revealed'
        // shows the key, or (when the teacher hides answers) only what was found.
        always: { guard: and([not('perfect'), 'outOfAttempts']), target: 'revealed' },
        on: {
          'user.retry': { guard: not('perfect'), target: 'marking' },
          'user.reveal': { guard: 'answersAllowed', target: 'revealed' },
          'user.continue': { guard: 'perfect', target: 'done' },
        },
      },
      revealed: {
        on: { 'user.continue': { target: 'done' } },
      },
      done: { type: 'final' },
    },
    output: ({ context }): ExerciseOutput => ({
      phase: 'done',
      marks: context.marks,
      nextMarkId: context.nextMarkId,
      checks: context.attempt,
      hinted: context.hinted,
      hintsUsed: context.hinted.length,
      result: context.result ?? score(context),
    }),
  });
}

export type ExerciseMachine = ReturnType<typeof createExerciseMachine>;
