// Model-based tests: paths generated from the exercise machine itself (xstate/graph),
// replayed on a live actor. Together the paths must reach every state and take every
// transition the machine defines.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { createExerciseMachine, type ExerciseEvent } from '../../src/machines/exercise-machine';
import { exerciseRecord } from '../../src/machines/attempt';
import type { AnchoredExercise, MarkCategory } from '../../src/lib/types';
import { claimsExercise, doc, sourcesExercise, spanOf } from './fixtures';

type Snap = { value: unknown; context: { marks: { id: string; start: number; end: number; category: string }[]; attempt: number; hinted: string[] } };
// Mark ids grow forever; the model's state is the value plus what the marks cover.
const serializeState = (s: Snap) =>
  JSON.stringify([s.value, s.context.marks.map((m) => [m.start, m.end, m.category]), s.context.attempt, s.context.hinted.length]);

function eventsFor(ex: AnchoredExercise): (s: Snap) => ExerciseEvent[] {
  const cat: MarkCategory = ex.kind === 'mark-sources' ? 'vague' : ex.skill;
  return (s) => [
    ...ex.items.map((item) => ({ type: 'user.mark' as const, ...item.span, category: cat })),
    { type: 'user.mark', ...spanOf('Monday'), category: cat },
    ...(ex.kind === 'mark-sources' ? [{ type: 'user.mark' as const, ...spanOf('mayor'), category: 'sources' as const }] : []),
    ...s.context.marks.slice(0, 1).map((m) => ({ type: 'user.unmark' as const, markId: m.id })),
    ...(ex.kind === 'mark-sources'
      ? s.context.marks.slice(0, 1).map((m) => ({ type: 'user.classify' as const, markId: m.id, category: 'named-person' as const }))
      : []),
    { type: 'user.hint' },
    { type: 'user.check' },
    { type: 'user.retry' },
    { type: 'user.reveal' },
    { type: 'user.continue' },
  ];
}

type Adjacency = Record<string, { state: Snap; transitions: Record<string, { event: ExerciseEvent; state: Snap }> }>;

/** Every (state, event type) pair the machine's config defines a transition for. */
function definedTransitions(machine: { root: { states: Record<string, unknown> } }): Set<string> {
  const out = new Set<string>();
  for (const [key, node] of Object.entries(machine.root.states)) {
    for (const type of Object.keys((node as { config: { on?: object } }).config.on ?? {})) out.add(`${key} ${type}`);
  }
  return out;
}

describe.each([claimsExercise, sourcesExercise])('exercise machine ($kind)', (ex) => {
  const machine = createExerciseMachine(ex, doc);
  const options = { events: eventsFor(ex), serializeState: serializeState as never, limit: 5000 };
  const paths = getShortestPaths(machine as never, options as never) as { state: Snap; steps: { event: ExerciseEvent }[] }[];

  it('reaches every state and takes every defined transition', () => {
    // 'checking' and 'restoring' are transient (they move on at once), so no path rests in
    // them; 'checking' is covered by the required transition 'marking user.check' below,
    // 'restoring' by the round trip through a record in the next test.
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached, 'checking', 'restoring'].sort()).toEqual(Object.keys(machine.root.states).sort());
    const taken = new Set<string>();
    const adjacency = getAdjacencyMap(machine as never, options as never) as unknown as Adjacency;
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const t of Object.values(transitions)) {
        if (serializeState(t.state) !== serializeState(state) || t.event.type === 'user.mark') taken.add(`${String(state.value)} ${t.event.type}`);
      }
    }
    for (const transition of definedTransitions(machine)) expect(taken, transition).toContain(transition);
  });

  it('replays every generated path on a live actor and keeps its invariants', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const step of path.steps) {
        if (step.event.type.startsWith('xstate.')) continue;
        actor.send(step.event);
        const snap = actor.getSnapshot();
        const { marks, result } = snap.context;
        // Marks never overlap, and a shown score is within [0, max].
        for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
        if (result) expect(result.points).toBeGreaterThanOrEqual(0);
        if (result) expect(result.points).toBeLessThanOrEqual(ex.items.length);
        if (snap.value === 'feedback' || snap.value === 'revealed') expect(result).not.toBeNull();
      }
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    }
  });

  it('resumes every reachable state from its attempt record, and goes on the same way', () => {
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const step of path.steps) if (!step.event.type.startsWith('xstate.')) actor.send(step.event);
      const snap = actor.getSnapshot();
      if (snap.status === 'done') continue; // a finished exercise is resumed by the lesson, as a result
      const restored = createActor(machine, { input: { restore: exerciseRecord(snap) } }).start();
      expect(restored.getSnapshot().value).toEqual(snap.value);
      const { resumeAt: _a, ...was } = snap.context;
      const { resumeAt: _b, ...now } = restored.getSnapshot().context;
      expect(now).toEqual(was);
      // Both take the next events alike.
      for (const event of eventsFor(ex)(snap)) {
        actor.send(event);
        restored.send(event);
        expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
      }
      actor.stop();
      restored.stop();
    }
  });
});

