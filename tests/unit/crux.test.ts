// The crux rule on the real lesson the reviewer tried, and the lesson-file check on crux quotes.
import { describe, expect, it } from 'vitest';
import { loadLessonFromDisk } from '../e2e/keyboard-plan';
import { cruxProblems } from '../../src/lib/lesson/build-lesson';
import { scoreMarks } from '../../src/lib/scoring/score-marks';
import type { Mark } from '../../src/lib/types';

const { lesson, doc } = loadLessonFromDisk('tajik-isis-k');
const claims = lesson.exercises.find((e) => e.id === 'claims')!;
const markOf = (exact: string, after: string): Mark => {
  const start = doc.text.indexOf(exact, doc.text.indexOf(after));
  return { id: `m-${exact}`, start, end: start + exact.length, category: 'claims' };
};

describe('the crux words the claims intro names', () => {
  it('count as found when marked alone: "all" and "vast majority"', () => {
    const r = scoreMarks(doc, claims, [markOf('all', 'involvement in'), markOf('vast majority', 'misleading a')], 0);
    const status = Object.fromEntries(r.items.map((i) => [i.itemId, i.status]));
    expect(status['claims-all-attacks']).toBe('found');
    expect(status['claims-misleading-majority']).toBe('found');
    expect(r.wrongMarkIds).toEqual([]);
  });

  it('count as found for "It must be acknowledged", which the key now takes as part of its claim', () => {
    const r = scoreMarks(doc, claims, [markOf('It must be acknowledged', '')], 0);
    expect(r.items.find((i) => i.itemId === 'claims-significant-influence')?.status).toBe('found');
    expect(r.wrongMarkIds).toEqual([]);
  });

  it('do not make marking the whole article pay', () => {
    const r = scoreMarks(doc, claims, [{ id: 'all', start: 0, end: doc.text.length, category: 'claims' }], 0);
    expect(r.points).toBeLessThanOrEqual(0.5);
  });
});

describe('crux quotes in a lesson file', () => {
  const item = 'prove that ISIS has had a clear involvement in all attacks';
  it('accepts whole words found once in the item', () => expect(cruxProblems(item, ['all', 'prove'])).toEqual([]));
  it('says what is wrong with a crux that is missing, repeated or not whole words', () => {
    expect(cruxProblems(item, ['every'])[0]?.message).toBe('the crux "every" is not in the item\'s quote');
    expect(cruxProblems(item, ['a'])[0]?.message).toMatch(/more than once/);
    expect(cruxProblems(item, ['nvolvement'])[0]?.message).toBe('the crux "nvolvement" is not whole words');
  });
});
