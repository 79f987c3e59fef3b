import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lazyArticleDoc, segmentArticle, sentenceOfWord, spanOfWords, wordRangeForSpan } from './segment';

const text = readFileSync('seeds/000_9d20e17f153f9736.txt', 'utf8');
const doc = segmentArticle(text);

describe('segmentArticle on the seed article', () => {
  it('finds its 14 paragraphs (byline included) and 16 sentences', () => {
    expect(doc.paragraphs).toHaveLength(14);
    expect(doc.sentences).toHaveLength(16);
    expect(text.slice(doc.paragraphs[0]!.start, doc.paragraphs[0]!.end)).toBe('Mohammad Sadiq Tariq');
  });

  it('keeps offsets into the original text and whole words', () => {
    for (const w of doc.words) expect(text.slice(w.start, w.end)).toBe(w.text);
    const texts = doc.words.map((w) => w.text);
    expect(texts).toContain('Tajikistan’s');
    expect(texts).toContain('2,000');
    expect(texts).not.toContain('“');
  });

  it('links words, sentences and paragraphs both ways', () => {
    for (const s of doc.sentences) {
      expect(s.firstWord).toBeLessThanOrEqual(s.lastWord);
      expect(doc.words[s.firstWord]!.sentence).toBe(s.index);
      expect(doc.words[s.lastWord]!.sentence).toBe(s.index);
    }
    expect(text.slice(doc.sentences[10]!.start, doc.sentences[10]!.end)).toMatch(/^Moreover.*element\.$/);
  });

  it('counts the 14 non-blank lines of the file as paragraphs, each ending before its newline', () => {
    expect(text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(14);
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).not.toMatch(/\n|^\s|\s$/);
    expect(text.slice(doc.paragraphs[13]!.start, doc.paragraphs[13]!.end)).toMatch(/^Note: .*ISIS\.$/);
  });

  it('keeps words in order, without overlaps, inside their sentence and paragraph', () => {
    doc.words.forEach((w, i) => {
      expect(w.index).toBe(i);
      if (i > 0) expect(w.start).toBeGreaterThanOrEqual(doc.words[i - 1]!.end);
      const s = sentenceOfWord(doc, i);
      expect(w.start >= s.start && w.end <= s.end).toBe(true);
      expect(s.paragraph).toBe(w.paragraph);
    });
    const words = (from: string, n: number) => {
      const i = doc.words.findIndex((w) => w.start === text.indexOf(from));
      return doc.words.slice(i, i + n).map((w) => w.text);
    };
    expect(words('over 2,000', 3)).toEqual(['over', '2,000', 'Tajiks']);
    expect(words('80% of', 2)).toEqual(['80', 'of']);
    expect(words('41-year-old', 4)).toEqual(['41', 'year', 'old', 'Colonel']);
  });

  it('skips empty lines and punctuation-only sentences, and trims spaces off sentences', () => {
    const d = segmentArticle('One two.\n\n  \n— …\n  Three.  Four! \r\nFive');
    expect(d.paragraphs.map((p) => d.text.slice(p.start, p.end))).toEqual(['One two.', 'Three.  Four!', 'Five']);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['One two.', 'Three.', 'Four!', 'Five']);
    expect(segmentArticle('')).toEqual({ text: '', words: [], sentences: [], paragraphs: [] });
  });

  it('segments a 10,000-word article into the same words as its parts', () => {
    // Speed is measured by `npm run bench`, not asserted here: timings vary by machine.
    const big = segmentArticle(Array.from({ length: 25 }, () => text).join('\n'));
    expect(big.words.length).toBe(doc.words.length * 25);
  });
});

