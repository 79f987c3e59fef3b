// A new version of a lesson does not wipe a learner's work: marks are found again by their
// quote, finished results are kept, a finished lesson stays finished, and what changed is said.
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/lib/record/read-record';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { makeRecord } from '../../../src/lib/record/make-record';
import { isFinished } from '../../../src/lib/record/finished';
import { scoreMarks } from '../../../src/lib/scoring/score-marks';
import { noticeText } from '../../../src/lib/progress/notice-text';
import { claimsExercise, doc, lesson, sourcesExercise, spanOf, TEXT } from '../../machines/fixtures';
import type { ExerciseRecord } from '../../../src/lib/record/attempt-record';

const old = recordLessonOf(lesson, TEXT);
const mark = (id: string, exact: string) => ({ id, ...spanOf(exact), category: 'claims' as const });
// The edited article: a sentence added at the start, "costs doubled" rewritten, the rest as it was.
const EDITED = `A new first sentence. ${TEXT.replace('costs doubled', 'costs rose')}`;
const edited = { ...recordLessonOf({ ...lesson, contentHash: 'edited01' }, EDITED) };

const marking = (marks: ReturnType<typeof mark>[]): ExerciseRecord => ({
  phase: 'feedback',
  marks,
  nextMarkId: marks.length + 1,
  checks: 1,
  hinted: ['c-doubled'],
  hintsUsed: 1,
  result: scoreMarks(doc, claimsExercise, marks, 1),
});
const done = (ex = claimsExercise): ExerciseRecord => {
  const marks = ex.items.map((i, n) => ({ id: `m${n + 1}`, ...i.span, category: i.attribution ?? ex.skill }));
  return { phase: 'done', marks, nextMarkId: marks.length + 1, checks: 1, hinted: [], hintsUsed: 0, result: scoreMarks(doc, ex, marks, 0) };
};

describe('a record of an earlier version of the lesson', () => {
  it('keeps every mark whose words are still there, at their new place, and scores them again in the same phase', () => {
    const raw = JSON.stringify(
      makeRecord(
        old,
        { step: 'exercise-claims', exercises: { claims: marking([mark('m1', 'Everyone agrees the plan failed'), mark('m2', 'costs doubled')]) } },
        TEXT,
      ),
    );
    const r = readRecord(raw, edited);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.changed).toEqual({ marksKept: 1, marksLost: 1, resultsKept: 0, exercisesGone: 0 });
    const claims = r.record.exercises.claims!;
    expect(claims.marks.map((m) => EDITED.slice(m.start, m.end))).toEqual(['Everyone agrees the plan failed']);
    // Still the feedback of the one check made: an edit neither costs nor gives a check.
    expect(claims).toMatchObject({ phase: 'feedback', checks: 1, hinted: ['c-doubled'] });
    expect(claims.result?.items.map((i) => i.itemId)).toEqual(['c-everyone', 'c-doubled']);
    expect(r.record).toMatchObject({ step: 'exercise-claims', contentHash: 'edited01' });
    expect(noticeText({ kind: 'changed', report: r.changed! })).toMatch(/updated.*1 of your 2 marks/);
  });

  it('finds a repeated word by its context, not its first occurrence', () => {
    const text = 'The plan failed. Officials said the plan failed again.';
    const base = { ...old, text };
    const second = text.lastIndexOf('plan failed');
    const m = { id: 'm1', start: second, end: second + 'plan failed'.length, category: 'claims' as const };
    const raw = JSON.stringify(
      makeRecord(
        base,
        { step: 'exercise-claims', exercises: { claims: { phase: 'marking', marks: [m], nextMarkId: 2, checks: 0, hinted: [], hintsUsed: 0, result: null } } },
        text,
      ),
    );
    const moved = `Intro. ${text}`;
    const r = readRecord(raw, { ...base, contentHash: 'x2', text: moved });
    expect(r.kind === 'ok' && r.record.exercises.claims!.marks[0]!.start).toBe(moved.lastIndexOf('plan failed'));
  });

  it('keeps a finished lesson finished, results and all, so it can still be handed in', () => {
    const raw = JSON.stringify(makeRecord(old, { step: 'summary', exercises: { claims: done(), sources: done(sourcesExercise) } }, TEXT));
    const fewer = {
      ...edited,
      exercises: [...edited.exercises, { id: 'added', categories: ['claims'], itemIds: ['n1'] }],
      steps: [...edited.steps.slice(0, -1), 'intro-added', 'exercise-added', 'summary'],
    };
    const r = readRecord(raw, fewer);
    expect(r).toMatchObject({ kind: 'ok', record: { step: 'summary' }, changed: { resultsKept: 2 } });
    expect(r.kind === 'ok' && isFinished(r.record)).toBe(true);
    expect(r.kind === 'ok' && r.record.exercises.claims!.result).toEqual(done().result);
  });
});
