// Saved progress: a reload resumes exactly; damaged, outdated or foreign saves are
// reported with a reason and never throw; an unreadable save is kept aside, not lost.
import { noticeText } from '../../src/lib/progress/notice-text';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActorRefFrom } from 'xstate';
import { createLessonMachine, lessonSteps } from '../../src/machines/lesson-machine';
import type { ExerciseMachine } from '../../src/machines/exercise-machine';
import { createProgressStore, type KeyValueStore } from '../../src/lib/progress/progress-store';
import { parseSavedProgress, SAVE_VERSION } from '../../src/lib/progress/saved-progress';
import { startLesson } from '../../src/lib/progress/start-lesson';
import { doc, lesson, spanOf, TEXT } from '../machines/fixtures';

const machine = createLessonMachine(lesson, doc);
const check = { lessonId: lesson.id, contentHash: lesson.contentHash, steps: lessonSteps(lesson).map((s) => s.id), textLength: TEXT.length };
const KEY = `spotlight:progress:${lesson.id}`;

function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

async function midExercise(storage: KeyValueStore) {
  const { actor } = startLesson(machine, check, createProgressStore(storage));
  actor.send({ type: 'user.next' });
  actor.send({ type: 'user.next' });
  actor.send({ type: 'user.next' });
  const child = actor.getSnapshot().children['exercise-claims'] as ActorRefFrom<ExerciseMachine>;
  child.send({ type: 'user.mark', ...spanOf('costs doubled'), category: 'claims' });
  child.send({ type: 'user.hint' });
  await flush();
  actor.stop();
}

describe('saved progress', () => {
  it('resumes in the same exercise with the same marks and hints after a reload', async () => {
    const storage = memoryStorage();
    await midExercise(storage);
    const { actor, notice } = startLesson(machine, check, createProgressStore(storage));
    expect(notice).toBeNull();
    expect(actor.getSnapshot().value).toBe('exercise-claims');
    const child = actor.getSnapshot().children['exercise-claims'] as ActorRefFrom<ExerciseMachine>;
    expect(child.getSnapshot().context.marks).toMatchObject([{ ...spanOf('costs doubled'), category: 'claims' }]);
    expect(child.getSnapshot().context.hinted).toHaveLength(1);
    // and the restored child still works
    child.send({ type: 'user.mark', ...spanOf('Everyone agrees the plan failed'), category: 'claims' });
    child.send({ type: 'user.check' });
    expect(child.getSnapshot().context.result?.points).toBe(1.5);
  });

  it('restarts only the exercise when its saved state is damaged, keeping the step', async () => {
    const storage = memoryStorage();
    await midExercise(storage);
    const saved = JSON.parse(storage.data.get(KEY)!);
    saved.snapshot.children['exercise-claims'].snapshot.context.marks = 'oops';
    storage.data.set(KEY, JSON.stringify(saved));
    const { actor, notice } = startLesson(machine, check, createProgressStore(storage));
    expect(noticeText(notice!)).toMatch(/could not be used because it was damaged.*This exercise starts again/);
    expect(actor.getSnapshot().value).toBe('exercise-claims');
    const child = actor.getSnapshot().children['exercise-claims'] as ActorRefFrom<ExerciseMachine>;
    expect(child.getSnapshot().context.marks).toEqual([]);
    expect(storage.data.get(`${KEY}:unreadable`)).toContain('oops');
  });

  it.each([
    ['not JSON', '{"version":1,', /damaged/],
    ['an old format', JSON.stringify({ version: SAVE_VERSION - 1, snapshot: {} }), /older version/],
    ['another version of the lesson', null, /lesson has been updated/],
  ])('starts again and says why when the save is %s', async (_what, raw, message) => {
    const storage = memoryStorage();
    if (raw === null) {
      await midExercise(storage);
      const saved = JSON.parse(storage.data.get(KEY)!);
      saved.contentHash = 'ffffffff';
      storage.data.set(KEY, JSON.stringify(saved));
    } else storage.data.set(KEY, raw);
    const { actor, notice } = startLesson(machine, check, createProgressStore(storage));
    expect(noticeText(notice!)).toMatch(message);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('never throws on any string, and accepts only well-formed saves', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const r = parseSavedProgress(raw, check);
        expect(['ok', 'invalid', 'none']).toContain(r.kind);
      }),
    );
  });

  it('keeps the lesson usable when the browser refuses to store', () => {
    const refusing: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    const { actor, notice } = startLesson(machine, check, createProgressStore(refusing));
    expect(notice).toBeNull();
    actor.send({ type: 'user.next' });
    expect(actor.getSnapshot().value).toBe('read');
  });
});
