// Anchors W3C Web Annotation selectors in a text the way the Hypothesis client does:
// the position first, trusted only if the text there is still the quote; then a search
// for the quote, with prefix and suffix to choose between repeats. No fuzzy matching:
// for an answer key a loud "not found" beats a silently shifted item.
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../lesson/schema';
import type { Span } from '../types';

export type AnchorResult =
  { ok: true; span: Span; via: 'position' | 'quote'; positionStale: boolean } | { ok: false; reason: 'not-found' | 'ambiguous'; occurrences: number };

/** Every start offset of `exact` in `text`, overlapping repeats included. */
export function occurrences(text: string, exact: string): number[] {
  if (!exact) return [];
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) starts.push(i);
  return starts;
}

/** Whether the text before `start` ends with the prefix and the text after `end` starts with the suffix. */
function contextFits(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const { prefix, suffix } = quote;
  // startsWith with a negative position would clamp to 0 and wrongly match: check the room first.
  if (prefix && (start < prefix.length || !text.startsWith(prefix, start - prefix.length))) return false;
  if (suffix && !text.startsWith(suffix, end)) return false;
  return true;
}

export function anchor(text: string, selectors: readonly Selector[]): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const positionFits = position !== undefined && position.start >= 0 && position.start < position.end && position.end <= text.length;
  if (!quote) {
    // The schema always gives a quote; without one a position can only be taken on trust.
    return positionFits
      ? { ok: true, span: { start: position.start, end: position.end }, via: 'position', positionStale: false }
      : { ok: false, reason: 'not-found', occurrences: 0 };
  }
  // An empty quote would "occur" everywhere (and never stop the search): refuse it.
  if (quote.exact === '') return { ok: false, reason: 'not-found', occurrences: 0 };
  if (positionFits && text.slice(position.start, position.end) === quote.exact) {
    return { ok: true, span: { start: position.start, end: position.end }, via: 'position', positionStale: false };
  }
  const starts = occurrences(text, quote.exact);
  const len = quote.exact.length;
  const matches = starts.length > 1 ? starts.filter((i) => contextFits(text, i, i + len, quote)) : starts;
  if (matches.length === 1) {
    const start = matches[0]!;
    return { ok: true, span: { start, end: start + len }, via: 'quote', positionStale: position !== undefined };
  }
  return starts.length === 0 ? { ok: false, reason: 'not-found', occurrences: 0 } : { ok: false, reason: 'ambiguous', occurrences: starts.length };
}

/**
 * The selector pair for a span: how authored items and learner marks are described.
 * prefix/suffix are up to `context` characters either side, left out at the ends of the text.
 */
export function describeSpan(text: string, span: Span, context = 32): [TextQuoteSelector, TextPositionSelector] {
  const prefix = text.slice(Math.max(0, span.start - context), span.start);
  const suffix = text.slice(span.end, span.end + context);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}
