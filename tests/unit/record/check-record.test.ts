// The cross-field rules a record keeps to be resumed (check-record.ts), rule by rule, with the
// edge on either side of each, and the repair: which exercise starts again and where the learner resumes.
import { describe, expect, it } from 'vitest';
import { checkRecord, exerciseProblem, type RecordLesson } from '../../../src/lib/record/check-record';
import type { AttemptRecord, ExerciseRecord, RecordedMark } from '../../../src/lib/record/attempt-record';
import type { ScoreResult } from '../../../src/lib/types';

const TEXT = 'abcdefghij'.repeat(10); // 100 characters
const lesson: RecordLesson = {
  lessonId: 'l',
  contentHash: 'h',
  text: TEXT,
  steps: ['welcome', 'read', 'intro-a', 'exercise-a', 'intro-b', 'exercise-b', 'intro-c', 'exercise-c', 'summary'],
  exercises: ['a', 'b', 'c'].map((id) => ({ id, categories: ['claims', 'vague'], itemIds: [`${id}1`, `${id}2`] })),
};
const ex = lesson.exercises[0]!;
const m = (id: string, start: number, end: number, category: RecordedMark['category'] = 'claims'): RecordedMark => ({ id, start, end, category });
const result = (over: Partial<ScoreResult> = {}): ScoreResult => ({
  points: 1,
  max: 2,
  wrongMarkIds: [],
  hintPenalty: 0,
  items: [
    { itemId: 'a1', status: 'found', credit: 1, markIds: ['m1'] },
    { itemId: 'a2', status: 'missed', credit: 0, markIds: [] },
  ],
  ...over,
});
const marking = (over: Partial<ExerciseRecord> = {}): ExerciseRecord => ({
  phase: 'marking',
  marks: [],
  nextMarkId: 1,
  checks: 0,
  hinted: [],
  hintsUsed: 0,
  result: null,
  ...over,
});
const checked = (over: Partial<ExerciseRecord> = {}): ExerciseRecord =>
  marking({ phase: 'feedback', marks: [m('m1', 0, 5)], nextMarkId: 2, checks: 1, result: result(), ...over });
const done = (id = 'a', over: Partial<ExerciseRecord> = {}): ExerciseRecord =>
  checked({
    phase: 'done',
    result: result({
      items: [
        { itemId: `${id}1`, status: 'found', credit: 1, markIds: ['m1'] },
        { itemId: `${id}2`, status: 'missed', credit: 0, markIds: [] },
      ],
    }),
    ...over,
  });
const problem = (r: ExerciseRecord, contentChanged = false) => exerciseProblem(r, ex, TEXT.length, contentChanged);
const record = (step: string, exercises: Record<string, ExerciseRecord>): AttemptRecord => ({
  format: 'spotlight-attempt',
  version: 2,
  lessonId: 'l',
  contentHash: 'h',
  savedAt: '2025-01-01T00:00:00.000Z',
  step,
  exercises,
});

