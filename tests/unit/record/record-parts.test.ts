// The smaller parts of the record: making one (quotes for the marks in progress, keptFrom only
// while finished), version-1 conversion of odd saves, the lesson a record is checked against,
// and totals and the pass rule on records with exercises not yet checked.
import { describe, expect, it } from 'vitest';
import { makeRecord, withQuotes } from '../../../src/lib/record/make-record';
import { migrateV1 } from '../../../src/lib/record/migrate-v1';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { exerciseProblem } from '../../../src/lib/record/check-record';
import { readRecord } from '../../../src/lib/record/read-record';
import { totals, exercisePoints } from '../../../src/lib/record/totals';
import { passed } from '../../../src/lib/record/passed';
import { scoreMarks } from '../../../src/lib/scoring/score-marks';
import type { ExerciseRecord } from '../../../src/lib/record/attempt-record';
import { claimsExercise, doc, lesson, sourcesExercise, spanOf, TEXT } from '../../machines/fixtures';

const check = recordLessonOf(lesson, TEXT);
const owner = { lessonId: lesson.id, contentHash: lesson.contentHash };
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
const done = (ex = claimsExercise): ExerciseRecord => {
  const marks = ex.items.map((i, n) => ({ id: `m${n + 1}`, ...i.span, category: i.attribution ?? ex.skill }));
  return { phase: 'done', marks, nextMarkId: marks.length + 1, checks: 1, hinted: [], hintsUsed: 0, result: scoreMarks(doc, ex, marks, 0) };
};

describe('making a record', () => {
  it('gives each mark in progress its words with 8 characters of context, none past the ends of the text', () => {
    const first = spanOf('Everyone agrees');
    const mid = spanOf('costs doubled');
    const last = { start: TEXT.length - 'shocking speech.'.length, end: TEXT.length };
    const r = withQuotes(
      marking({
        marks: [
          { id: 'm1', ...first, category: 'claims' },
          { id: 'm2', ...mid, category: 'claims' },
          { id: 'm3', ...last, category: 'claims' },
        ],
        nextMarkId: 4,
      }),
      TEXT,
    );
    expect(r.marks).toEqual([
      { id: 'm1', ...first, category: 'claims', quote: { exact: 'Everyone agrees', suffix: ' the pla' } },
      { id: 'm2', ...mid, category: 'claims', quote: { exact: 'costs doubled', prefix: 'ls said ', suffix: '.\nThe ma' } },
      { id: 'm3', ...last, category: 'claims', quote: { exact: 'shocking speech.', prefix: 'ay in a ' } },
    ]);
    expect(r).toMatchObject({ phase: 'marking', nextMarkId: 4 });
  });

  it('replaces a stale quote and leaves out anything else a mark carried', () => {
    const mid = spanOf('costs doubled');
    const stale = { id: 'm1', ...mid, category: 'claims', quote: { exact: 'old words' }, extra: 1 } as ExerciseRecord['marks'][number];
    const [m] = withQuotes(marking({ marks: [stale], nextMarkId: 2 }), TEXT).marks;
    expect(m).toEqual({ id: 'm1', ...mid, category: 'claims', quote: { exact: 'costs doubled', prefix: 'ls said ', suffix: '.\nThe ma' } });
  });

  it('quotes only the exercise in progress: a finished one keeps its record as it is', () => {
    const finished = done();
    const current = marking({ marks: [{ id: 'm1', ...spanOf('Officials said'), category: 'vague' }], nextMarkId: 2 });
    const rec = makeRecord(owner, { step: 'exercise-sources', exercises: { claims: finished, sources: current } }, TEXT, {
      now: new Date('2025-02-03T04:05:06Z'),
    });
    expect(rec.exercises.claims).toBe(finished);
    expect(rec.exercises.sources!.marks[0]!.quote).toMatchObject({ exact: 'Officials said' });
    expect(rec).toMatchObject({
      format: 'spotlight-attempt',
      version: 2,
      lessonId: 'fixture',
      contentHash: 'abc12345',
      savedAt: '2025-02-03T04:05:06.000Z',
      step: 'exercise-sources',
    });
  });

  it('carries keptFrom only while the lesson is finished', () => {
    const finished = { step: 'summary', exercises: { claims: done(), sources: done(sourcesExercise) } };
    expect(makeRecord(owner, finished, TEXT, { keptFrom: 'older' }).keptFrom).toBe('older');
    expect('keptFrom' in makeRecord(owner, finished, TEXT)).toBe(false);
    expect('keptFrom' in makeRecord(owner, { step: 'intro-sources', exercises: { claims: done() } }, TEXT, { keptFrom: 'older' })).toBe(false);
  });
});

