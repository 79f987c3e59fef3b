// Paragraph numbers on paper, one rule for the worksheet, the printed key and its answer
// grid: only the article's body is numbered. A headline that repeats the article's title and
// the byline or dateline under it are the article's "front matter": printed, but not counted,
// so that "paragraph 2" in a hint, on the worksheet and in the key is the same paragraph.
import type { ArticleDoc } from '../../lib/text/segment';
import type { Span } from '../../lib/types';

export interface NumberedParagraph extends Span {
  /** 1-based among the body paragraphs; null for the headline and byline lines. */
  n: number | null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A line that ends a sentence ends with a full stop, !, ?, … or a colon, maybe then a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?…:;؟。][\p{Pf}\p{Pe}"'»]*$/u;
/** A byline or dateline is short: a name, an outlet, a date. */
const BYLINE_MAX = 200;

function isBylineLine(text: string, byline: string | undefined): boolean {
  const line = squash(text);
  const name = squash((byline ?? '').replace(/^by\s+/i, ''));
  if (name && line.includes(name)) return true;
  return line.length <= BYLINE_MAX && !ENDS_SENTENCE.test(line);
}

/**
 * The paragraphs with their printed numbers. Front matter is at most a first line equal to
 * the title and, right under it (or first, when there is no headline), one byline line: one
 * that names the byline, or a short line that is not a sentence ("By Priya Salter, The Harwick
 * Courier, Sunday 8 March 2026"). Everything after it is numbered from 1.
 */
export function numberParagraphs(doc: ArticleDoc, meta: { title: string; byline?: string | undefined }): NumberedParagraph[] {
  const texts = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
  let front = 0;
  if (texts.length > 1 && squash(texts[0]!) === squash(meta.title)) front = 1;
  if (front < texts.length - 1 && isBylineLine(texts[front]!, meta.byline)) front += 1;
  return doc.paragraphs.map((p, i) => ({ start: p.start, end: p.end, n: i < front ? null : i - front + 1 }));
}

/** The paragraph an offset falls in (an item's start), or undefined outside every paragraph. */
export const paragraphAt = (paragraphs: readonly NumberedParagraph[], offset: number) => paragraphs.find((p) => offset >= p.start && offset < p.end);
