// Re-anchoring a record made against an earlier version of the lesson, called directly (and,
// unlike reanchor.test.ts, without the learner-facing notice text, whose i18n module needs the
// Svelte compiler that the mutation-testing config does not load).
import { describe, expect, it, vi } from 'vitest';
import { reanchorRecord, textHashOf } from '../../../src/lib/record/reanchor';
import { readRecord } from '../../../src/lib/record/read-record';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { makeRecord } from '../../../src/lib/record/make-record';
import { scoreMarks } from '../../../src/lib/scoring/score-marks';
import type { AttemptRecord, ExerciseRecord, RecordedMark } from '../../../src/lib/record/attempt-record';
import type { RecordLesson } from '../../../src/lib/record/check-record';
import { claimsExercise, doc, lesson, sourcesExercise, spanOf, TEXT } from '../../machines/fixtures';

const old = recordLessonOf(lesson, TEXT);
const EDITED = `A new first sentence. ${TEXT.replace('costs doubled', 'costs rose')}`;
const edited = recordLessonOf({ ...lesson, contentHash: 'edited01' }, EDITED);
const mark = (id: string, exact: string, category: RecordedMark['category'] = 'claims'): RecordedMark => ({ id, ...spanOf(exact), category });
const quoted = (r: ExerciseRecord) => makeRecord(old, { step: 'exercise-claims', exercises: { claims: r } }, TEXT).exercises.claims!;
const marking = (marks: RecordedMark[], over: Partial<ExerciseRecord> = {}): ExerciseRecord => ({
  phase: 'marking',
  marks,
  nextMarkId: marks.length + 1,
  checks: 0,
  hinted: [],
  hintsUsed: 0,
  result: null,
  ...over,
});
const done = (ex = claimsExercise, hinted: string[] = []): ExerciseRecord => {
  const marks = ex.items.map((i, n) => ({ id: `m${n + 1}`, ...i.span, category: i.attribution ?? ex.skill }));
  return { phase: 'done', marks, nextMarkId: marks.length + 1, checks: 1, hinted, hintsUsed: hinted.length, result: scoreMarks(doc, ex, marks, hinted.length) };
};
const rec = (step: string, exercises: Record<string, ExerciseRecord>, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  ...makeRecord(old, { step, exercises: {} }, TEXT),
  exercises,
  ...over,
});
const slices = (r: ExerciseRecord, text: string) => r.marks.map((m) => text.slice(m.start, m.end));