describe('an exercise record that can be resumed', () => {
  it('accepts sound records in every phase', () => {
    expect(problem(marking())).toBeNull();
    expect(problem(marking({ marks: [m('m2', 10, 20), m('m1', 0, 10)], nextMarkId: 3 }))).toBeNull();
    expect(problem(checked())).toBeNull();
    expect(problem(checked({ phase: 'revealed' }))).toBeNull();
    expect(problem(done())).toBeNull();
  });

  it('takes mark ids m1 to m999999 only', () => {
    for (const id of ['m1', 'm10', 'm999999']) expect(problem(marking({ marks: [m(id, 0, 5)], nextMarkId: 1_000_000 })), id).toBeNull();
    for (const id of ['m0', 'm01', 'x1', 'm', 'm1000000', 'am1', 'm1a', 'M1']) {
      expect(problem(marking({ marks: [m(id, 0, 5)], nextMarkId: 10_000_000 })), id).toBe(`a mark has an unknown id "${id}"`);
    }
  });

  it('needs the next mark number above every mark', () => {
    expect(problem(marking({ marks: [m('m1', 0, 5), m('m3', 6, 9)], nextMarkId: 3 }))).toBe('the next mark number (3) is not above mark "m3"');
    expect(problem(marking({ marks: [m('m1', 0, 5), m('m3', 6, 9)], nextMarkId: 4 }))).toBeNull();
  });

  it('refuses two marks with one id even apart', () => {
    expect(problem(marking({ marks: [m('m1', 0, 5), m('m1', 50, 60)], nextMarkId: 2 }))).toBe('two marks have the id "m1"');
  });

  it('keeps marks inside the article: not empty, not past its end', () => {
    expect(problem(marking({ marks: [m('m1', 95, 100)], nextMarkId: 2 }))).toBeNull();
    expect(problem(marking({ marks: [m('m1', 95, 101)], nextMarkId: 2 }))).toBe('a saved mark lies outside the article');
    expect(problem(marking({ marks: [m('m1', 5, 5)], nextMarkId: 2 }))).toBe('a saved mark lies outside the article');
    expect(problem(marking({ marks: [m('m1', 6, 5)], nextMarkId: 2 }))).toBe('a saved mark lies outside the article');
  });

  it('refuses overlapping marks, whatever order they were saved in, but not touching ones', () => {
    expect(problem(marking({ marks: [m('m1', 0, 5), m('m2', 5, 9)], nextMarkId: 3 }))).toBeNull();
    expect(problem(marking({ marks: [m('m2', 4, 9), m('m1', 0, 5)], nextMarkId: 3 }))).toBe('two saved marks overlap');
    expect(problem(marking({ marks: [m('m1', 0, 50), m('m2', 10, 20), m('m3', 60, 70)], nextMarkId: 4 }))).toBe('two saved marks overlap');
  });

  it('refuses a kind of mark the exercise does not offer', () => {
    expect(problem(marking({ marks: [m('m1', 0, 5, 'vague')], nextMarkId: 2 }))).toBeNull();
    expect(problem(marking({ marks: [m('m1', 0, 5, 'sources')], nextMarkId: 2 }))).toBe('a mark has a kind this exercise does not offer ("sources")');
  });

  it('allows 40 marks and no more', () => {
    const marks = (n: number) => Array.from({ length: n }, (_, i) => m(`m${i + 1}`, i * 2, i * 2 + 1));
    expect(problem(marking({ marks: marks(40), nextMarkId: 41 }))).toBeNull();
    expect(problem(marking({ marks: marks(41), nextMarkId: 42 }))).toBe('more than 40 marks');
  });

  it("counts each hint once, for the exercise's own items, and the hints taken must add up", () => {
    expect(problem(marking({ hinted: ['a1', 'a2'], hintsUsed: 2 }))).toBeNull();
    expect(problem(marking({ hinted: ['a1', 'a1'], hintsUsed: 2 }))).toBe('a hint is counted twice');
    expect(problem(marking({ hinted: ['b1'], hintsUsed: 1 }))).toBe('a hint for an item this exercise does not have');
    expect(problem(marking({ hinted: ['a1'], hintsUsed: 0 }))).toBe('the hints taken do not add up');
    expect(problem(marking({ hinted: ['a1'], hintsUsed: 2 }))).toBe('the hints taken do not add up');
    expect(problem(checked({ hinted: [], hintsUsed: 1 }))).toBe('the hints taken do not add up');
    // A finished exercise from version 1 kept only the count.
    expect(problem(done('a', { hinted: [], hintsUsed: 2 }))).toBeNull();
    expect(problem(done('a', { hinted: ['a1', 'a2'], hintsUsed: 1 }))).toBe('the hints taken do not add up');
  });

  it('needs a result once checked, and a check for a result', () => {
    expect(problem(checked({ result: null }))).toBe('the exercise is "feedback" but has no result');
    expect(problem(done('a', { result: null }))).toBe('the exercise is "done" but has no result');
    expect(problem(checked({ checks: 0 }))).toBe('a result with no check made');
    // Back at marking after "Try again": the last result stays, and is still checked.
    expect(problem(marking({ checks: 0, result: result() }))).toBe('a result with no check made');
    expect(problem(marking({ checks: 1, result: result() }))).toBeNull();
  });

  it('refuses more points than the exercise has, allowing for float sums', () => {
    expect(problem(checked({ result: result({ points: 2 }) }))).toBeNull();
    expect(problem(checked({ result: result({ points: 2 + 1e-10 }) }))).toBeNull();
    expect(problem(checked({ result: result({ points: 2.01 }) }))).toBe('more points than the exercise has');
  });

  it("needs the result to be of this exercise's items, out of as many points", () => {
    const items = result().items;
    expect(problem(checked({ result: result({ items: [items[0]!] }) }))).toBe("the result's items are not this exercise's");
    expect(problem(checked({ result: result({ items: [items[0]!, { ...items[1]!, itemId: 'b2' }] }) }))).toBe("the result's items are not this exercise's");
    expect(problem(checked({ result: result({ items: [items[0]!, items[1]!, { ...items[1]!, itemId: 'a3' }] }) }))).toBe(
      "the result's items are not this exercise's",
    );
    expect(problem(checked({ result: result({ max: 3 }) }))).toBe('the result is out of the wrong number of points');
    // After an edit a finished result stands as it was; one in progress does not.
    expect(problem(done('a', { result: result({ max: 3, items: [items[0]!] }) }), true)).toBeNull();
    expect(problem(checked({ result: result({ max: 3 }) }), true)).toBe('the result is out of the wrong number of points');
    // Unless told of an edit, a finished result must be this version's.
    expect(exerciseProblem(done('a', { result: result({ max: 3 }) }), ex, TEXT.length)).toBe('the result is out of the wrong number of points');
  });

  it('needs the marks the feedback names, except back at marking or in a finished exercise without marks', () => {
    const naming = result({ wrongMarkIds: ['m7'] });
    expect(problem(checked({ result: naming }))).toBe('the result names a mark the record does not have');
    expect(problem(checked({ phase: 'revealed', result: naming }))).toBe('the result names a mark the record does not have');
    expect(problem(checked({ marks: [], nextMarkId: 1 }))).toBe('the result names a mark the record does not have');
    expect(problem(done('a', { result: { ...done().result!, wrongMarkIds: ['m7'] } }))).toBe('the result names a mark the record does not have');
    expect(problem(done('a', { marks: [], result: { ...done().result!, wrongMarkIds: ['m7'] } }))).toBeNull();
    expect(problem(marking({ checks: 1, result: naming }))).toBeNull();
  });
});

