// Splits an article into paragraphs, sentences and words with Intl.Segmenter, keeping
// UTF-16 offsets into the original text: marks and answer keys use the same coordinates.
import type { Span } from '../types';

export interface Word { index: number; start: number; end: number; text: string; sentence: number; paragraph: number }
export interface Sentence { index: number; start: number; end: number; paragraph: number; firstWord: number; lastWord: number }
export interface Paragraph { index: number; start: number; end: number; firstSentence: number; lastSentence: number }
export interface ArticleDoc { text: string; words: Word[]; sentences: Sentence[]; paragraphs: Paragraph[] }

export function segmentArticle(text: string, locale = 'en'): ArticleDoc {
  const sentenceSeg = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const wordSeg = new Intl.Segmenter(locale, { granularity: 'word' });
  const doc: ArticleDoc = { text, words: [], sentences: [], paragraphs: [] };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    const trimmed = line.replace(/\s+$/, '');
    if (trimmed.trim() === '') continue;
    const paragraph: Paragraph = { index: doc.paragraphs.length, start: start + (trimmed.length - trimmed.trimStart().length), end: start + trimmed.length, firstSentence: doc.sentences.length, lastSentence: -1 };
    for (const s of sentenceSeg.segment(trimmed)) {
      const firstWord = doc.words.length;
      for (const w of wordSeg.segment(s.segment)) {
        if (!w.isWordLike) continue;
        const wStart = start + s.index + w.index;
        doc.words.push({ index: doc.words.length, start: wStart, end: wStart + w.segment.length, text: w.segment, sentence: doc.sentences.length, paragraph: paragraph.index });
      }
      // A "sentence" of punctuation only has nothing to mark: leave it out.
      if (doc.words.length === firstWord) continue;
      const body = s.segment.replace(/\s+$/, '');
      doc.sentences.push({ index: doc.sentences.length, start: start + s.index, end: start + s.index + body.length, paragraph: paragraph.index, firstWord, lastWord: doc.words.length - 1 });
    }
    paragraph.lastSentence = doc.sentences.length - 1;
    if (paragraph.lastSentence >= paragraph.firstSentence) doc.paragraphs.push(paragraph);
  }
  return doc;
}

/** First index i with words[i].end > offset (binary search: fast on long articles). */
function firstEndingAfter(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first and last words whose characters intersect the span, or null if none do. */
export function wordRangeForSpan(doc: ArticleDoc, span: Span): [number, number] | null {
  if (span.end <= span.start) return null;
  const first = firstEndingAfter(doc.words, span.start);
  const w = doc.words[first];
  if (!w || w.start >= span.end) return null;
  let last = firstEndingAfter(doc.words, span.end - 1);
  // words[last] ends after span.end - 1 but may start at or after span.end
  if (last >= doc.words.length || doc.words[last]!.start >= span.end) last -= 1;
  return [first, last];
}

export function spanOfWords(doc: ArticleDoc, first: number, last: number): Span {
  return { start: doc.words[first]!.start, end: doc.words[last]!.end };
}

export function sentenceOfWord(doc: ArticleDoc, i: number): Sentence {
  return doc.sentences[doc.words[i]!.sentence]!;
}
