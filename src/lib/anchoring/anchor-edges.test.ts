// anchor()'s less common inputs: selectors in another order, a position alone, an edited
// context around a quote that occurs once. anchor.test.ts covers the usual cases.
import { describe, expect, it } from 'vitest';
import { anchor, occurrences } from './anchor';

const text = 'The mayor said the plan was a disaster. The mayor later said the plan was fine.';
const quote = (exact: string, prefix?: string, suffix?: string) => ({
  type: 'TextQuoteSelector' as const,
  exact,
  ...(prefix ? { prefix } : {}),
  ...(suffix ? { suffix } : {}),
});
const pos = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

describe('occurrences', () => {
  it('finds every start of a string, overlapping repeats included', () => {
    expect(occurrences(text, 'The mayor')).toEqual([0, text.indexOf('The mayor later')]);
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(occurrences(text, 'council')).toEqual([]);
  });
  it('finds nothing for an empty string (rather than every position, for ever)', () => {
    expect(occurrences(text, '')).toEqual([]);
  });
});

describe('anchor: selector order and a position alone', () => {
  it('reads the quote and the position whatever order they come in', () => {
    const s = text.indexOf('disaster');
    expect(anchor(text, [pos(s, s + 8), quote('disaster')])).toEqual({ ok: true, span: { start: s, end: s + 8 }, via: 'position', positionStale: false });
    expect(anchor(text, [pos(0, 3), quote('disaster')])).toEqual({ ok: true, span: { start: s, end: s + 8 }, via: 'quote', positionStale: true });
  });
  it('takes a position alone on trust when it lies inside the text', () => {
    expect(anchor(text, [pos(4, 9)])).toEqual({ ok: true, span: { start: 4, end: 9 }, via: 'position', positionStale: false });
    expect(anchor(text, [pos(0, text.length)])).toMatchObject({ ok: true, span: { start: 0, end: text.length } });
  });
  it('refuses a position alone that is empty, reversed or outside the text', () => {
    const notFound = { ok: false, reason: 'not-found', occurrences: 0 };
    expect(anchor(text, [pos(5, 5)])).toEqual(notFound);
    expect(anchor(text, [pos(9, 4)])).toEqual(notFound);
    expect(anchor(text, [pos(-1, 4)])).toEqual(notFound);
    expect(anchor(text, [pos(text.length - 2, text.length + 1)])).toEqual(notFound);
    expect(anchor(text, [])).toEqual(notFound);
  });
});

describe('anchor: context only chooses between repeats', () => {
  it('still finds a quote that occurs once when the text around it has changed', () => {
    const s = text.indexOf('disaster');
    expect(anchor(text, [quote('disaster', 'an utter ', ' for us')])).toEqual({ ok: true, span: { start: s, end: s + 8 }, via: 'quote', positionStale: false });
  });
  it('uses the context when the quote repeats', () => {
    const second = text.indexOf('said the plan was fine');
    expect(anchor(text, [quote('said', 'later ')])).toMatchObject({ ok: true, span: { start: second, end: second + 4 } });
    expect(anchor(text, [quote('said', 'nobody ')])).toEqual({ ok: false, reason: 'ambiguous', occurrences: 2 });
  });
});
