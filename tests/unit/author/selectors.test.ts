import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTarget, findAll, snapToWords } from '../../../src/lib/author/selectors';
import { anchor } from '../../../src/lib/anchoring/anchor';
import { segmentArticle } from '../../../src/lib/text/segment';

describe('buildTarget', () => {
  it('gives ~32 characters of context and the position', () => {
    const text = 'a'.repeat(50) + 'QUOTE' + 'b'.repeat(50);
    const [q, p] = buildTarget(text, { start: 50, end: 55 });
    expect(q).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(p).toEqual({ type: 'TextPositionSelector', start: 50, end: 55 });
  });
  it('widens the context until the quote alone finds the right repeat', () => {
    const rep = 'x'.repeat(40) + ' the same words ' + 'y'.repeat(40);
    const text = `${rep}\n${rep}\n${rep}`;
    const start = rep.length + 1 + 41;
    const target = buildTarget(text, { start, end: start + 14 });
    const quoteOnly = target.filter((s) => s.type === 'TextQuoteSelector');
    expect(anchor(text, quoteOnly)).toMatchObject({ ok: true, span: { start, end: start + 14 } });
    expect((quoteOnly[0] as { prefix: string }).prefix.length).toBeGreaterThan(32);
  });
  it('any span of any text anchors back to itself from the quote alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const [quote] = buildTarget(text, { start, end });
        const found = anchor(text, [quote!]);
        expect(found).toMatchObject({ ok: true, span: { start, end } });
      }),
    );
  });
  it('findAll lists every occurrence', () => {
    expect(findAll('aXbXcX', 'X')).toEqual([1, 3, 5]);
    expect(findAll('abc', '')).toEqual([]);
  });
});

describe('snapToWords', () => {
  const text = 'Opponents shouted that the council had betrayed them. Tajikistan’s 2,000 jobs.';
  const span = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
  it('widens a part of a word to the whole word', () => {
    const s = snapToWords(text, span('etray'));
    expect(text.slice(s.start, s.end)).toBe('betrayed');
  });
  it('widens both ends of a phrase and keeps whole words as they are', () => {
    const s = snapToWords(text, span('uncil had betr'));
    expect(text.slice(s.start, s.end)).toBe('council had betrayed');
    expect(snapToWords(text, span('the council'))).toEqual(span('the council'));
  });
  it('keeps words that Intl.Segmenter keeps whole (apostrophes, figures)', () => {
    const s = snapToWords(text, span('Tajik'));
    expect(text.slice(s.start, s.end)).toBe('Tajikistan’s');
    const n = snapToWords(text, span('000'));
    expect(text.slice(n.start, n.end)).toBe('2,000');
  });
});

describe('language codes the browser refuses', () => {
  it('split and snap by the default rules instead of throwing', () => {
    const text = 'The council had betrayed them.';
    expect(() => new Intl.Segmenter('en-x')).toThrow(RangeError);
    const s = snapToWords(text, { start: text.indexOf('etray'), end: text.indexOf('etray') + 5 }, 'en-x');
    expect(text.slice(s.start, s.end)).toBe('betrayed');
    expect(segmentArticle(text, 'en-x').words.map((w) => w.text)).toEqual(['The', 'council', 'had', 'betrayed', 'them']);
  });
});
