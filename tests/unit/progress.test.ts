// Saved progress end to end (store + machines): a reload resumes exactly; damaged, newer or
// foreign saves are reported with a reason and never throw; a save that cannot be used as it
// is, is kept aside and never overwritten; a refused save and another tab's write are told.
import { noticeText } from '../../src/lib/progress/notice-text';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLessonMachine } from '../../src/machines/lesson-machine';
import { currentExercise, exerciseView, lessonStep } from '../../src/machines/attempt';
import { createProgressStore, type KeyValueStore } from '../../src/lib/progress/progress-store';
import { memoryStorage } from './memory-storage';
import { readRecord } from '../../src/lib/record/read-record';
import { recordLessonOf } from '../../src/lib/record/record-lesson';
import { startLesson } from '../../src/lib/progress/start-lesson';
import { doc, lesson, spanOf } from '../machines/fixtures';

const machine = createLessonMachine(lesson, doc);
const check = recordLessonOf(lesson, doc.text);
const KEY = `spotlight:progress:${lesson.id}`;

const flush = () => new Promise((r) => setTimeout(r, 0));
const child = (actor: ReturnType<typeof startLesson>['actor']) => currentExercise(actor.getSnapshot())!;

async function midExercise(storage: KeyValueStore) {
  const { actor } = startLesson(machine, check, createProgressStore(storage));
  actor.send({ type: 'user.next' });
  actor.send({ type: 'user.next' });
  actor.send({ type: 'user.next' });
  child(actor).send({ type: 'user.mark', ...spanOf('costs doubled'), category: 'claims' });
  child(actor).send({ type: 'user.hint' });
  await flush();
  actor.stop();
}

describe('saved progress', () => {
  it('resumes in the same exercise with the same marks and hints after a reload', async () => {
    const storage = memoryStorage();
    await midExercise(storage);
    expect(JSON.parse(storage.data.get(KEY)!)).toMatchObject({ format: 'spotlight-attempt', version: 2, step: 'exercise-claims' });
    const { actor, notice } = startLesson(machine, check, createProgressStore(storage));
    expect(notice).toBeNull();
    expect(lessonStep(actor.getSnapshot())).toBe('exercise-claims');
    const view = exerciseView(child(actor).getSnapshot());
    expect(view.marks).toMatchObject([{ ...spanOf('costs doubled'), category: 'claims' }]);
    expect(view.hinted).toHaveLength(1);
    // and the restored child still works
    child(actor).send({ type: 'user.mark', ...spanOf('Everyone agrees the plan failed'), category: 'claims' });
    child(actor).send({ type: 'user.check' });
    expect(exerciseView(child(actor).getSnapshot()).result?.points).toBe(1.5);
  });

  it('restarts only the exercise when its saved state is damaged, keeping the step, and keeps the save aside', async () => {
    const storage = memoryStorage();
    await midExercise(storage);
    const saved = JSON.parse(storage.data.get(KEY)!);
    saved.exercises.claims.marks = 'oops';
    storage.data.set(KEY, JSON.stringify(saved));
    const { actor, notice } = startLesson(machine, check, createProgressStore(storage));
    expect(noticeText(notice!)).toMatch(/could not be used because it was damaged.*This exercise starts again/);
    expect(lessonStep(actor.getSnapshot())).toBe('exercise-claims');
    expect(exerciseView(child(actor).getSnapshot()).marks).toEqual([]);
    expect(storage.data.get(`${KEY}:unreadable`)).toContain('oops');
  });

  it('never overwrites a save kept aside earlier', async () => {
    const storage = memoryStorage();
    storage.data.set(KEY, '{"first');
    startLesson(machine, check, createProgressStore(storage)).actor.stop();
    storage.data.set(KEY, '{"second');
    startLesson(machine, check, createProgressStore(storage)).actor.stop();
    expect(storage.data.get(`${KEY}:unreadable`)).toBe('{"first');
    expect(storage.data.get(`${KEY}:unreadable:2`)).toBe('{"second');
  });

  it.each([
    ['not JSON', '{"version":2,', /damaged \(the saved data is not valid JSON\)/],
    ['from a newer Spotlight', JSON.stringify({ format: 'spotlight-attempt', version: 3 }), /newer version/],
    [
      'of another lesson',
      JSON.stringify({ format: 'spotlight-attempt', version: 2, lessonId: 'other', contentHash: 'x', savedAt: '', step: 'read', exercises: {} }),
      /another lesson/,
    ],
  ])('starts again and says why when the save is %s', (_what, raw, message) => {
    const storage = memoryStorage();
    storage.data.set(KEY, raw);
    const { actor, notice } = startLesson(machine, check, createProgressStore(storage));
    expect(noticeText(notice!)).toMatch(message);
    expect(lessonStep(actor.getSnapshot())).toBe('welcome');
    expect(storage.data.get(`${KEY}:unreadable`)).toBe(raw);
  });

  it('never throws on any string or JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) =>
            JSON.stringify({
              format: 'spotlight-attempt',
              version: 2,
              lessonId: lesson.id,
              contentHash: lesson.contentHash,
              savedAt: '',
              step: 'exercise-claims',
              exercises: { claims: v },
            }),
          ),
        ),
        (raw) => {
          const r = readRecord(raw, check);
          expect(['ok', 'invalid', 'none']).toContain(r.kind);
          const storage = memoryStorage();
          storage.data.set(KEY, raw);
          const started = startLesson(machine, check, createProgressStore(storage));
          expect(started.actor.getSnapshot().status).toBe('active');
          started.actor.stop();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the lesson usable when the browser refuses to store, and says so at once', async () => {
    const full = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const refusing: KeyValueStore = { getItem: () => null, setItem: full, removeItem: () => {} };
    const outcomes: unknown[] = [];
    const { actor, notice } = startLesson(machine, check, createProgressStore(refusing), { onSave: (o) => outcomes.push(o) });
    expect(notice).toBeNull();
    actor.send({ type: 'user.next' });
    await flush();
    expect(lessonStep(actor.getSnapshot())).toBe('read');
    expect(outcomes.at(-1)).toEqual({ ok: false, reason: 'full' });
  });

  it('stops saving when another tab writes the same lesson, and says so', async () => {
    const storage = memoryStorage();
    let otherTab: (value: string | null) => void = () => {};
    let handedOver = 0;
    const { actor } = startLesson(machine, check, createProgressStore(storage), {
      watchOtherTabs: (key, changed) => {
        expect(key).toBe(KEY);
        otherTab = changed;
        return () => {};
      },
      onOtherTab: () => handedOver++,
    });
    actor.send({ type: 'user.next' });
    await flush();
    const mine = storage.data.get(KEY)!;
    otherTab(mine); // our own write echoed back is not another tab
    expect(handedOver).toBe(0);
    const theirs = mine.replace('"step":"read"', '"step":"intro-claims"');
    storage.data.set(KEY, theirs);
    otherTab(theirs);
    expect(handedOver).toBe(1);
    actor.send({ type: 'user.next' });
    await flush();
    expect(storage.data.get(KEY)).toBe(theirs);
  });
});