describe('wordRangeForSpan', () => {
  const start = text.indexOf('heinous');
  it('finds the words a span touches, even partly', () => {
    expect(wordRangeForSpan(doc, { start, end: start + 7 })).toEqual([
      doc.words.findIndex((w) => w.text === 'heinous'),
      doc.words.findIndex((w) => w.text === 'heinous'),
    ]);
    const inside = wordRangeForSpan(doc, { start: start + 2, end: start + 3 })!;
    expect(doc.words[inside[0]]!.text).toBe('heinous');
    const phrase = wordRangeForSpan(doc, { start, end: start + 'heinous phenomenon'.length })!;
    expect(doc.words.slice(phrase[0], phrase[1] + 1).map((w) => w.text)).toEqual(['heinous', 'phenomenon']);
  });
  it('returns null for spaces, punctuation or an empty span', () => {
    expect(wordRangeForSpan(doc, { start: start - 1, end: start })).toBeNull();
    expect(wordRangeForSpan(doc, { start, end: start })).toBeNull();
  });
  it('handles the ends of the text', () => {
    expect(wordRangeForSpan(doc, { start: 0, end: 1 })).toEqual([0, 0]);
    const last = doc.words.length - 1;
    expect(wordRangeForSpan(doc, { start: text.length - 2, end: text.length })).toEqual([last, last]);
    expect(spanOfWords(doc, 0, 2)).toEqual({ start: 0, end: 'Mohammad Sadiq Tariq'.length });
    expect(wordRangeForSpan(doc, { start: 0, end: text.length })).toEqual([0, last]);
    expect(wordRangeForSpan(doc, { start: text.length - 1, end: text.length })).toBeNull(); // the final "."
    expect(wordRangeForSpan(doc, { start: text.length, end: text.length + 5 })).toBeNull();
  });
  it('agrees with a linear scan on any span of a 10,000-word article', () => {
    const big = segmentArticle(Array.from({ length: 25 }, () => text).join('\n'));
    const n = big.text.length;
    const linear = (a: number, b: number) => {
      const hit = big.words.filter((w) => w.start < b && a < w.end).map((w) => w.index);
      return hit.length ? [hit[0], hit[hit.length - 1]] : null;
    };
    fc.assert(
      fc.property(fc.nat({ max: n }), fc.nat({ max: 80 }), (a, len) => {
        expect(wordRangeForSpan(big, { start: a, end: a + len })).toEqual(len === 0 ? null : linear(a, a + len));
      }),
    );
  });
});

describe('lazyArticleDoc', () => {
  it('gives the same words, sentences and paragraphs as segmentArticle', () => {
    const text = 'First one. Second “quoted” sentence!\n\nA new paragraph, with 2,000 words.';
    const lazy = lazyArticleDoc(text);
    const eager = segmentArticle(text);
    expect({ text: lazy.text, words: lazy.words, sentences: lazy.sentences, paragraphs: lazy.paragraphs }).toEqual(eager);
    expect(lazy.words).toBe(lazy.words);
  });
});

describe('segmentArticle on one very long line', () => {
  // V8 copies the input into every segment, so a whole long line at once is quadratic:
  // without the chunking a paste with no line breaks like this one took minutes and gigabytes.
  it('cuts it after sentence ends, giving the same sentences and whole words', () => {
    const unit = 'The cat sat on the mat. “Is it?” she asked! ';
    const once = segmentArticle(unit); // short: what ICU finds without any cutting
    const line = unit.repeat(2000).trim(); // 20,000 words
    const d = segmentArticle(line);
    expect(d.paragraphs).toHaveLength(1);
    const expected = Array.from({ length: 2000 }, () => once.sentences.map((s) => unit.slice(s.start, s.end))).flat();
    expect(d.sentences.map((s) => line.slice(s.start, s.end))).toEqual(expected);
    expect(d.words).toHaveLength(once.words.length * 2000);
    for (const w of d.words) expect(line.slice(w.start, w.end)).toBe(w.text);
  });

  it('cuts a line with no sentence ends at spaces, and never inside a surrogate pair', () => {
    const words = 'alpha beta gamma '.repeat(500);
    expect(segmentArticle(words).words.map((w) => w.text)).toEqual(words.trim().split(' '));
    const emoji = '😀'.repeat(3000) + ' end';
    const d = segmentArticle(emoji);
    for (const w of d.words) expect(emoji.slice(w.start, w.end)).toBe(w.text);
    expect(d.words.at(-1)!.text).toBe('end');
  });
});
