// Cases a hostile review found in the first version of the record: ordinary retries, lessons
// edited after a learner finished, ids the lesson schema allows, copies kept aside piling up.
import { describe, expect, it } from 'vitest';
import { createLessonMachine } from '../../../src/machines/lesson-machine';
import { currentExercise, exerciseView, lessonStep } from '../../../src/machines/attempt';
import { createProgressStore, MAX_COPIES } from '../../../src/lib/progress/progress-store';
import { startLesson } from '../../../src/lib/progress/start-lesson';
import { savedStatus } from '../../../src/lib/progress/saved-status';
import { readRecord } from '../../../src/lib/record/read-record';
import { recordLessonOf } from '../../../src/lib/record/record-lesson';
import { makeRecord } from '../../../src/lib/record/make-record';
import { isFinished } from '../../../src/lib/record/finished';
import { scoreMarks } from '../../../src/lib/scoring/score-marks';
import type { ExerciseRecord } from '../../../src/lib/record/attempt-record';
import type { AnchoredExercise, Lesson } from '../../../src/lib/types';
import { segmentArticle } from '../../../src/lib/text/segment';
import { claimsExercise, doc, lesson, sourcesExercise, spanOf, TEXT } from '../../machines/fixtures';
import { memoryStorage } from '../memory-storage';

const KEY = `spotlight:progress:${lesson.id}`;
const flush = () => new Promise((r) => setTimeout(r, 0));
const done = (ex: AnchoredExercise, hinted: string[] = []): ExerciseRecord => {
  const marks = ex.items.map((i, n) => ({ id: `m${n + 1}`, ...i.span, category: i.attribution ?? ex.skill }));
  return { phase: 'done', marks, nextMarkId: marks.length + 1, checks: 1, hinted, hintsUsed: hinted.length, result: scoreMarks(doc, ex, marks, hinted.length) };
};
const open = (l: Lesson, storage: ReturnType<typeof memoryStorage>) =>
  startLesson(createLessonMachine(l, segmentArticle(l.article.text)), recordLessonOf(l), createProgressStore(storage));

