import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../src/lib/progress/view-state';

const good = { v: 1, cursor: 12, anchor: 9, category: 'vague', top: { word: 3, offset: -4.5 } };
const parse = (x: unknown, words = 100) => parseViewState(typeof x === 'string' ? x : JSON.stringify(x), words, ['sources', 'vague', 'named']);

describe('view state kept for a reload', () => {
  it('reads back what was saved', () => {
    expect(parse(good)).toEqual(good);
  });

  it('ignores a view that does not fit the article or the kinds', () => {
    expect(parse({ ...good, cursor: 100 })).toBeNull();
    expect(parse({ ...good, anchor: 250 })).toBeNull();
    expect(parse({ ...good, category: 'claims' })).toBeNull();
    expect(parse({ ...good, cursor: -1 })).toBeNull();
    expect(parse({ ...good, cursor: 1.5 })).toBeNull();
    // A top word the article no longer has only loses the scroll position.
    expect(parse({ ...good, top: { word: 400, offset: 0 } })).toEqual({ ...good, top: null });
  });

  it('ignores damaged or hostile text', () => {
    for (const raw of [
      '',
      '{',
      'null',
      '[]',
      '"x"',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, top: { word: 1, offset: 'NaN' } }),
      'x'.repeat(5000),
    ]) {
      expect(parse(raw)).toBeNull();
    }
    expect(parseViewState(null, 10, ['sources'])).toBeNull();
  });
});
