// The course path and the catalog's filters, on the real catalog entries of lessons/.
import { describe, expect, it } from 'vitest';
import catalog, { type CatalogEntryOk } from 'virtual:lesson-catalog';
import { coursePath, filterOptions, matches, NO_FILTERS } from '../../../src/lib/course/path';
import { UNITS } from '../../../src/lib/lesson/schema';
import { savedStatus } from '../../../src/lib/progress/saved-status';

const entries = catalog.filter((e): e is CatalogEntryOk => e.ok);
const entry = (over: Partial<CatalogEntryOk>): CatalogEntryOk => ({
  id: 'x', ok: true, title: 'X', level: 'L', minutes: 20, skills: ['claims'], language: 'en', dir: 'ltr',
  band: 'beginner', genre: 'opinion', course: null, practice: true, contentHash: '0', ...over,
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
    expect(path.map((g) => [g.unit, g.lessons.map((l) => l.id)])).toEqual([['who-says-so', ['b']], ['other', ['a']]]);
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
  const save = (value: string, results: object) => JSON.stringify({ version: 1, snapshot: { value, context: { results } } });
  it('is not started without a save, in progress before the summary, finished with the score at it', () => {
    expect(savedStatus(null)).toEqual({ state: 'not-started' });
    expect(savedStatus(save('exercise-claims', {}))).toEqual({ state: 'in-progress' });
    const done = savedStatus(save('summary', { claims: { points: 3.5, max: 5 }, sources: { points: 2, max: 4 } }));
    expect(done).toMatchObject({ state: 'finished', points: 5.5, max: 9 });
  });
  it('is not started for a save the lesson will not resume: another format, lesson or content', () => {
    const owner = { lessonId: 'a', contentHash: 'h1' };
    const saveOf = (over: object) => JSON.stringify({ version: 1, lessonId: 'a', contentHash: 'h1', snapshot: { value: 'summary', context: { results: { c: { points: 1, max: 2 } } } }, ...over });
    expect(savedStatus(saveOf({}), owner)).toMatchObject({ state: 'finished', points: 1, max: 2 });
    expect(savedStatus(saveOf({ contentHash: 'h0' }), owner)).toEqual({ state: 'not-started' });
    expect(savedStatus(saveOf({ lessonId: 'b' }), owner)).toEqual({ state: 'not-started' });
    expect(savedStatus(saveOf({ version: 0 }), owner)).toEqual({ state: 'not-started' });
  });

  it('is in progress, never finished or a crash, for a damaged save', () => {
    for (const raw of ['{', 'null', '[]', save('summary', { claims: { points: 'x', max: 5 } }), save('summary', []), save('summary', {}), JSON.stringify({ snapshot: { value: 'summary' } })]) {
      expect(savedStatus(raw)).toEqual({ state: 'in-progress' });
    }
  });
});