describe('the attempt record, hostile cases', () => {
  it('keeps marks and checks used when marks change after "Try again"', async () => {
    const storage = memoryStorage();
    const first = open(lesson, storage);
    for (let i = 0; i < 3; i++) first.actor.send({ type: 'user.next' });
    const ch = currentExercise(first.actor.getSnapshot())!;
    ch.send({ type: 'user.mark', ...spanOf('costs doubled'), category: 'claims' });
    ch.send({ type: 'user.mark', ...spanOf('The mayor spoke'), category: 'claims' });
    ch.send({ type: 'user.check' });
    ch.send({ type: 'user.retry' });
    ch.send({ type: 'user.unmark', markId: 'm2' });
    await flush();
    first.actor.stop();
    const again = open(lesson, storage);
    expect(again.notice).toBeNull();
    expect(exerciseView(currentExercise(again.actor.getSnapshot())!.getSnapshot())).toMatchObject({ phase: 'marking', checks: 1, marks: [{ id: 'm1' }] });
  });

  it('keeps a lesson finished before an edit finished on every later visit, hints on removed items and all', async () => {
    const storage = memoryStorage();
    storage.setItem(
      KEY,
      JSON.stringify(
        makeRecord(
          recordLessonOf(lesson),
          { step: 'summary', exercises: { claims: done(claimsExercise, ['c-doubled']), sources: done(sourcesExercise) } },
          TEXT,
        ),
      ),
    );
    const added: AnchoredExercise = { ...claimsExercise, id: 'added', items: [claimsExercise.items[0]!] };
    const edited: Lesson = {
      ...lesson,
      contentHash: 'edited01',
      exercises: [{ ...claimsExercise, items: [claimsExercise.items[0]!] }, sourcesExercise, added],
    };
    for (let visit = 1; visit <= 3; visit++) {
      const { actor, notice } = open(edited, storage);
      expect(lessonStep(actor.getSnapshot()), `visit ${visit}`).toBe('summary');
      if (visit === 1) expect(notice).toMatchObject({ kind: 'changed', report: { resultsKept: 2 } });
      else expect(notice).toBeNull();
      actor.send({ type: 'user.back' }); // any event: a save
      await flush();
      actor.stop();
      const status = savedStatus(storage.getItem(KEY), lesson.id);
      expect(status).toMatchObject({ state: 'finished', points: 2.5, max: 3 }); // the hint cost half a point
    }
  });

  it('never throws, and keeps progress, for an exercise called "constructor" or ids of any length', async () => {
    const long = `a${'-long'.repeat(40)}`;
    const odd: Lesson = {
      ...lesson,
      id: long,
      exercises: [
        { ...claimsExercise, id: 'constructor', items: claimsExercise.items.map((i) => ({ ...i, id: `${i.id}${'-x'.repeat(80)}` })) },
        sourcesExercise,
      ],
    };
    const storage = memoryStorage();
    const first = open(odd, storage);
    for (let i = 0; i < 3; i++) first.actor.send({ type: 'user.next' });
    const ch = currentExercise(first.actor.getSnapshot())!;
    ch.send({ type: 'user.mark', ...spanOf('costs doubled'), category: 'claims' });
    ch.send({ type: 'user.check' });
    await flush();
    first.actor.stop();
    const again = open(odd, storage);
    expect(again.notice).toBeNull();
    expect(lessonStep(again.actor.getSnapshot())).toBe('exercise-constructor');
    expect(readRecord(null, recordLessonOf(odd))).toEqual({ kind: 'none' });
  });

  it(`keeps at most ${MAX_COPIES} copies of unusable saves, never replacing one`, () => {
    const storage = memoryStorage();
    for (let n = 0; n < 6; n++) {
      storage.setItem(KEY, `{"damaged ${n}`);
      open(lesson, storage).actor.stop();
    }
    const copies = [...storage.data.keys()].filter((k) => k.includes(':unreadable')).sort();
    expect(copies).toHaveLength(MAX_COPIES);
    expect(storage.getItem(`${KEY}:unreadable`)).toBe('{"damaged 0');
  });

  it('keeps a revealed exercise revealed after an edit, scored again, with no check given back', () => {
    const marks = [{ id: 'm1', ...spanOf('The mayor spoke'), category: 'claims' as const }];
    const revealed: ExerciseRecord = {
      phase: 'revealed',
      marks,
      nextMarkId: 2,
      checks: 2,
      hinted: [],
      hintsUsed: 0,
      result: scoreMarks(doc, claimsExercise, marks, 0),
    };
    const raw = JSON.stringify(makeRecord(recordLessonOf(lesson), { step: 'exercise-claims', exercises: { claims: revealed } }, TEXT));
    const r = readRecord(raw, recordLessonOf({ ...lesson, contentHash: 'hint-fix' }));
    expect(r).toMatchObject({ kind: 'ok', record: { exercises: { claims: { phase: 'revealed', checks: 2, marks: [{ start: marks[0]!.start }] } } } });
  });

  it('resumes at the next exercise that still exists when the step was removed, keeping finished ones', () => {
    const third: AnchoredExercise = { ...claimsExercise, id: 'third' };
    const before: Lesson = { ...lesson, exercises: [claimsExercise, sourcesExercise, third] };
    const raw = JSON.stringify(makeRecord(recordLessonOf(before), { step: 'exercise-sources', exercises: { claims: done(claimsExercise) } }, TEXT));
    const r = readRecord(raw, recordLessonOf({ ...before, contentHash: 'no-sources', exercises: [claimsExercise, third] }));
    expect(r).toMatchObject({ kind: 'ok', problems: [], record: { step: 'intro-third', exercises: { claims: { phase: 'done' } } } });
    expect(r.kind === 'ok' && isFinished(r.record)).toBe(false);
  });
});
