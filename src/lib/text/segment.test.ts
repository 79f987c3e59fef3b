import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle, spanOfWords, wordRangeForSpan } from './segment';

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

  it('skips empty lines and punctuation-only sentences', () => {
    const d = segmentArticle('One two.\n\n  \n— …\nThree.');
    expect(d.paragraphs.map((p) => d.text.slice(p.start, p.end))).toEqual(['One two.', 'Three.']);
  });
});

describe('wordRangeForSpan', () => {
  const start = text.indexOf('heinous');
  it('finds the words a span touches, even partly', () => {
    expect(wordRangeForSpan(doc, { start, end: start + 7 })).toEqual([doc.words.findIndex((w) => w.text === 'heinous'), doc.words.findIndex((w) => w.text === 'heinous')]);
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
  });
});
