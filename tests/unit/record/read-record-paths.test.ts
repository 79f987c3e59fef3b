// Every way through readRecord: refused with the reason a learner is told, or resumed with
// the problems named in order, for current, version-1, edited-lesson and kept-finished records.
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/lib/record/read-record';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { makeRecord } from '../../../src/lib/record/make-record';
import { scoreMarks } from '../../../src/lib/scoring/score-marks';
import type { AttemptRecord, ExerciseRecord } from '../../../src/lib/record/attempt-record';
import { claimsExercise, doc, lesson, sourcesExercise, TEXT } from '../../machines/fixtures';

const check = recordLessonOf(lesson, TEXT);
const done = (ex = claimsExercise): ExerciseRecord => {
  const marks = ex.items.map((i, n) => ({ id: `m${n + 1}`, ...i.span, category: i.attribution ?? ex.skill }));
  return { phase: 'done', marks, nextMarkId: marks.length + 1, checks: 1, hinted: [], hintsUsed: 0, result: scoreMarks(doc, ex, marks, 0) };
};
const base = (step: string, exercises: Record<string, unknown>, over: Partial<AttemptRecord> = {}) => ({
  ...makeRecord(check, { step, exercises: {} }, TEXT),
  exercises,
  ...over,
});
const raw = (step: string, exercises: Record<string, unknown>, over: Partial<AttemptRecord> = {}) => JSON.stringify(base(step, exercises, over));
const read = (s: string | null) => readRecord(s, check);

describe('reading a stored record', () => {
  it('has nothing to read when nothing was saved', () => {
    expect(read(null)).toEqual({ kind: 'none' });
  });

  it('refuses data beyond 2,000,000 characters, and reads a record padded up to that', () => {
    const sound = raw('read', {});
    expect(read(sound.padEnd(2_000_000, ' '))).toMatchObject({ kind: 'ok', record: { step: 'read' } });
    expect(read(sound.padEnd(2_000_001, ' '))).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'the saved data is far too large' });
  });

  it('refuses what is not JSON', () => {
    expect(read('{"format":')).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'the saved data is not valid JSON' });
  });

  it('refuses a record from a newer Spotlight as newer, not damaged', () => {
    expect(read(JSON.stringify({ ...base('read', {}), version: 3 }))).toEqual({
      kind: 'invalid',
      reason: 'newer',
      detail: 'it was saved by a newer version of Spotlight (format 3)',
    });
    expect(read(JSON.stringify({ ...base('read', {}), version: '3' }))).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'unexpected data at version' });
  });

  it('says where the shape is wrong', () => {
    expect(read('null')).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'unexpected data at top level' });
    expect(read('[]')).toMatchObject({ kind: 'invalid', reason: 'corrupt', detail: 'unexpected data at format' });
    expect(read('7')).toMatchObject({ kind: 'invalid', reason: 'corrupt', detail: 'unexpected data at top level' });
    const { step: _s, ...noStep } = base('read', {});
    expect(read(JSON.stringify(noStep))).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'unexpected data at step' });
    expect(read(raw('read', {}, { savedAt: 'x'.repeat(41) }))).toMatchObject({ detail: 'unexpected data at savedAt' });
  });

  it("refuses another lesson's record", () => {
    expect(read(raw('read', {}, { lessonId: 'other' }))).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'it belongs to another lesson' });
  });

  it('names damaged exercises and exercises with ids no lesson has, and resumes without them', () => {
    const r = read(raw('exercise-sources', { 'Not An Id': done(), claims: done(), sources: { ...done(sourcesExercise), checks: -1 } }));
    expect(r).toMatchObject({ kind: 'ok', record: { step: 'exercise-sources', exercises: { claims: { phase: 'done' } } }, changed: null, migrated: false });
    if (r.kind !== 'ok') return;
    expect(Object.keys(r.record.exercises)).toEqual(['claims']);
    expect(r.problems).toEqual([
      { exerciseId: null, detail: 'progress for an exercise this lesson does not have' },
      { exerciseId: 'sources', detail: 'the saved state of an exercise is damaged (checks)' },
    ]);
  });

  it('puts the problems found in reading before those found checking', () => {
    const r = read(raw('intro-sources', { sources: { phase: 'marking' }, claims: { ...done(), phase: 'feedback' } }));
    expect(r.kind === 'ok' && r.problems.map((p) => p.exerciseId)).toEqual(['sources', 'claims']);
    expect(r).toMatchObject({ record: { step: 'intro-claims', exercises: {} } });
  });

  it('marks a version-1 save as migrated', () => {
    const v1 = {
      version: 1,
      lessonId: lesson.id,
      contentHash: lesson.contentHash,
      savedAt: 'then',
      snapshot: { value: 'read', context: { results: {} }, children: {} },
    };
    expect(read(JSON.stringify(v1))).toMatchObject({
      kind: 'ok',
      migrated: true,
      changed: null,
      problems: [],
      record: { step: 'read', version: 2, savedAt: 'then' },
    });
  });

  it('keeps a lesson finished before an edit as it stands, and refuses it if an exercise is unsound', () => {
    const finished = base('summary', { claims: done(), sources: done(sourcesExercise) }, { keptFrom: 'older' });
    const r = read(JSON.stringify(finished));
    expect(r).toEqual({ kind: 'ok', record: finished, problems: [], changed: null, migrated: false });

    const lessonNow = { ...check, exercises: check.exercises.filter((e) => e.id === 'claims') };
    expect(readRecord(JSON.stringify(finished), lessonNow)).toEqual({
      kind: 'invalid',
      reason: 'corrupt',
      detail: 'progress for an exercise this lesson does not have',
    });
    const unsound = { ...finished, exercises: { ...finished.exercises, claims: { ...done(), checks: 0 } } };
    expect(read(JSON.stringify(unsound))).toEqual({ kind: 'invalid', reason: 'corrupt', detail: 'a result with no check made' });
    // Kept from an edit: its result may be of the earlier version's items.
    const earlier = { ...finished, exercises: { ...finished.exercises, claims: { ...done(), marks: [], result: { ...done().result!, max: 5 } } } };
    expect(read(JSON.stringify(earlier))).toMatchObject({ kind: 'ok', problems: [], record: { keptFrom: 'older' } });
  });

  it('drops a keptFrom on a lesson no longer finished, and checks it as any record', () => {
    const r = read(raw('intro-sources', { claims: done() }, { keptFrom: 'older' }));
    expect(r).toMatchObject({ kind: 'ok', problems: [], record: { step: 'intro-sources' } });
    expect(r.kind === 'ok' && 'keptFrom' in r.record).toBe(false);
  });

  it('after an edit, keeps a finished exercise whose result was of the earlier items, but not without an edit', () => {
    const earlier = { ...done(), marks: [], result: { ...done().result!, max: 5 } };
    const same = read(raw('intro-sources', { claims: earlier }));
    expect(same).toMatchObject({ kind: 'ok', record: { step: 'intro-claims', exercises: {} } });
    const editedLesson = { ...check, contentHash: 'edited01' };
    const r = readRecord(raw('intro-sources', { claims: earlier }), editedLesson);
    expect(r).toMatchObject({
      kind: 'ok',
      problems: [],
      changed: { resultsKept: 1 },
      record: { step: 'intro-sources', contentHash: 'edited01', exercises: { claims: { phase: 'done' } } },
    });
  });
});
