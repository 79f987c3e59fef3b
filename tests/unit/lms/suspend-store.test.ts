// suspend_data: round trip, damage, and the size of the largest state the seed lesson can
// reach, which must fit SCORM 1.2's 4,096 characters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSuspendStore, decodeSuspendData, encodeSuspendData, fitSuspendData } from '../../../src/lib/lms/suspend-store';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { createLessonSession } from '../../../src/lib/lesson-session';
import { MAX_MARKS } from '../../../src/lib/scoring/validate-marks';
import { loadLessonFromDisk } from '../../e2e/keyboard-plan';
import { currentExercise, exerciseView, lessonStep } from '../../../src/machines/attempt';

describe('suspend data codec', () => {
  it('round-trips any values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (values) => {
        expect(decodeSuspendData(encodeSuspendData(values))).toEqual(values);
      }),
    );
  });
  it('answers anything else with null, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const decoded = decodeSuspendData(s);
        expect(decoded === null || typeof decoded === 'object').toBe(true);
      }),
    );
    expect(decodeSuspendData('s1:not base64!')).toBeNull();
    expect(decodeSuspendData('viewed=1,2,3')).toBeNull();
    expect(createSuspendStore('s1:AAAA', 4096, () => {}).damaged).toBe(true);
    expect(createSuspendStore('', 4096, () => {}).damaged).toBe(false);
  });
  it("leaves out the marks' words, then the exercise in progress, when the full record would not fit", () => {
    const marks = (n: number, quoted: boolean) =>
      Array.from({ length: n }, (_, i) => ({
        id: `m${i + 1}`,
        start: i * 7919,
        end: i * 7919 + 5,
        category: 'claims',
        ...(quoted
          ? { quote: { exact: `w${(i * 104729).toString(36)}`, prefix: `${(i * 31337).toString(36)}x`, suffix: `${(i * 65537).toString(36)}y` } }
          : {}),
      }));
    const record = (n: number, quoted: boolean) =>
      JSON.stringify({
        step: 'exercise-claims',
        exercises: { claims: { phase: 'marking', marks: marks(n, quoted) }, emotive: { phase: 'done', marks: [], result: { points: 1 } } },
      });
    const words = fitSuspendData({ k: record(120, true) }, 4096);
    expect(words.ok && words.reduced).toBe(true);
    if (words.ok) expect(JSON.parse(decodeSuspendData(words.data)!.k!)).toEqual(JSON.parse(record(120, false)));
    const fit = fitSuspendData({ k: record(1500, true) }, 4096);
    expect(fit.ok && fit.reduced).toBe(true);
    if (fit.ok) expect(JSON.parse(decodeSuspendData(fit.data)!.k!).exercises).toEqual({ emotive: { phase: 'done', marks: [], result: { points: 1 } } });
    expect(fitSuspendData({ k: 'x'.repeat(10) + Math.random().toString(36).repeat(2000) }, 100).ok).toBe(false);
  });
});

describe('the seed lesson in suspend_data', () => {
  const { lesson } = loadLessonFromDisk('tajik-isis-k');
  it("keeps its largest state within SCORM 1.2's 4,096 characters", async () => {
    const writes: { size: number; reduced: boolean }[] = [];
    const storage = createSuspendStore('', 4096, (r) => writes.push(r.ok ? { size: r.data.length, reduced: r.reduced } : { size: r.size, reduced: true }));
    const session = createLessonSession(lesson, createProgressStore(storage));
    // Saves happen a microtask after each change: let each one through.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const send = async (e: { type: string }) => {
      session.actor.send(e as never);
      await settle();
    };
    await send({ type: 'user.next' });
    await send({ type: 'user.next' });
    for (const ex of lesson.exercises) {
      await send({ type: 'user.next' });
      const actor = currentExercise(session.actor.getSnapshot())!;
      const child = {
        send: async (e: Parameters<typeof actor.send>[0]) => {
          actor.send(e);
          await settle();
        },
        getSnapshot: () => actor.getSnapshot(),
      };
      // The worst case: as many one-word marks as allowed, spread over the whole article
      // (the largest offsets), every hint taken, checked and revealed.
      const words = session.doc.words;
      const step = Math.floor(words.length / MAX_MARKS);
      for (let i = 0; i < MAX_MARKS + 5; i++) {
        const w = words[Math.max(0, words.length - 1 - i * step)]!;
        await child.send({ type: 'user.mark', start: w.start, end: w.end, category: ex.kind === 'mark-sources' ? 'social-media' : ex.skill });
      }
      expect(exerciseView(child.getSnapshot()).marks.length).toBe(MAX_MARKS);
      for (let i = 0; i < 30; i++) await child.send({ type: 'user.hint' });
      await child.send({ type: 'user.check' });
      await child.send({ type: 'user.reveal' });
      await child.send({ type: 'user.continue' });
    }
    {
      const largest = Math.max(...writes.map((w) => w.size));
      // Printed so the figure in the README can be checked against the code.
      console.log(`largest suspend_data for the seed lesson: ${largest} characters of 4096`);
      expect(lessonStep(session.actor.getSnapshot())).toBe('summary');
      expect(writes.every((w) => !w.reduced)).toBe(true);
      expect(largest).toBeLessThanOrEqual(4096);
    }
  });
});

describe('saves kept aside in suspend_data', () => {
  it('keeps a damaged save and unreadable suspend_data while there is room, and drops them first when there is not', () => {
    let last = '';
    const store = createSuspendStore('s1:AAAA', 64_000, (w) => void (w.ok && (last = w.data)));
    store.setItem('spotlight:progress:x', '{"step":"read"}');
    store.setItem('spotlight:progress:x:unreadable', '{"damaged');
    expect(decodeSuspendData(last)).toEqual({
      'spotlight:suspend-data:unreadable': 's1:AAAA',
      'spotlight:progress:x': '{"step":"read"}',
      'spotlight:progress:x:unreadable': '{"damaged',
    });
    const noise = Array.from({ length: 900 }, (_, i) => (i * 7919).toString(36)).join('');
    const small = createSuspendStore('', 600, (w) => void (w.ok && (last = w.data)));
    small.setItem('spotlight:progress:x:unreadable', noise);
    small.setItem('spotlight:progress:x', '{"step":"read"}');
    expect(decodeSuspendData(last)).toEqual({ 'spotlight:progress:x': '{"step":"read"}' });
    expect(small.getItem('spotlight:progress:x:unreadable')).toBe(noise); // still there for this visit
  });
});
