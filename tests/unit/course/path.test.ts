// The course path and the catalog's filters, on the real catalog entries of lessons/.
import { describe, expect, it } from 'vitest';
import catalog, { type CatalogEntryOk } from 'virtual:lesson-catalog';
import { coursePath, filterOptions, matches, NO_FILTERS } from '../../../src/lib/course/path';
import { UNITS } from '../../../src/lib/lesson/schema';
import { savedStatus } from '../../../src/lib/progress/saved-status';

const entries = catalog.filter((e): e is CatalogEntryOk => e.ok);
const entry = (over: Partial<CatalogEntryOk>): CatalogEntryOk => ({
  id: 'x',
  ok: true,
  title: 'X',
  level: 'L',
  minutes: 20,
  skills: ['claims'],
  language: 'en',
  dir: 'ltr',
  band: 'beginner',
  genre: 'opinion',
  course: null,
  practice: true,
  contentHash: '0',
  ...over,
});

describe('course path', () => {
  it('puts every built-in lesson in a unit, units in the suggested order, lessons by their order', () => {
    const path = coursePath(entries);
    expect(path.map((g) => g.unit)).toEqual([...UNITS]);
    expect(path.flatMap((g) => g.lessons)).toHaveLength(entries.length);
    for (const g of path) {
      const orders = g.lessons.map((l) => l.course!.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
    expect(path[0]!.lessons.every((l) => l.band === 'beginner')).toBe(true);
  });

  it('puts lessons outside the course last, as other lessons', () => {
    const path = coursePath([entry({ id: 'b', course: { unit: 'who-says-so', order: 1 } }), entry({ id: 'a' })]);
    expect(path.map((g) => [g.unit, g.lessons.map((l) => l.id)])).toEqual([
      ['who-says-so', ['b']],
      ['other', ['a']],
    ]);
  });

  it('filters by skill, level, language, kind of text and length, together', () => {
    const fa = entries.filter((e) => matches(e, { ...NO_FILTERS, language: 'fa' }));
    expect(fa.length).toBeGreaterThanOrEqual(2);
    expect(fa.every((e) => e.language === 'fa' && e.dir === 'rtl')).toBe(true);
    expect(matches(entry({ minutes: 15 }), { ...NO_FILTERS, length: 'short' })).toBe(true);
    expect(matches(entry({ minutes: 16 }), { ...NO_FILTERS, length: 'short' })).toBe(false);
    expect(matches(entry({ minutes: 26 }), { ...NO_FILTERS, length: 'long' })).toBe(true);
    expect(matches(entry({ skills: ['claims', 'emotive'] }), { ...NO_FILTERS, skill: 'emotive', band: 'beginner' })).toBe(true);
    expect(matches(entry({ skills: ['claims'] }), { ...NO_FILTERS, skill: 'emotive' })).toBe(false);
    expect(matches(entry({ genre: 'opinion' }), { ...NO_FILTERS, genre: 'rumour' })).toBe(false);
    expect(matches(entry({ band: 'advanced' }), { ...NO_FILTERS, band: 'beginner' })).toBe(false);
    expect(matches(entry({ language: 'ru-RU' }), { ...NO_FILTERS, language: 'ru' })).toBe(true);
  });

  it('offers only filter values some lesson has, in the schema order', () => {
    const o = filterOptions(entries);
    expect(o.skills).toEqual(['claims', 'emotive', 'sources']);
    expect(o.bands).toEqual(['beginner', 'intermediate', 'advanced']);
    expect(new Set(o.languages)).toEqual(new Set(['en', 'fa', 'ru']));
    expect(o.genres.length).toBeGreaterThanOrEqual(10);
    expect(filterOptions([entry({ genre: 'rumour' })]).genres).toEqual(['rumour']);
  });
});

describe('saved status of a lesson', () => {
  const result = (points: number, max: number) => ({ points, max, items: [], wrongMarkIds: [], hintPenalty: 0 });
  const done = (points: number, max: number) => ({ phase: 'done', marks: [], nextMarkId: 1, checks: 1, hinted: [], hintsUsed: 0, result: result(points, max) });
  const save = (step: string, exercises: object, over: object = {}) =>
    JSON.stringify({ format: 'spotlight-attempt', version: 2, lessonId: 'a', contentHash: 'h1', savedAt: '', step, exercises, ...over });
  it('is not started without a save, in progress before the summary, finished with the score at it', () => {
    expect(savedStatus(null)).toEqual({ state: 'not-started' });
    expect(savedStatus(save('exercise-claims', {}))).toEqual({ state: 'in-progress' });
    expect(savedStatus(save('summary', { claims: done(3.5, 5), sources: done(2, 4) }))).toMatchObject({ state: 'finished', points: 5.5, max: 9 });
  });
  it('is not finished from any step but the summary, nor with an exercise not done', () => {
    for (const step of ['welcome', 'read', 'intro-claims', 'exercise-sources'])
      expect(savedStatus(save(step, { claims: done(1, 2) })).state).toBe('in-progress');
    expect(savedStatus(save('summary', { claims: done(1, 2), sources: { ...done(1, 2), phase: 'feedback' } })).state).toBe('in-progress');
  });
  it('reads a version-1 save (the XState snapshot of earlier builds) the same way', () => {
    const v1 = (value: string) =>
      JSON.stringify({
        version: 1,
        lessonId: 'a',
        contentHash: 'h0',
        snapshot: { value, context: { results: { c: { points: 1, max: 2, attempts: 1, hintsUsed: 0, result: result(1, 2) } } }, children: {} },
      });
    expect(savedStatus(v1('summary'), 'a')).toMatchObject({ state: 'finished', points: 1, max: 2 });
    expect(savedStatus(v1('intro-d'), 'a')).toEqual({ state: 'in-progress' });
  });
  it('is not started for another lesson or a format it does not know; finished stays finished after the lesson is edited', () => {
    const finished = { c: done(1, 2) };
    expect(savedStatus(save('summary', finished), 'a')).toMatchObject({ state: 'finished', points: 1, max: 2 });
    expect(savedStatus(save('summary', finished, { contentHash: 'h0' }), 'a')).toMatchObject({ state: 'finished', points: 1, max: 2 });
    expect(savedStatus(save('summary', finished, { lessonId: 'b' }), 'a')).toEqual({ state: 'not-started' });
    expect(savedStatus(save('summary', finished, { version: 3 }), 'a')).toEqual({ state: 'not-started' });
  });

  it('is in progress, never finished or a crash, for a damaged save', () => {
    for (const raw of [
      '{',
      save('summary', { claims: { ...done(1, 2), result: { points: 'x', max: 5 } } }),
      save('summary', []),
      save('summary', {}),
      save('summary', { c: 7 }),
      JSON.stringify({ format: 'spotlight-attempt', version: 2, step: 'summary' }),
    ]) {
      expect(savedStatus(raw), raw).toEqual({ state: 'in-progress' });
    }
  });
});