describe('exercise machine rules', () => {
  const machine = createExerciseMachine(claimsExercise, doc);
  const mark = (exact: string) => ({ type: 'user.mark' as const, ...spanOf(exact), category: 'claims' as const });

  it('will not check without a mark, and ignores marks outside the text or of another category', () => {
    const a = createActor(machine).start();
    a.send({ type: 'user.check' });
    expect(a.getSnapshot().value).toBe('marking');
    a.send({ type: 'user.mark', start: 5000, end: 5005, category: 'claims' });
    a.send({ ...mark('Monday'), category: 'emotive' });
    expect(a.getSnapshot().context.marks).toHaveLength(0);
  });

  it('a new mark replaces the marks it overlaps', () => {
    const a = createActor(machine).start();
    a.send(mark('plan'));
    a.send(mark('failed'));
    a.send(mark('Everyone agrees the plan failed'));
    expect(a.getSnapshot().context.marks.map((m) => m.start)).toEqual([0]);
  });

  it('perfect marks can continue; imperfect ones retry, then reveal when attempts run out', () => {
    const perfect = createActor(machine).start();
    perfect.send(mark('Everyone agrees the plan failed'));
    perfect.send(mark('costs doubled'));
    perfect.send({ type: 'user.check' });
    expect(perfect.getSnapshot().context.result?.points).toBe(2);
    perfect.send({ type: 'user.continue' });
    expect(perfect.getSnapshot().status).toBe('done');
    expect(perfect.getSnapshot().output).toMatchObject({ phase: 'done', checks: 1, hintsUsed: 0, result: { points: 2, max: 2 } });

    const a = createActor(machine).start();
    a.send(mark('costs doubled'));
    a.send({ type: 'user.check' });
    expect(a.getSnapshot().value).toBe('feedback');
    a.send({ type: 'user.continue' });
    expect(a.getSnapshot().value).toBe('feedback');
    a.send({ type: 'user.retry' });
    a.send({ type: 'user.check' });
    // attempts: 2, so the second imperfect check shows the answers straight away
    expect(a.getSnapshot().value).toBe('revealed');
  });

  it('hints cost points and run out when every item has had one or is found', () => {
    const a = createActor(machine).start();
    a.send({ type: 'user.hint' });
    a.send({ type: 'user.hint' });
    a.send({ type: 'user.hint' });
    expect(a.getSnapshot().context.hinted).toEqual(['c-everyone', 'c-doubled']);
    a.send(mark('Everyone agrees the plan failed'));
    a.send(mark('costs doubled'));
    a.send({ type: 'user.check' });
    expect(a.getSnapshot().context.result?.points).toBe(1);
  });

  it('hints can be switched off', () => {
    const a = createActor(createExerciseMachine(claimsExercise, doc, { hints: false, showAnswers: true })).start();
    a.send({ type: 'user.hint' });
    expect(a.getSnapshot().context.hinted).toEqual([]);
  });
});

describe('finishing after hints', () => {
  it('a learner who used a hint and then found everything can continue', () => {
    const a = createActor(createExerciseMachine(claimsExercise, doc)).start();
    a.send({ type: 'user.hint' });
    for (const item of claimsExercise.items) a.send({ type: 'user.mark', ...item.span, category: 'claims' });
    a.send({ type: 'user.check' });
    expect(a.getSnapshot().context.result?.points).toBe(1.5);
    a.send({ type: 'user.continue' });
    expect(a.getSnapshot().output).toMatchObject({ hintsUsed: 1, result: { points: 1.5, max: 2 } });
  });
});

describe('assignment settings', () => {
  it('limits checks to the attempts the teacher allows, and can keep the answers hidden', () => {
    const a = createActor(createExerciseMachine(claimsExercise, doc, { hints: true, attempts: 1, showAnswers: false })).start();
    a.send({ type: 'user.mark', ...spanOf('Monday'), category: 'claims' });
    a.send({ type: 'user.check' });
    // One attempt and not perfect: the exercise is over, without a retry.
    expect(a.getSnapshot().value).toBe('revealed');
    expect(a.getSnapshot().can({ type: 'user.retry' })).toBe(false);
    a.send({ type: 'user.continue' });
    expect(a.getSnapshot().status).toBe('done');
  });

  it('offers "show answers" only when the teacher allows it', () => {
    const hidden = createActor(createExerciseMachine(claimsExercise, doc, { hints: true, attempts: 3, showAnswers: false })).start();
    hidden.send({ type: 'user.mark', ...spanOf('Monday'), category: 'claims' });
    hidden.send({ type: 'user.check' });
    expect(hidden.getSnapshot().value).toBe('feedback');
    expect(hidden.getSnapshot().can({ type: 'user.reveal' })).toBe(false);
    expect(hidden.getSnapshot().can({ type: 'user.retry' })).toBe(true);
    const shown = createActor(createExerciseMachine(claimsExercise, doc)).start();
    shown.send({ type: 'user.mark', ...spanOf('Monday'), category: 'claims' });
    shown.send({ type: 'user.check' });
    expect(shown.getSnapshot().can({ type: 'user.reveal' })).toBe(true);
  });
});
