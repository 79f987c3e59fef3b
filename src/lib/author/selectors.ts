// An item's place in the article as W3C selectors: the quote with ~32 characters of context
// either side (more when that is not enough to tell repeats apart), plus its position.
import { anchor, describeSpan, occurrences } from '../anchoring/anchor';
import { segmenter } from '../text/segment';
import type { Selector } from '../lesson/schema';
import type { Span } from '../types';

const CONTEXT = 32;
const MAX_CONTEXT = 1024;

/** The selectors for `span`; the quote alone (no position) anchors back to exactly this span. */
export function buildTarget(text: string, span: Span): Selector[] {
  for (let context = CONTEXT; ; context *= 2) {
    const [quote, position] = describeSpan(text, span, context);
    const found = anchor(text, [quote]);
    const unique = found.ok && found.span.start === span.start;
    if (unique || context >= MAX_CONTEXT) return [quote, position];
  }
}

/** Every start offset of `exact` in `text` (what the "find text" field offers to add). */
export const findAll = occurrences;

/**
 * `span` widened to whole words, as learners' marks are (they mark words, never parts of
 * one), so a teacher who selects "betray" in "betrayed" gets the item "betrayed". Words are
 * what Intl.Segmenter calls word-like, in a window around the span (enough for any word).
 */
export function snapToWords(text: string, span: Span, language = 'en'): Span {
  const from = Math.max(0, span.start - 64);
  const to = Math.min(text.length, span.end + 64);
  let { start, end } = span;
  for (const w of segmenter(language, 'word').segment(text.slice(from, to))) {
    if (!w.isWordLike) continue;
    const ws = from + w.index;
    const we = ws + w.segment.length;
    if (ws < span.start && span.start < we) start = ws;
    if (ws < span.end && span.end < we) end = we;
  }
  return { start, end };
}
