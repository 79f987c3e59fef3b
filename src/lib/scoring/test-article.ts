// Short made-up articles for scoring tests: each quote must occur once, so every span is
// unambiguous, and marks get fresh ids in order.
import { segmentArticle } from '../text/segment';
import type { AnchoredItem, AnchoredSupported, Attribution, Mark, MarkCategory, Span } from '../types';

export function article(text: string) {
  const doc = segmentArticle(text);
  const spanOf = (exact: string): Span => {
    const start = text.indexOf(exact);
    if (start < 0 || text.indexOf(exact, start + 1) >= 0) throw new Error(`not once in the article: ${exact}`);
    return { start, end: start + exact.length };
  };
  const item = (id: string, exact: string, attribution?: Attribution): AnchoredItem => ({
    id,
    explanation: `Why ${exact}`,
    hint: `Hint ${id}`,
    target: [{ type: 'TextQuoteSelector', exact }],
    span: spanOf(exact),
    ...(attribution ? { attribution } : {}),
  });
  const passage = (id: string, exact: string): AnchoredSupported => ({
    id,
    explanation: `Fine: ${exact}`,
    hint: `Hint ${id}`,
    target: [{ type: 'TextQuoteSelector', exact }],
    span: spanOf(exact),
  });
  let n = 0;
  const mark = (exact: string, category: MarkCategory): Mark => ({ id: `m${++n}`, ...spanOf(exact), category });
  return { doc, spanOf, item, passage, mark };
}