describe('re-anchoring a record', () => {
  it('moves marks found by their quote to their new place, in text order, and counts the lost ones', () => {
    const claims = quoted(marking([mark('m1', 'The mayor spoke'), mark('m2', 'costs doubled'), mark('m3', 'Everyone agrees the plan failed')]));
    const { record, report } = reanchorRecord(rec('exercise-claims', { claims }), edited);
    expect(report).toEqual({ marksKept: 2, marksLost: 1, resultsKept: 0, exercisesGone: 0 });
    const r = record.exercises.claims!;
    expect(slices(r, EDITED)).toEqual(['Everyone agrees the plan failed', 'The mayor spoke']);
    expect(r.marks.map((m) => m.id)).toEqual(['m3', 'm1']);
    expect(r.marks[0]!.start).toBe(EDITED.indexOf('Everyone'));
    expect(record).toMatchObject({ contentHash: 'edited01', step: 'exercise-claims' });
  });

  it('loses a mark without a quote when the text changed, but keeps marks in place when only the lesson around the text changed', () => {
    const bare = marking([mark('m1', 'costs doubled'), mark('m2', 'The mayor spoke')]);
    const changedText = reanchorRecord(rec('exercise-claims', { claims: bare }), edited);
    expect(changedText.report).toMatchObject({ marksKept: 0, marksLost: 2 });
    expect(changedText.record.exercises.claims!.marks).toEqual([]);

    const sameText = { ...old, contentHash: 'hint-fix' };
    const kept = reanchorRecord(rec('exercise-claims', { claims: bare }), sameText);
    expect(kept.report).toMatchObject({ marksKept: 2, marksLost: 0 });
    expect(slices(kept.record.exercises.claims!, TEXT)).toEqual(['costs doubled', 'The mayor spoke']);
    // Without a text hash the text cannot be known to be the same: marks are looked for again.
    const { textHash: _none, ...unhashed } = rec('exercise-claims', { claims: bare });
    expect(reanchorRecord(unhashed, sameText).report).toMatchObject({ marksKept: 0, marksLost: 2 });
  });

  it('on the same text, loses a saved mark past the end of the article and the later of two overlapping marks, keeping touching ones', () => {
    const a = spanOf('Officials said');
    const claims = marking(
      [
        { id: 'm1', start: a.start, end: a.end, category: 'claims' },
        { id: 'm2', start: a.end, end: a.end + 6, category: 'claims' }, // touches m1: kept
        { id: 'm3', start: a.start + 2, end: a.start + 5, category: 'claims' }, // inside m1: lost
        { id: 'm4', start: TEXT.length - 3, end: TEXT.length + 1, category: 'claims' }, // past the end: lost
        { id: 'm5', start: TEXT.length - 3, end: TEXT.length, category: 'claims' }, // right to the end: kept
      ],
      { nextMarkId: 6 },
    );
    const { record, report } = reanchorRecord(rec('exercise-claims', { claims }), { ...old, contentHash: 'hint-fix' });
    expect(report).toMatchObject({ marksKept: 3, marksLost: 2 });
    expect(record.exercises.claims!.marks.map((m) => m.id)).toEqual(['m1', 'm2', 'm5']);
  });

  it('keeps touching marks saved out of text order, in text order', () => {
    const a = spanOf('Officials said');
    const claims = marking(
      [
        { id: 'm2', start: a.end, end: a.end + 6, category: 'claims' },
        { id: 'm1', start: a.start, end: a.end, category: 'claims' },
      ],
      { nextMarkId: 3 },
    );
    const { record, report } = reanchorRecord(rec('exercise-claims', { claims }), { ...old, contentHash: 'hint-fix' });
    expect(report).toMatchObject({ marksKept: 2, marksLost: 0 });
    expect(record.exercises.claims!.marks.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('keeps a mark whose words are still at its place though the words around it changed and repeat', () => {
    const text = 'Costs rose. Costs rose.';
    const base: RecordLesson = { ...old, text };
    const m = { id: 'm1', start: 12, end: 22, category: 'claims' as const };
    const saved = makeRecord(base, { step: 'exercise-claims', exercises: { claims: marking([m], { nextMarkId: 2 }) } }, text);
    const now = 'Costs rose. Costs rose!';
    const { record, report } = reanchorRecord(saved, { ...base, contentHash: 'x3', text: now });
    expect(report).toMatchObject({ marksKept: 1, marksLost: 0 });
    expect(record.exercises.claims!.marks[0]).toMatchObject({ start: 12, end: 22 });
  });

  it('loses the later of two marks whose quotes land on the same words', () => {
    const claims = quoted(marking([mark('m1', 'The mayor spoke'), mark('m2', 'Everyone agrees the plan failed')]));
    claims.marks[1] = { ...claims.marks[1]!, quote: claims.marks[0]!.quote! };
    const { record, report } = reanchorRecord(rec('exercise-claims', { claims }), edited);
    expect(report).toMatchObject({ marksKept: 1, marksLost: 1 });
    expect(record.exercises.claims!.marks.map((m) => m.id)).toEqual(['m1']);
  });

  it('scores a checked exercise again in the same phase against the new key, with hints on removed items dropped', () => {
    const marks = [mark('m1', 'Everyone agrees the plan failed')];
    const claims = quoted({
      phase: 'revealed',
      marks,
      nextMarkId: 2,
      checks: 2,
      hinted: ['c-doubled', 'c-everyone'],
      hintsUsed: 2,
      result: scoreMarks(doc, claimsExercise, marks, 2),
    });
    const fewer: RecordLesson = { ...edited, exercises: [{ id: 'claims', categories: ['claims'], itemIds: ['c-everyone'] }, edited.exercises[1]!] };
    const rescore = vi.fn(() => ({
      points: 1,
      max: 1,
      items: [{ itemId: 'c-everyone', status: 'found' as const, credit: 1, markIds: ['m1'] }],
      wrongMarkIds: [],
      hintPenalty: 0,
    }));
    const { record } = reanchorRecord(rec('exercise-claims', { claims }), { ...fewer, rescore });
    expect(rescore).toHaveBeenCalledTimes(1);
    const [id, rescoredMarks, hints] = rescore.mock.calls[0] as unknown as [string, RecordedMark[], number];
    expect([id, slices({ marks: rescoredMarks } as ExerciseRecord, EDITED), hints]).toEqual(['claims', ['Everyone agrees the plan failed'], 1]);
    expect(record.exercises.claims).toMatchObject({ phase: 'revealed', checks: 2, hinted: ['c-everyone'], hintsUsed: 1, result: { points: 1, max: 1 } });
  });

  it('sends a checked exercise back to marking, its check kept, when the lesson cannot score it again', () => {
    const marks = [mark('m1', 'Everyone agrees the plan failed')];
    const claims = quoted({
      phase: 'feedback',
      marks,
      nextMarkId: 2,
      checks: 1,
      hinted: ['c-doubled'],
      hintsUsed: 1,
      result: scoreMarks(doc, claimsExercise, marks, 1),
    });
    const { rescore: _no, ...noRescore } = edited;
    const { record } = reanchorRecord(rec('exercise-claims', { claims }), noRescore);
    expect(record.exercises.claims).toMatchObject({ phase: 'marking', checks: 1, result: null, hinted: ['c-doubled'], hintsUsed: 1 });
    expect(slices(record.exercises.claims!, EDITED)).toEqual(['Everyone agrees the plan failed']);
    // Marking with a result kept from before a retry: not scored again either.
    const rescore = vi.fn(edited.rescore);
    const retried = reanchorRecord(rec('exercise-claims', { claims: { ...claims, phase: 'marking' } }), { ...edited, rescore });
    expect(rescore).not.toHaveBeenCalled();
    expect(retried.record.exercises.claims).toMatchObject({ phase: 'marking', result: null, checks: 1 });
  });

  it('sends a damaged "checked" exercise with no result back to marking instead of inventing a check result', () => {
    const claims = quoted(marking([mark('m1', 'Everyone agrees the plan failed')], { phase: 'feedback', checks: 1 }));
    const rescore = vi.fn(edited.rescore!);
    const { record } = reanchorRecord(rec('exercise-claims', { claims }), { ...edited, rescore });
    expect(rescore).not.toHaveBeenCalled();
    expect(record.exercises.claims).toMatchObject({ phase: 'marking', result: null, checks: 1 });
  });

  it("keeps a finished exercise's result and hint count, its marks only while the text is the same", () => {
    const claims = done(claimsExercise, ['c-doubled', 'c-everyone']);
    const fewer: RecordLesson = { ...edited, exercises: [{ id: 'claims', categories: ['claims'], itemIds: ['c-everyone'] }, edited.exercises[1]!] };
    const { record, report } = reanchorRecord(rec('intro-sources', { claims }), fewer);
    expect(report).toEqual({ marksKept: 0, marksLost: 0, resultsKept: 1, exercisesGone: 0 });
    expect(record.exercises.claims).toEqual({ ...claims, marks: [], hinted: ['c-everyone'], hintsUsed: 2 });
    const same = reanchorRecord(rec('intro-sources', { claims }), { ...old, contentHash: 'hint-fix' });
    expect(same.record.exercises.claims!.marks).toEqual(claims.marks);
  });

  it('drops and counts exercises the new version does not have', () => {
    const only: RecordLesson = { ...edited, exercises: [edited.exercises[1]!], steps: ['welcome', 'read', 'intro-sources', 'exercise-sources', 'summary'] };
    const { record, report } = reanchorRecord(rec('intro-sources', { claims: done() }), only);
    expect(report).toEqual({ marksKept: 0, marksLost: 0, resultsKept: 0, exercisesGone: 1 });
    expect(record.exercises).toEqual({});
    expect(record.step).toBe('intro-sources');
  });

  it('resumes at the first exercise not finished when the step is gone, or at the summary when all are', () => {
    const renamed = (steps: string[]): RecordLesson => ({ ...edited, steps });
    const gone = ['welcome', 'read', 'intro-claims', 'exercise-claims', 'intro-sources', 'exercise-sources', 'summary'];
    expect(reanchorRecord(rec('exercise-old', { claims: done() }), renamed(gone)).record.step).toBe('intro-sources');
    expect(reanchorRecord(rec('exercise-old', {}), renamed(gone)).record.step).toBe('intro-claims');
    const all = reanchorRecord(rec('exercise-old', { claims: done(), sources: done(sourcesExercise) }), renamed(gone));
    expect(all.record.step).toBe('summary');
    expect(all.record.keptFrom).toBeUndefined();
    expect(reanchorRecord(rec('exercise-sources', { claims: done() }), renamed(gone)).record.step).toBe('exercise-sources');
  });

  it('keeps a finished lesson finished and remembers the version it was finished against, the first one across edits', () => {
    const finished = rec('summary', { claims: done(), sources: done(sourcesExercise) });
    const once = reanchorRecord(finished, edited);
    expect(once.record).toMatchObject({ step: 'summary', contentHash: 'edited01', keptFrom: lesson.contentHash });
    expect(once.report.resultsKept).toBe(2);
    const twice = reanchorRecord(once.record, { ...edited, contentHash: 'edited02' });
    expect(twice.record).toMatchObject({ contentHash: 'edited02', keptFrom: lesson.contentHash });
    // An unfinished one drops a stale keptFrom.
    const open = reanchorRecord({ ...rec('exercise-sources', { claims: done() }), keptFrom: 'older' }, edited);
    expect('keptFrom' in open.record).toBe(false);
  });

  it('hashes the article text alone, so the same text gives the same hash', () => {
    expect(textHashOf(TEXT)).toBe(textHashOf(`${TEXT}`));
    expect(textHashOf(TEXT)).not.toBe(textHashOf(EDITED));
    expect(makeRecord(old, { step: 'welcome', exercises: {} }, TEXT).textHash).toBe(textHashOf(TEXT));
  });

  it('through readRecord: reports the change and keeps the work; a same-version record reports none', () => {
    const claims = quoted(marking([mark('m1', 'Everyone agrees the plan failed'), mark('m2', 'costs doubled')], { nextMarkId: 3 }));
    const raw = JSON.stringify(rec('exercise-claims', { claims }));
    const r = readRecord(raw, edited);
    expect(r).toMatchObject({
      kind: 'ok',
      problems: [],
      changed: { marksKept: 1, marksLost: 1 },
      migrated: false,
      record: { step: 'exercise-claims', contentHash: 'edited01' },
    });
    expect(readRecord(raw, old)).toMatchObject({ kind: 'ok', changed: null, record: { exercises: { claims: { marks: [{ id: 'm1' }, { id: 'm2' }] } } } });
  });
});
