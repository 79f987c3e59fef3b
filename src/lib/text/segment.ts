// Splits an article into paragraphs, sentences and words with Intl.Segmenter, keeping
// UTF-16 offsets into the original text: marks and answer keys use the same coordinates.
import type { Span } from '../types';

export interface Word {
  index: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  paragraph: number;
}
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  firstWord: number;
  lastWord: number;
}
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  firstSentence: number;
  lastSentence: number;
}
export interface ArticleDoc {
  text: string;
  words: Word[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

const LEADING_SPACE = /^\s*/;
const TRAILING_SPACE = /\s*$/;

/**
 * Intl.Segmenter for a language, or for English when the code is one the browser refuses
 * (a lesson's or a teacher's "en-x" throws a RangeError): splitting then follows the default
 * rules instead of failing.
 */
export function segmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity });
  }
}

/** Longest piece of a paragraph given to Intl.Segmenter at once (UTF-16 units). */
const MAX_CHUNK = 1200;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/;

/**
 * A paragraph cut into pieces of at most MAX_CHUNK, after a sentence end where there is one
 * (else at a space, else anywhere but inside a surrogate pair). V8 copies the whole input
 * string into every segment it yields, so segmenting one long line is quadratic: a
 * 20,000-word paste without line breaks took 15 s and 3.5 GB. Ordinary paragraphs are one
 * piece, so their sentences are exactly what ICU finds.
 */
function chunksOf(body: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let at = 0;
  while (body.length - at > MAX_CHUNK) {
    const limit = at + MAX_CHUNK;
    let cut = -1;
    let space = -1;
    for (let i = limit; i > at + MAX_CHUNK / 4 && cut < 0; i--) {
      if (!/\s/.test(body[i]!)) continue;
      if (space < 0) space = i;
      if (SENTENCE_END.test(body.slice(Math.max(at, i - 4), i))) cut = i;
    }
    if (cut < 0) cut = space > 0 ? space : limit;
    if (cut < body.length && /[\uDC00-\uDFFF]/.test(body[cut]!)) cut--; // keep a surrogate pair whole
    out.push({ at, text: body.slice(at, cut) });
    at = cut;
  }
  out.push({ at, text: body.slice(at) });
  return out;
}

/**
 * Paragraphs are the non-blank lines (the seeds are one paragraph per line); sentences are
 * found within a paragraph, so a sentence never runs across a line break. Only word-like
 * segments are words (ICU keeps "Tajikistan’s" and "2,000" whole), so punctuation can never
 * be marked on its own. Sentences and paragraphs without a word are left out: there is
 * nothing in them to mark, and every sentence then has firstWord <= lastWord.
 */
export function segmentArticle(text: string, locale = 'en'): ArticleDoc {
  const sentenceSeg = segmenter(locale, 'sentence');
  const wordSeg = segmenter(locale, 'word');
  const doc: ArticleDoc = { text, words: [], sentences: [], paragraphs: [] };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const offset = lineStart;
    lineStart += line.length + 1;
    // Trim the paragraph range only ("\r" of CRLF files included); offsets stay in the original.
    const lead = LEADING_SPACE.exec(line)![0].length;
    if (lead === line.length) continue;
    const body = line.slice(lead, line.length - TRAILING_SPACE.exec(line)![0].length);
    const base = offset + lead;
    const paragraph: Paragraph = { index: doc.paragraphs.length, start: base, end: base + body.length, firstSentence: doc.sentences.length, lastSentence: -1 };

    // Words are segmented once per chunk (cheaper than once per sentence), then dealt out
    // to the sentences in order. A long paragraph is cut into chunks first: see chunksOf.
    for (const chunk of chunksOf(body)) {
      const at = base + chunk.at;
      const words = [...wordSeg.segment(chunk.text)].filter((w) => w.isWordLike);
      let w = 0;
      for (const s of sentenceSeg.segment(chunk.text)) {
        const sEnd = s.index + s.segment.length;
        const firstWord = doc.words.length;
        for (; w < words.length && words[w]!.index < sEnd; w++) {
          const { index, segment } = words[w]!;
          doc.words.push({
            index: doc.words.length,
            start: at + index,
            end: at + index + segment.length,
            text: segment,
            sentence: doc.sentences.length,
            paragraph: paragraph.index,
          });
        }
        if (doc.words.length === firstWord) continue;
        const start = at + s.index + LEADING_SPACE.exec(s.segment)![0].length;
        const end = at + sEnd - TRAILING_SPACE.exec(s.segment)![0].length;
        doc.sentences.push({ index: doc.sentences.length, start, end, paragraph: paragraph.index, firstWord, lastWord: doc.words.length - 1 });
      }
    }
    paragraph.lastSentence = doc.sentences.length - 1;
    if (paragraph.lastSentence >= paragraph.firstSentence) doc.paragraphs.push(paragraph);
  }
  return doc;
}

/**
 * The same document, segmented on first use. Opening a lesson shows the welcome step, which
 * needs no words; segmenting (and loading the ICU break data) then waits until the article
 * is shown or a mark is scored, which keeps a slow phone's first screen responsive.
 */
export function lazyArticleDoc(text: string, locale = 'en'): ArticleDoc {
  let doc: ArticleDoc | undefined;
  const get = () => (doc ??= segmentArticle(text, locale));
  return {
    text,
    get words() {
      return get().words;
    },
    get sentences() {
      return get().sentences;
    },
    get paragraphs() {
      return get().paragraphs;
    },
  };
}

/** First index i with words[i].end > offset, or words.length (binary search: O(log n)). */
function firstEndingAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The first and last words whose characters intersect the span [start, end), or null if
 * none do (an empty span, or one over spaces or punctuation only). A span that starts or
 * ends inside a word includes that whole word.
 */
export function wordRangeForSpan(doc: ArticleDoc, span: Span): [first: number, last: number] | null {
  if (span.end <= span.start) return null;
  const first = firstEndingAfter(doc.words, span.start);
  const w = doc.words[first];
  if (!w || w.start >= span.end) return null;
  // The first word ending at or after span.end may start after the span: then step back.
  let last = firstEndingAfter(doc.words, span.end - 1);
  if (last >= doc.words.length || doc.words[last]!.start >= span.end) last -= 1;
  return [first, last];
}

/** The span from the start of word `first` to the end of word `last`: a word-aligned mark. */
export function spanOfWords(doc: ArticleDoc, first: number, last: number): Span {
  return { start: doc.words[first]!.start, end: doc.words[last]!.end };
}

/** The sentence that word `i` belongs to. */
export function sentenceOfWord(doc: ArticleDoc, i: number): Sentence {
  return doc.sentences[doc.words[i]!.sentence]!;
}
