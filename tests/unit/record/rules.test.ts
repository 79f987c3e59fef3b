// The one set of rules for totals, finished, passed and missed (record/finished, totals, passed, missed).
import { describe, expect, it } from 'vitest';
import { isFinished } from '../../../src/lib/record/finished';
import { totals } from '../../../src/lib/record/totals';
import { passed, PASSING_SHARE } from '../../../src/lib/record/passed';
import { missedItems } from '../../../src/lib/record/missed';
import type { ExerciseRecord } from '../../../src/lib/record/attempt-record';

const ex = (points: number, max: number, phase: ExerciseRecord['phase'] = 'done'): ExerciseRecord => ({
  phase,
  marks: [],
  nextMarkId: 1,
  checks: 1,
  hinted: [],
  hintsUsed: 0,
  result: {
    points,
    max,
    items: [
      { itemId: 'a', status: 'found', credit: 1, markIds: [] },
      { itemId: 'b', status: 'missed', credit: 0, markIds: [] },
    ],
    wrongMarkIds: [],
    hintPenalty: 0,
  },
});

describe('record rules', () => {
  it('finishes only on the summary step with every exercise done and scored', () => {
    const exercises = { c: ex(1, 2), s: ex(2, 2) };
    expect(isFinished({ step: 'summary', exercises })).toBe(true);
    for (const step of ['welcome', 'read', 'intro-c', 'exercise-s']) expect(isFinished({ step, exercises })).toBe(false);
    expect(isFinished({ step: 'summary', exercises: { ...exercises, s: ex(2, 2, 'revealed') } })).toBe(false);
    expect(isFinished({ step: 'summary', exercises: { c: { ...ex(1, 2), result: null } } })).toBe(false);
    expect(isFinished({ step: 'summary', exercises: {} })).toBe(false);
  });

  it('totals points over the results held, or over the items of the exercises given', () => {
    const record = { exercises: { c: ex(1.25, 2), s: ex(0.5, 3) } };
    expect(totals(record)).toEqual({ points: 1.75, max: 5 });
    expect(
      totals(record, [
        { id: 'c', itemCount: 2 },
        { id: 's', itemCount: 3 },
        { id: 'new', itemCount: 1 },
      ]),
    ).toEqual({ points: 1.75, max: 6 });
    expect(
      totals({ exercises: { constructor: ex(1, 2) } }, [
        { id: 'constructor', itemCount: 2 },
        { id: 'toString', itemCount: 1 },
      ]),
    ).toEqual({ points: 1, max: 3 });
    expect(totals({ exercises: { a: ex(0.1, 1), b: ex(0.2, 1) } }).points).toBe(0.3);
  });

  it('passes at the passing share and not below it; nothing to score never passes', () => {
    expect(PASSING_SHARE).toBe(0.6);
    expect(passed({ points: 6, max: 10 })).toBe(true);
    expect(passed({ points: 5.99, max: 10 })).toBe(false);
    expect(passed({ points: 0, max: 0 })).toBe(false);
    expect(passed({ points: 3, max: 10 }, 0.3)).toBe(true);
  });

  it('misses every item of an exercise never checked, and the missed ones of a checked one', () => {
    expect(missedItems(undefined, ['a', 'b'])).toEqual(['a', 'b']);
    expect(missedItems(ex(1, 2), ['a', 'b'])).toEqual(['b']);
  });
});
