// Short plain text for the printed answer grid: a quote or an explanation cut to fit one
// table cell. Lesson Markdown loses its markers here (the grid is plain text, never HTML).
import { segmenter } from '../../lib/text/segment';

/** Lesson Markdown as the words a reader sees: emphasis, code and link markers removed. */
export const plainMarkdown = (s: string) =>
  s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();

/** At most `max` characters, cut at a space when there is one near the end, with an ellipsis. */
export function shorten(s: string, max: number): string {
  const text = s.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The first sentence of a text, in its language's sentence rules. */
export function firstSentence(s: string, locale: string): string {
  for (const seg of segmenter(locale, 'sentence').segment(s)) return seg.segment.trim();
  return s;
}
