import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, describeSpan } from './anchor';

const text = readFileSync('seeds/000_9d20e17f153f9736.txt', 'utf8');
const at = (s: string) => text.indexOf(s);
const quote = (exact: string, prefix?: string, suffix?: string) => ({ type: 'TextQuoteSelector' as const, exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) });
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
  it('reports a quote that is not in the text (no fuzzy matching)', () => {
    expect(anchor(text, [quote('heinus phenomenon')])).toEqual({ ok: false, reason: 'not-found', occurrences: 0 });
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
