// Every way a stored record can be damaged that blanked or stuck the page before the record
// existed: each is refused with a reason (or the damaged exercise alone restarts), never
// thrown, and the lesson then starts where the record says or as far back as it must.
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/lib/record/read-record';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { makeRecord } from '../../../src/lib/record/make-record';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { startLesson } from '../../../src/lib/progress/start-lesson';
import { createSuspendStore, encodeSuspendData } from '../../../src/lib/lms/suspend-store';
import { createLessonMachine } from '../../../src/machines/lesson-machine';
import { lessonStep } from '../../../src/machines/attempt';
import { scoreMarks } from '../../../src/lib/scoring/score-marks';
import type { ExerciseRecord } from '../../../src/lib/record/attempt-record';
import { claimsExercise, doc, lesson, spanOf, TEXT } from '../../machines/fixtures';

const check = recordLessonOf(lesson, TEXT);
const mark = (id: string, exact: string) => ({ id, ...spanOf(exact), category: 'claims' as const });
const marks = [mark('m1', 'costs doubled'), mark('m2', 'Everyone agrees the plan failed')];
const checked = (over: Partial<ExerciseRecord> = {}): ExerciseRecord => ({
  phase: 'feedback',
  marks,
  nextMarkId: 3,
  checks: 1,
  hinted: [],
  hintsUsed: 0,
  result: scoreMarks(doc, claimsExercise, marks, 0),
  ...over,
});
const record = (step: string, exercises: Record<string, unknown>) => JSON.stringify({ ...makeRecord(check, { step, exercises: {} }, TEXT), exercises });
const read = (raw: string) => readRecord(raw, check);
const problemOf = (raw: string) => {
  const r = read(raw);
  return r.kind === 'invalid' ? r.detail : r.kind === 'ok' ? (r.problems[0]?.detail ?? null) : null;
};

describe('reading a record', () => {
  it('accepts a sound record as it is', () => {
    const r = read(record('exercise-claims', { claims: checked() }));
    expect(r).toMatchObject({ kind: 'ok', problems: [], changed: null, record: { step: 'exercise-claims', exercises: { claims: { phase: 'feedback' } } } });
  });

  it.each([
    ['an unknown exercise phase', { claims: { ...checked(), phase: 'celebrating' } }, /damaged \(phase\)/],
    ['"checked" with no result', { claims: checked({ result: null }) }, /"feedback" but has no result/],
    ['"revealed" with no result (stuck with no Continue)', { claims: checked({ phase: 'revealed', result: null }) }, /"revealed" but has no result/],
    [
      'two marks with one id',
      { claims: checked({ marks: [mark('m1', 'costs doubled'), mark('m1', 'Everyone agrees the plan failed')] }) },
      /two marks have the id "m1"/,
    ],
    ['a next id below existing marks', { claims: checked({ nextMarkId: 2 }) }, /next mark number \(2\) is not above mark "m2"/],
    [
      'a mark outside the article',
      { claims: checked({ marks: [{ id: 'm1', start: 5, end: 999999, category: 'claims' }], result: null, phase: 'marking' }) },
      /outside the article/,
    ],
    [
      'a mark of a kind the exercise does not offer',
      { claims: checked({ marks: [{ ...mark('m1', 'costs doubled'), category: 'vague' }], result: null, phase: 'marking' }) },
      /kind this exercise does not offer/,
    ],
    [
      "a result whose items are not the exercise's",
      { claims: checked({ result: { ...checked().result!, items: [] } }) },
      /result's items are not this exercise's/,
    ],
    ['a hint for an item that does not exist', { claims: checked({ hinted: ['nope'], hintsUsed: 1 }) }, /hint for an item/],
  ])('restarts the exercise for %s', (_what, exercises, why) => {
    const raw = record('exercise-claims', exercises);
    expect(problemOf(raw)).toMatch(why);
    const r = read(raw);
    expect(r).toMatchObject({ kind: 'ok', record: { step: 'exercise-claims', exercises: {} } });
  });

  it("drops a child saved under another exercise's id", () => {
    const r = read(record('exercise-claims', { sources: { ...checked(), phase: 'marking', result: null, checks: 0 } }));
    expect(r).toMatchObject({ kind: 'ok', record: { step: 'exercise-claims', exercises: {} } });
    if (r.kind === 'ok') expect(r.problems[0]!.detail).toMatch(/not reached yet/);
    const v1 = JSON.stringify({
      version: 1,
      lessonId: lesson.id,
      contentHash: lesson.contentHash,
      savedAt: '',
      snapshot: {
        value: 'exercise-claims',
        context: { results: {} },
        children: {
          'exercise-claims': {
            snapshot: { value: 'marking', context: { exerciseId: 'sources', marks: [], nextMarkId: 1, attempt: 0, hinted: [], result: null } },
          },
        },
      },
    });
    expect(problemOf(v1)).toMatch(/exercise this lesson does not have \("exercise-claims"\)/);
  });

  it('goes back to a finished exercise whose result lacks items, instead of a hand-in that crashes', () => {
    const done = { ...checked(), phase: 'done' };
    const broken = { ...done, result: { ...done.result, items: [] } };
    const r = read(record('summary', { claims: broken, sources: done }));
    expect(r).toMatchObject({ kind: 'ok', record: { step: 'intro-claims', exercises: {} } });
  });

  it('is not finished from any step: a summary needs every exercise done', () => {
    const r = read(record('summary', { claims: { ...checked(), phase: 'done' } }));
    expect(r).toMatchObject({ kind: 'ok', record: { step: 'intro-sources' } });
  });

  it('refuses deeply nested, huge and foreign data without throwing', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(read(deep).kind).toBe('invalid');
    // Deep inside a sound record: the damaged exercise is named and dropped (no recursion over it).
    const nested = record('exercise-claims', { claims: 0 }).replace('"claims":0', `"claims":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(read(nested)).toMatchObject({ kind: 'ok', record: { step: 'exercise-claims', exercises: {} } });
    expect(read('x'.repeat(3_000_000))).toMatchObject({ kind: 'invalid', detail: /far too large/ });
    expect(read('{"__proto__": {"polluted": true}, "version": 2}')).toMatchObject({ kind: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("handles the same damage in an LMS's suspend_data: reported, kept aside in memory, lesson usable", () => {
    const key = `spotlight:progress:${lesson.id}`;
    const damaged = record('exercise-claims', { claims: checked({ phase: 'revealed', result: null }) });
    const written: string[] = [];
    const storage = createSuspendStore(encodeSuspendData({ [key]: damaged }), 4096, (w) => w.ok && written.push(w.data));
    const { actor, notice } = startLesson(createLessonMachine(lesson, doc), check, createProgressStore(storage));
    expect(notice).toMatchObject({ kind: 'invalid', restarts: 'exercise' });
    expect(lessonStep(actor.getSnapshot())).toBe('exercise-claims');
    expect(storage.getItem(`${key}:unreadable`)).toBe(damaged);
    actor.stop();
  });
});
