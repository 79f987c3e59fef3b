// Real version-1 saves (the XState snapshots of the build before the attempt record, recorded
// in Chromium: tests/fixtures/saves-v1/README.md) resume at the same step with the same marks,
// hints, checks and results, and are then saved as records.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLessonFromDisk } from '../../e2e/keyboard-plan';
import { createLessonMachine } from '../../../src/machines/lesson-machine';
import { currentExercise, exerciseView, finishedExercises, lessonStep } from '../../../src/machines/attempt';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { startLesson } from '../../../src/lib/progress/start-lesson';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { savedStatus } from '../../../src/lib/progress/saved-status';
import { totals } from '../../../src/lib/record/totals';
import { memoryStorage } from '../memory-storage';

const dir = 'tests/fixtures/saves-v1';
// The lesson as it was when the saves were recorded (its instructions have changed since;
// tests/e2e/saves.e2e.ts resumes a save on today's lesson).
const { lesson, doc } = loadLessonFromDisk('tajik-isis-k', process.cwd(), `${dir}/tajik-isis-k.yaml`);
const machine = createLessonMachine(lesson, doc);
const KEY = `spotlight:progress:${lesson.id}`;
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')] as const);

describe('version-1 saves', () => {
  it('are fixtures of this very lesson content', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const [, raw] of fixtures) expect(JSON.parse(raw)).toMatchObject({ version: 1, lessonId: lesson.id, contentHash: lesson.contentHash });
  });

  it.each(fixtures)('%s resumes where it was, with everything the learner did', async (_name, raw) => {
    const v1 = JSON.parse(raw);
    const storage = memoryStorage();
    storage.data.set(KEY, raw);
    const { actor, notice } = startLesson(machine, recordLessonOf(lesson, doc.text), createProgressStore(storage));
    expect(notice).toBeNull();
    const snap = actor.getSnapshot();
    expect(lessonStep(snap)).toBe(v1.snapshot.value);
    // Finished exercises keep their scores, checks and hints.
    for (const [id, out] of Object.entries<{ points: number; attempts: number; hintsUsed: number; result: unknown }>(v1.snapshot.context.results)) {
      expect(finishedExercises(snap)[id]).toMatchObject({ phase: 'done', checks: out.attempts, hintsUsed: out.hintsUsed, result: out.result });
    }
    // The exercise in progress: same phase, marks, hints, checks and result.
    const children = Object.values<{ snapshot: { value: string; context: Record<string, unknown> } }>(v1.snapshot.children);
    if (children.length) {
      const { value, context } = children[0]!.snapshot;
      const view = exerciseView(currentExercise(snap)!.getSnapshot());
      expect(view).toMatchObject({ phase: value, marks: context.marks, result: context.result, hinted: context.hinted, checks: context.attempt });
    } else expect(currentExercise(snap)).toBeUndefined();
    // Saved again, it is a record now, and the lesson reads the same from it.
    actor.send({ type: 'user.back' });
    await new Promise((r) => setTimeout(r, 0));
    actor.stop();
    const now = JSON.parse(storage.data.get(KEY)!);
    expect(now).toMatchObject({ format: 'spotlight-attempt', version: 2 });
    expect(savedStatus(raw, lesson.id).state).toBe(savedStatus(storage.data.get(KEY)!, lesson.id).state);
  });

  it('keeps the finished lesson finished, with the same score on the home page', () => {
    const raw = fixtures.find(([n]) => n === 'summary.json')![1];
    const status = savedStatus(raw, lesson.id);
    expect(status.state).toBe('finished');
    const v1 = JSON.parse(raw).snapshot.context.results as Record<string, { points: number }>;
    const points = Object.values(v1).reduce((s, r) => s + r.points, 0);
    expect(status).toMatchObject({ points });
    if (status.state === 'finished') expect(totals(status.record)).toEqual({ points, max: lesson.exercises.reduce((n, e) => n + e.items.length, 0) });
  });
});