describe('converting a version-1 save', () => {
  const v1 = (snapshot: unknown, over: Record<string, unknown> = {}) => ({
    version: 1,
    lessonId: 'fixture',
    contentHash: 'abc12345',
    savedAt: 'then',
    snapshot,
    ...over,
  });

  it('is not one without version 1 and a snapshot object', () => {
    expect(migrateV1(null)).toBeNull();
    expect(migrateV1([])).toBeNull();
    expect(migrateV1(v1({ value: 'read' }, { version: 2 }))).toBeNull();
    expect(migrateV1(v1('read'))).toBeNull();
    expect(migrateV1(v1(null))).toBeNull();
  });

  it('keeps what the save says, with empty strings for what it lacks', () => {
    expect(migrateV1(v1({ value: 'read' }))).toEqual({
      format: 'spotlight-attempt',
      version: 2,
      lessonId: 'fixture',
      contentHash: 'abc12345',
      savedAt: 'then',
      step: 'read',
      exercises: {},
    });
    expect(migrateV1({ version: 1, snapshot: {} })).toEqual({
      format: 'spotlight-attempt',
      version: 2,
      lessonId: '',
      contentHash: '',
      savedAt: '',
      step: '',
      exercises: {},
    });
  });

  it('turns finished outputs into done exercises, ignoring what is not an object and counts that are not numbers', () => {
    const result = done().result;
    const r = migrateV1(
      v1({ value: 'summary', context: { results: { claims: { attempts: 2, hintsUsed: 1, result }, sources: { attempts: '2', hintsUsed: null }, bad: 3 } } }),
    )!;
    expect(r.exercises).toEqual({
      claims: { phase: 'done', marks: [], nextMarkId: 1, checks: 2, hinted: [], hintsUsed: 1, result },
      sources: { phase: 'done', marks: [], nextMarkId: 1, checks: 0, hinted: [], hintsUsed: 0, result: null },
    });
  });

  it('turns the child in progress into its exercise, with defaults for what it lacks', () => {
    const marks = [{ id: 'm1', ...spanOf('costs doubled'), category: 'claims' }];
    const full = migrateV1(
      v1({
        value: 'exercise-claims',
        children: {
          'exercise-claims': {
            snapshot: { value: 'feedback', context: { exerciseId: 'claims', marks, nextMarkId: 2, attempt: 1, hinted: ['c-doubled'], result: null } },
          },
        },
      }),
    )!;
    expect(full.exercises).toEqual({ claims: { phase: 'feedback', marks, nextMarkId: 2, checks: 1, hinted: ['c-doubled'], hintsUsed: 1, result: null } });
    const bare = migrateV1(
      v1({
        value: 'exercise-claims',
        children: { 'exercise-claims': { snapshot: { value: 'marking', context: { exerciseId: 'claims', marks: 'x', hinted: 5, nextMarkId: '2' } } } },
      }),
    )!;
    expect(bare.exercises).toEqual({ claims: { phase: 'marking', marks: [], nextMarkId: 1, checks: 0, hinted: [], hintsUsed: 0, result: null } });
  });

  it("skips children with no snapshot object, and keeps a child whose key is not its exercise's step under that key", () => {
    const r = migrateV1(
      v1({
        value: 'read',
        children: { a: 'x', b: { snapshot: 3 }, c: null, 'claimsexercise-': { snapshot: { value: 'marking', context: { exerciseId: 'claims' } } } },
      }),
    )!;
    expect(Object.keys(r.exercises)).toEqual(['claimsexercise-']);
    const noContext = migrateV1(v1({ value: 'read', children: { 'exercise-claims': { snapshot: { value: 'marking' } } } }))!;
    expect(Object.keys(noContext.exercises)).toEqual(['exercise-claims']);
  });
});

