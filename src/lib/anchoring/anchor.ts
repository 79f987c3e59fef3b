// Anchors W3C Web Annotation selectors in a text the way the Hypothesis client does:
// the position first, trusted only if the text there is still the quote; then a search
// for the quote, with prefix and suffix to choose between repeats. No fuzzy matching:
// for an answer key a loud "not found" beats a silently shifted item.
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../lesson/schema';
import type { Span } from '../types';

export type AnchorResult =
  | { ok: true; span: Span; via: 'position' | 'quote'; positionStale: boolean }
  | { ok: false; reason: 'not-found' | 'ambiguous'; occurrences: number };

export function anchor(text: string, selectors: readonly Selector[]): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote) {
    if (position && position.end <= text.length) return { ok: true, span: { start: position.start, end: position.end }, via: 'position', positionStale: false };
    return { ok: false, reason: 'not-found', occurrences: 0 };
  }
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { ok: true, span: { start: position.start, end: position.end }, via: 'position', positionStale: false };
  }
  const starts: number[] = [];
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) starts.push(i);
  let matches = starts;
  if (matches.length > 1) {
    matches = starts.filter((i) => {
      const end = i + quote.exact.length;
      return (!quote.prefix || text.slice(0, i).endsWith(quote.prefix)) && (!quote.suffix || text.slice(end).startsWith(quote.suffix));
    });
  }
  if (matches.length === 1) {
    const start = matches[0]!;
    return { ok: true, span: { start, end: start + quote.exact.length }, via: 'quote', positionStale: position !== undefined };
  }
  return starts.length === 0
    ? { ok: false, reason: 'not-found', occurrences: 0 }
    : { ok: false, reason: 'ambiguous', occurrences: starts.length };
}

/** The selector pair for a span: how learner marks and authored items are described. */
export function describeSpan(text: string, span: Span, context = 32): [TextQuoteSelector, TextPositionSelector] {
  const prefix = text.slice(Math.max(0, span.start - context), span.start);
  const suffix = text.slice(span.end, span.end + context);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}
