// suspend_data: round trip, damage, and the size of the largest state the seed lesson can
// reach, which must fit SCORM 1.2's 4,096 characters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSuspendStore, decodeSuspendData, encodeSuspendData, fitSuspendData } from '../../../src/lib/lms/suspend-store';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { createLessonSession } from '../../../src/lib/lesson-session';
import { MAX_MARKS } from '../../../src/lib/scoring/validate-marks';
import { loadLessonFromDisk } from '../../e2e/keyboard-plan';

describe('suspend data codec', () => {
  it('round-trips any values', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.string()), (values) => {
      expect(decodeSuspendData(encodeSuspendData(values))).toEqual(values);
    }));
  });
  it('answers anything else with null, never a throw', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const decoded = decodeSuspendData(s);
      expect(decoded === null || typeof decoded === 'object').toBe(true);
    }));
    expect(decodeSuspendData('s1:not base64!')).toBeNull();
    expect(decodeSuspendData('viewed=1,2,3')).toBeNull();
    expect(createSuspendStore('s1:AAAA', 4096, () => {}).damaged).toBe(true);
    expect(createSuspendStore('', 4096, () => {}).damaged).toBe(false);
  });
  it('leaves out the exercise in progress when the full state would not fit, and says so', () => {
    const big = JSON.stringify({ snapshot: { value: 'exercise-claims', children: { x: Array.from({ length: 3000 }, (_, i) => `${i * 7919}`) } } });
    const fit = fitSuspendData({ k: big }, 4096);
    expect(fit.ok && fit.reduced).toBe(true);
    if (fit.ok) expect(JSON.parse(decodeSuspendData(fit.data)!.k!).snapshot).toEqual({ value: 'exercise-claims', children: {} });
    expect(fitSuspendData({ k: 'x'.repeat(10) + Math.random().toString(36).repeat(2000) }, 100).ok).toBe(false);
  });
});

describe('the seed lesson in suspend_data', () => {
  const { lesson } = loadLessonFromDisk('tajik-isis-k');
  it('keeps its largest state within SCORM 1.2\'s 4,096 characters', async () => {
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
      const actor = Object.values(session.actor.getSnapshot().children)[0] as unknown as { send: (e: object) => void; getSnapshot: () => { context: { marks: unknown[] } } };
      const child = { send: async (e: object) => { actor.send(e); await settle(); }, getSnapshot: () => actor.getSnapshot() };
      // The worst case: as many one-word marks as allowed, spread over the whole article
      // (the largest offsets), every hint taken, checked and revealed.
      const words = session.doc.words;
      const step = Math.floor(words.length / MAX_MARKS);
      for (let i = 0; i < MAX_MARKS + 5; i++) {
        const w = words[Math.max(0, words.length - 1 - i * step)]!;
        await child.send({ type: 'user.mark', start: w.start, end: w.end, category: ex.kind === 'mark-sources' ? 'social-media' : ex.skill });
      }
      expect(child.getSnapshot().context.marks.length).toBe(MAX_MARKS);
      for (let i = 0; i < 30; i++) await child.send({ type: 'user.hint' });
      await child.send({ type: 'user.check' });
      await child.send({ type: 'user.reveal' });
      await child.send({ type: 'user.continue' });
    }
    {
      const largest = Math.max(...writes.map((w) => w.size));
      // Printed so the figure in the README can be checked against the code.
      console.log(`largest suspend_data for the seed lesson: ${largest} characters of 4096`);
      expect(session.actor.getSnapshot().value).toBe('summary');
      expect(writes.every((w) => !w.reduced)).toBe(true);
      expect(largest).toBeLessThanOrEqual(4096);
    }
  });
});
