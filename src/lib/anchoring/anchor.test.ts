import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, describeSpan } from './anchor';

const text = readFileSync('seeds/000_9d20e17f153f9736.txt', 'utf8');
const at = (s: string) => text.indexOf(s);
const quote = (exact: string, prefix?: string, suffix?: string) => ({
  type: 'TextQuoteSelector' as const,
  exact,
  ...(prefix ? { prefix } : {}),
  ...(suffix ? { suffix } : {}),
});
const pos = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

describe('anchor (Hypothesis-style)', () => {
  it('uses the position when the text there is the quote', () => {
    const s = at('heinous');
    expect(anchor(text, [quote('heinous'), pos(s, s + 7)])).toEqual({ ok: true, span: { start: s, end: s + 7 }, via: 'position', positionStale: false });
  });
  it('falls back to the quote when the position is stale, and says so', () => {
    const s = at('heinous');
    expect(anchor(text, [quote('heinous'), pos(s + 3, s + 10)])).toEqual({ ok: true, span: { start: s, end: s + 7 }, via: 'quote', positionStale: true });
  });
  it('refuses to guess between repeated quotes, and uses prefix or suffix to choose', () => {
    expect(anchor(text, [quote('Khalimov')])).toEqual({ ok: false, reason: 'ambiguous', occurrences: 3 });
    const second = at('Colonel Gulmurod Khalimov') + 'Colonel Gulmurod '.length;
    expect(anchor(text, [quote('Khalimov', 'Colonel Gulmurod ')])).toMatchObject({ ok: true, span: { start: second } });
    expect(anchor(text, [quote('Khalimov', undefined, ' succeeded')])).toMatchObject({ ok: true, span: { start: at('Khalimov succeeded') } });
  });
  it('stays ambiguous when the context does not single out one repeat', () => {
    expect(anchor(text, [quote('Khalimov', 'no such prefix ')])).toEqual({ ok: false, reason: 'ambiguous', occurrences: 3 });
    // a prefix longer than the text before a repeat must not match it by clamping
    expect(anchor('ab ab', [quote('ab', 'x')])).toEqual({ ok: false, reason: 'ambiguous', occurrences: 2 });
    expect(anchor('ab ab', [quote('ab', 'ab ')])).toMatchObject({ ok: true, span: { start: 3, end: 5 } });
  });
  it('ignores a position outside the text and falls back to the quote', () => {
    const s = at('heinous');
    expect(anchor(text, [quote('heinous'), pos(text.length, text.length + 7)])).toMatchObject({
      ok: true,
      span: { start: s },
      via: 'quote',
      positionStale: true,
    });
  });
  it('reports a quote that is not in the text (no fuzzy matching, case-sensitive)', () => {
    expect(anchor(text, [quote('heinus phenomenon')])).toEqual({ ok: false, reason: 'not-found', occurrences: 0 });
    expect(anchor(text, [quote('Heinous phenomenon')])).toEqual({ ok: false, reason: 'not-found', occurrences: 0 });
    expect(anchor(text, [quote('')])).toEqual({ ok: false, reason: 'not-found', occurrences: 0 });
  });
  it('describes a span with its quote, up to `context` characters around it, and its position', () => {
    const s = at('heinous');
    expect(describeSpan(text, { start: s, end: s + 7 }, 4)).toEqual([
      { type: 'TextQuoteSelector', exact: 'heinous', prefix: 'the ', suffix: ' phe' },
      { type: 'TextPositionSelector', start: s, end: s + 7 },
    ]);
    expect(describeSpan(text, { start: 0, end: 8 })[0]).not.toHaveProperty('prefix');
    expect(describeSpan(text, { start: text.length - 3, end: text.length })[0]).not.toHaveProperty('suffix');
  });
  it('round-trips a repeated quote through describeSpan, by position and by context', () => {
    const s = at('Khalimov succeeded');
    const span = { start: s, end: s + 'Khalimov'.length };
    expect(anchor(text, describeSpan(text, span))).toEqual({ ok: true, span, via: 'position', positionStale: false });
    expect(anchor(text, [describeSpan(text, span)[0]])).toEqual({ ok: true, span, via: 'quote', positionStale: false });
  });
  it('round-trips any span of the article through describeSpan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 80 }), (start, len) => {
        const span = { start, end: Math.min(text.length, start + len) };
        const result = anchor(text, describeSpan(text, span));
        expect(result).toMatchObject({ ok: true, span, via: 'position' });
        // without the position, the quote plus its context still finds the same place
        const [q] = describeSpan(text, span);
        const byQuote = anchor(text, [q]);
        if (byQuote.ok) expect(byQuote.span).toEqual(span);
      }),
    );
  });
});
