// Time at work on a lesson: counted from activity with a cap on each gap, nothing while the
// page is hidden, kept in the record across reloads, frozen once the lesson is finished (so
// the hand-in stays the same) and started afresh by "Do the lesson again".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorRefFrom } from 'xstate';
import { IDLE_LIMIT_MS, activeSeconds, activity, pause, startClock } from '../../src/lib/record/active-time';
import { createLessonMachine, lessonSteps } from '../../src/machines/lesson-machine';
import type { ExerciseMachine } from '../../src/machines/exercise-machine';
import { createProgressStore } from '../../src/lib/progress/progress-store';
import { recordLessonOf } from '../../src/lib/record/record-lesson';
import { startLesson } from '../../src/lib/progress/start-lesson';
import { memoryStorage } from './memory-storage';
import { doc, lesson } from '../machines/fixtures';

const MIN = 60_000;

describe('the active-time clock', () => {
  it('counts the gaps between activities, each up to the idle limit', () => {
    let c = activity(startClock(), 0);
    c = activity(c, 30_000);
    c = activity(c, 30_000 + 10 * MIN); // ten minutes away with the tab open
    expect(c.ms).toBe(30_000 + IDLE_LIMIT_MS);
  });

  it('counts nothing while hidden and nothing for a clock that went backwards', () => {
    let c = activity(startClock(), 0);
    c = pause(c, 20_000);
    c = activity(c, 20_000 + 30 * MIN); // back after half an hour hidden: only the 20 s before count
    c = activity(c, 20_000 + 30 * MIN - 5_000);
    expect(activeSeconds(c)).toBe(20);
  });

  it('resumes from a record in seconds', () => {
    expect(activeSeconds(activity(activity(startClock(90), 0), 15_000))).toBe(105);
  });
});

describe('active time in the saved record', () => {
  const machine = createLessonMachine(lesson, doc);
  const check = recordLessonOf(lesson, doc.text);
  const KEY = `spotlight:progress:${lesson.id}`;
  const flush = () => vi.advanceTimersByTimeAsync(0);
  const saved = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.data.get(KEY)!) as { activeSeconds?: number; step: string };
  const wait = (ms: number) => vi.setSystemTime(Date.now() + ms);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'queueMicrotask'] });
    vi.setSystemTime(new Date('2026-12-03T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  function finish(actor: ReturnType<typeof startLesson>['actor']) {
    for (const s of lessonSteps(lesson)) {
      if (s.kind === 'exercise') {
        const child = actor.getSnapshot().children[s.id] as ActorRefFrom<ExerciseMachine>;
        const ex = lesson.exercises.find((e) => e.id === s.exerciseId)!;
        for (const item of ex.items) child.send({ type: 'user.mark', ...item.span, category: item.attribution ?? ex.skill });
        child.send({ type: 'user.check' });
        child.send({ type: 'user.continue' });
      } else if (s.kind !== 'summary') actor.send({ type: 'user.next' });
    }
  }

  it('saves the time at work, carries it over a reload and leaves hidden time out', async () => {
    const storage = memoryStorage();
    const first = startLesson(machine, check, createProgressStore(storage));
    await flush();
    wait(40_000);
    first.active(); // scrolling while reading
    wait(50_000);
    first.actor.send({ type: 'user.next' });
    await flush();
    expect(saved(storage).activeSeconds).toBe(90);
    wait(10_000);
    first.away(); // the tab is hidden for an hour: the 10 s before count, the hour does not
    wait(60 * MIN);
    first.active();
    wait(5_000);
    first.actor.send({ type: 'user.back' });
    await flush();
    expect(saved(storage).activeSeconds).toBe(105);
    first.actor.stop();

    wait(3 * 60 * MIN); // back in the afternoon
    const second = startLesson(machine, check, createProgressStore(storage));
    await flush();
    wait(20_000);
    second.actor.send({ type: 'user.next' });
    await flush();
    expect(saved(storage).activeSeconds).toBe(125);
    second.actor.stop();
  });

  it('stops counting once the lesson is finished, and a new attempt starts from nothing', async () => {
    const storage = memoryStorage();
    const { actor, active } = startLesson(machine, check, createProgressStore(storage));
    await flush();
    wait(MIN);
    finish(actor);
    await flush();
    expect(saved(storage)).toMatchObject({ step: 'summary', activeSeconds: 60 });
    const handedIn = storage.data.get(KEY);
    wait(MIN);
    active();
    actor.send({ type: 'user.next' }); // refused on the summary, but any later save must say the same
    await flush();
    expect(storage.data.get(KEY)?.replace(/"savedAt":"[^"]+"/, '')).toBe(handedIn?.replace(/"savedAt":"[^"]+"/, ''));

    actor.send({ type: 'user.restart' });
    await flush();
    expect(saved(storage)).toMatchObject({ step: 'welcome', activeSeconds: 0 });
    wait(30_000);
    actor.send({ type: 'user.next' });
    await flush();
    expect(saved(storage).activeSeconds).toBe(30);
    actor.stop();
  });
});
