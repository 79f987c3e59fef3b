// The assignment's settings as the exercise machine enforces them: checks used in earlier
// attempts count against the limit, answers wait for the last check, and a refusal says why.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import { exerciseView, refusal } from '../../src/machines/attempt';
import { earlierAttempts } from '../../src/lib/assignment/earlier-attempts';
import { memoryStorage } from '../unit/memory-storage';
import { claimsExercise, doc, spanOf } from './fixtures';

const wrongMark = { type: 'user.mark' as const, ...spanOf('Monday'), category: 'claims' as const };

describe('checks allowed by an assignment', () => {
  it('counts checks of earlier attempts, and refuses a check over the limit saying why', () => {
    const settings = { hints: true, attempts: 2, showAnswers: true, answersAfterLastCheck: true, checksBefore: () => 1 };
    const a = createActor(createExerciseMachine(claimsExercise, doc, settings)).start();
    expect(exerciseView(a.getSnapshot())).toMatchObject({ checksLeft: 1, rules: { checksAllowed: 2, checksBefore: 1 } });
    a.send(wrongMark);
    a.send({ type: 'user.check' });
    // The second check of two: the exercise is over.
    expect(a.getSnapshot().value).toBe('revealed');
    const spent = createActor(createExerciseMachine(claimsExercise, doc, { ...settings, checksBefore: () => 2 })).start();
    spent.send(wrongMark);
    spent.send({ type: 'user.check' });
    expect(spent.getSnapshot().value).toBe('marking');
    expect(refusal(spent.getSnapshot(), 'user.check')).toBe('no-checks-left');
  });

  it('shows no answers before the last check when the setting says so', () => {
    const a = createActor(createExerciseMachine(claimsExercise, doc, { hints: true, attempts: 2, showAnswers: true, answersAfterLastCheck: true })).start();
    a.send(wrongMark);
    a.send({ type: 'user.check' });
    a.send({ type: 'user.reveal' });
    expect(a.getSnapshot().value).toBe('feedback');
    expect(refusal(a.getSnapshot(), 'user.reveal')).toBe('checks-left');
    // Free practice: the learner may give up after any check.
    const free = createActor(createExerciseMachine(claimsExercise, doc)).start();
    free.send(wrongMark);
    free.send({ type: 'user.check' });
    free.send({ type: 'user.reveal' });
    expect(free.getSnapshot().value).toBe('revealed');
  });

  it('says hints are off when the teacher turned them off', () => {
    const a = createActor(createExerciseMachine(claimsExercise, doc, { hints: false, showAnswers: true })).start();
    expect(refusal(a.getSnapshot(), 'user.hint')).toBe('hints-off');
  });
});

describe('earlier attempts', () => {
  it('keeps the finished attempt and counts its checks; a damaged list is set aside', () => {
    const storage = memoryStorage();
    const record = {
      format: 'spotlight-attempt',
      version: 2,
      lessonId: 'l1',
      contentHash: 'h',
      savedAt: '2026-01-01T00:00:00.000Z',
      step: 'summary',
      exercises: {
        claims: {
          phase: 'done',
          marks: [],
          nextMarkId: 1,
          checks: 2,
          hinted: [],
          hintsUsed: 0,
          result: { points: 1, max: 2, items: [], wrongMarkIds: [], hintPenalty: 0 },
        },
      },
    };
    storage.setItem('spotlight:progress:a-X:l1', JSON.stringify(record));
    const earlier = earlierAttempts(storage, 'a-X', 'l1');
    expect(earlier.keepCurrent()).toBe(true);
    expect(earlier.checksBefore('claims')).toBe(2);
    expect(earlier.list().records).toHaveLength(1);
    storage.setItem('spotlight:progress:a-X:l1:earlier', '[{"oops"');
    expect(earlier.list()).toEqual({ records: [], damaged: true });
    expect(storage.getItem('spotlight:progress:a-X:l1:earlier:unreadable')).toBe('[{"oops"');
  });
});
