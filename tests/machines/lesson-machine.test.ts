// Model-based test of the lesson machine. An exercise step ends when its child actor
// finishes; the model stands for that with the child's done event, and the replay on a
// live actor makes the real child finish instead (marks, check, continue).
import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { createLessonMachine, lessonSteps, type LessonEvent } from '../../src/machines/lesson-machine';
import type { ExerciseMachine } from '../../src/machines/exercise-machine';
import { doc, lesson } from './fixtures';
import { attemptOf } from '../../src/machines/attempt';

const machine = createLessonMachine(lesson, doc);
const steps = lessonSteps(lesson);
const doneEvents = lesson.exercises.map((ex) => ({
  type: `xstate.done.actor.exercise-${ex.id}`,
  output: {
    phase: 'done',
    marks: [],
    nextMarkId: 1,
    checks: 1,
    hinted: [],
    hintsUsed: 0,
    result: { points: ex.items.length, max: ex.items.length, items: [], wrongMarkIds: [], hintPenalty: 0 },
  },
}));
const events = [{ type: 'user.next' }, { type: 'user.back' }, { type: 'user.restart' }, ...doneEvents] as unknown as LessonEvent[];
const serializeState = (s: { value: unknown; context: unknown }) => JSON.stringify([s.value, s.context]);
const options = { events, serializeState } as never;

function finishExercise(child: ActorRefFrom<ExerciseMachine>, exerciseId: string) {
  const ex = lesson.exercises.find((e) => e.id === exerciseId)!;
  for (const item of ex.items) {
    child.send({ type: 'user.mark', ...item.span, category: item.attribution ?? ex.skill });
  }
  child.send({ type: 'user.check' });
  child.send({ type: 'user.continue' });
}

describe('lesson machine', () => {
  const paths = getShortestPaths(machine, options);

  it('has the steps welcome, read, intro and exercise per skill, summary', () => {
    expect(steps.map((s) => s.id)).toEqual(['welcome', 'read', 'intro-claims', 'exercise-claims', 'intro-sources', 'exercise-sources', 'summary']);
  });

  it('reaches every step and takes every transition', () => {
    // 'restoring' is passed through at once: it is never a state the lesson rests in.
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(steps.map((s) => s.id)));
    type Snap = { value: unknown; context: unknown };
    const adjacency = getAdjacencyMap(machine, options) as unknown as Record<
      string,
      { state: Snap; transitions: Record<string, { event: { type: string }; state: Snap }> }
    >;
    const taken = new Set<string>();
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const t of Object.values(transitions)) {
        if (serializeState(t.state) !== serializeState(state)) taken.add(`${String(state.value)} ${t.event.type}`);
      }
    }
    for (const [key, node] of Object.entries(machine.root.states)) {
      const cfg = (node as { config: { on?: object; invoke?: object } }).config;
      for (const type of Object.keys(cfg.on ?? {})) expect(taken).toContain(`${key} ${type}`);
      if (cfg.invoke) expect(taken).toContain(`${key} xstate.done.actor.${key}`);
    }
  });

  it('replays every path on a live actor, finishing exercises for real', () => {
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const step of path.steps) {
        const type = step.event.type;
        if (type.startsWith('xstate.init')) continue;
        if (type.startsWith('xstate.done.actor.')) {
          const id = type.replace('xstate.done.actor.', '');
          finishExercise(actor.getSnapshot().children[id] as ActorRefFrom<ExerciseMachine>, id.replace('exercise-', ''));
        } else actor.send(step.event);
      }
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    }
  });

  it('records each exercise result and clears them on restart', () => {
    const actor = createActor(machine).start();
    for (const s of steps) {
      if (s.kind === 'exercise') finishExercise(actor.getSnapshot().children[s.id] as ActorRefFrom<ExerciseMachine>, s.exerciseId!);
      else if (s.kind !== 'summary') actor.send({ type: 'user.next' });
    }
    expect(actor.getSnapshot().value).toBe('summary');
    expect(actor.getSnapshot().context.results).toMatchObject({
      claims: { phase: 'done', checks: 1, result: { points: 2, max: 2 } },
      sources: { result: { points: 1, max: 1 } },
    });
    actor.send({ type: 'user.restart' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'welcome', context: { results: {}, restore: {} } });
  });

  it("keeps an exercise's marks when the learner goes back to its worked example and returns", () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'user.next' });
    actor.send({ type: 'user.next' });
    actor.send({ type: 'user.next' });
    const item = lesson.exercises[0]!.items[0]!;
    (actor.getSnapshot().children['exercise-claims'] as ActorRefFrom<ExerciseMachine>).send({ type: 'user.mark', ...item.span, category: 'claims' });
    actor.send({ type: 'user.back' });
    expect(actor.getSnapshot().value).toBe('intro-claims');
    // Saved while on the intro, the record still holds the mark.
    expect(attemptOf(actor.getSnapshot()).exercises['claims']?.marks).toHaveLength(1);
    actor.send({ type: 'user.next' });
    const back = actor.getSnapshot().children['exercise-claims'] as ActorRefFrom<ExerciseMachine>;
    expect(back.getSnapshot().context.marks).toMatchObject([{ ...item.span, category: 'claims' }]);
  });
});