describe('repairing a record against the lesson', () => {
  it('keeps a sound record as it is', () => {
    const sound = record('exercise-b', {
      a: done('a'),
      b: checked({
        result: result({
          items: [
            { itemId: 'b1', status: 'found', credit: 1, markIds: ['m1'] },
            { itemId: 'b2', status: 'missed', credit: 0, markIds: [] },
          ],
        }),
      }),
    });
    const { record: r, problems } = checkRecord(sound, lesson);
    expect(problems).toEqual([]);
    expect(r).toEqual(sound);
  });

  it('starts from the welcome when the step is unknown, dropping what was done', () => {
    const { record: r, problems } = checkRecord(record('exercise-z', { a: done('a') }), lesson);
    expect(problems).toEqual([
      { exerciseId: null, detail: 'unknown step "exercise-z"' },
      { exerciseId: 'a', detail: 'progress for an exercise not reached yet' },
    ]);
    expect(r).toMatchObject({ step: 'welcome', exercises: {} });
  });

  it('names progress for an exercise the lesson does not have, and keeps the rest', () => {
    const { record: r, problems } = checkRecord(record('exercise-a', { a: marking(), zz: marking() }), lesson);
    expect(problems).toEqual([{ exerciseId: null, detail: 'progress for an exercise this lesson does not have ("zz")' }]);
    expect(r).toMatchObject({ step: 'exercise-a', exercises: { a: marking() } });
    expect(Object.keys(r.exercises)).toEqual(['a']);
  });

  it('goes back to a finished exercise that is missing, keeping the ones before it', () => {
    const { record: r, problems } = checkRecord(record('exercise-c', { a: done('a'), c: marking() }), lesson);
    expect(problems).toEqual([{ exerciseId: 'b', detail: 'a finished exercise is missing' }]);
    expect(r.step).toBe('intro-b');
    expect(Object.keys(r.exercises)).toEqual(['a']);
  });

  it('goes back to an exercise behind the learner that is not finished', () => {
    const { record: r, problems } = checkRecord(record('intro-b', { a: checked() }), lesson);
    expect(problems).toEqual([{ exerciseId: 'a', detail: 'an exercise behind the learner is not finished' }]);
    expect(r).toMatchObject({ step: 'intro-a', exercises: {} });
  });

  it('restarts the current exercise when it is already finished or damaged, staying on its step', () => {
    const finished = checkRecord(record('exercise-a', { a: done('a') }), lesson);
    expect(finished.problems).toEqual([{ exerciseId: 'a', detail: 'the current exercise is already finished' }]);
    expect(finished.record).toMatchObject({ step: 'exercise-a', exercises: {} });
    const damaged = checkRecord(record('exercise-b', { a: done('a'), b: marking({ hinted: ['zz'], hintsUsed: 1 }) }), lesson);
    expect(damaged.problems).toEqual([{ exerciseId: 'b', detail: 'a hint for an item this exercise does not have' }]);
    expect(damaged.record).toMatchObject({ step: 'exercise-b', exercises: { a: done('a') } });
  });

  it('is fine with no progress yet for the current exercise, or on its intro', () => {
    expect(checkRecord(record('exercise-b', { a: done('a') }), lesson).problems).toEqual([]);
    expect(checkRecord(record('intro-b', { a: done('a') }), lesson)).toMatchObject({ problems: [], record: { step: 'intro-b', exercises: { a: done('a') } } });
  });

  it('drops progress for exercises not reached yet, and every exercise after a damaged one', () => {
    const ahead = checkRecord(record('exercise-a', { a: marking(), b: marking() }), lesson);
    expect(ahead.problems).toEqual([{ exerciseId: 'b', detail: 'progress for an exercise not reached yet' }]);
    expect(Object.keys(ahead.record.exercises)).toEqual(['a']);
    const after = checkRecord(record('summary', { a: done('a', { checks: 0 }), b: done('b'), c: done('c') }), lesson);
    expect(after.problems).toEqual([{ exerciseId: 'a', detail: 'a result with no check made' }]);
    expect(after.record).toMatchObject({ step: 'intro-a', exercises: {} });
  });

  it('keeps a finished result made before an edit only when told the content changed', () => {
    const old = done('a', { marks: [], result: result({ max: 3, items: [{ itemId: 'a1', status: 'found', credit: 1, markIds: [] }] }) });
    expect(checkRecord(record('intro-b', { a: old }), lesson).record.step).toBe('intro-a');
    expect(checkRecord(record('intro-b', { a: old }), lesson, true)).toMatchObject({ problems: [], record: { step: 'intro-b' } });
  });
});