describe('the lesson a record is checked against', () => {
  it("is the lesson's own article unless another text is given, with its steps", () => {
    const l = recordLessonOf(lesson);
    expect(l).toMatchObject({ lessonId: 'fixture', contentHash: 'abc12345', text: TEXT });
    expect(l.steps).toEqual(['welcome', 'read', 'intro-claims', 'exercise-claims', 'intro-sources', 'exercise-sources', 'summary']);
    expect(l.exercises.map((e) => [e.id, e.itemIds])).toEqual([
      ['claims', ['c-everyone', 'c-doubled']],
      ['sources', ['s-officials']],
    ]);
  });

  it('lets a sources mark wait for its kind ("sources") in a sources exercise only', () => {
    const [claims, sources] = check.exercises;
    const waiting = marking({ marks: [{ id: 'm1', ...spanOf('Officials said'), category: 'sources' }], nextMarkId: 2 });
    expect(exerciseProblem(waiting, sources!, TEXT.length)).toBeNull();
    expect(exerciseProblem(waiting, claims!, TEXT.length)).toMatch(/does not offer \("sources"\)/);
    expect(claims!.categories).toEqual(['claims']);
    expect(sources!.categories).toContain('vague');
    expect(sources!.categories.filter((c) => c === 'sources')).toHaveLength(1);
  });

  it("scores marks again against this version's key", () => {
    const marks = [{ id: 'm1', ...spanOf('costs doubled'), category: 'claims' as const }];
    expect(check.rescore!('claims', marks, 1)).toEqual(scoreMarks(doc, claimsExercise, marks, 1));
    expect(check.rescore!('sources', [], 0)).toEqual(scoreMarks(doc, sourcesExercise, [], 0));
  });

  it('keeps what a result says about marks on supported passages when read back', () => {
    const marks = [{ id: 'm1', ...spanOf('costs doubled'), category: 'claims' as const }];
    const result = { ...scoreMarks(doc, claimsExercise, marks, 0), onSupported: [{ markId: 'm1', passageId: 'p1' }] };
    const claims: ExerciseRecord = { phase: 'feedback', marks, nextMarkId: 2, checks: 1, hinted: [], hintsUsed: 0, result };
    const r = readRecord(JSON.stringify(makeRecord(owner, { step: 'exercise-claims', exercises: { claims } }, TEXT)), check);
    expect(r.kind === 'ok' && r.record.exercises.claims!.result).toEqual(result);
  });
});

describe('totals and passing with exercises not yet checked', () => {
  it('counts an exercise in progress as no points, and out of nothing when the lesson is not given', () => {
    const record = { exercises: { a: marking(), b: done() } };
    expect(exercisePoints(record.exercises.a)).toBe(0);
    expect(exercisePoints(undefined)).toBe(0);
    expect(totals(record)).toEqual({ points: done().result!.points, max: 2 });
    expect(
      totals(record, [
        { id: 'a', itemCount: 3 },
        { id: 'b', itemCount: 2 },
      ]),
    ).toEqual({ points: done().result!.points, max: 5 });
  });

  it('never passes with nothing to score, whatever points a damaged record claims', () => {
    expect(passed({ points: 1, max: 0 })).toBe(false);
    expect(passed({ points: 10, max: 10 }, 1)).toBe(true);
  });
});
