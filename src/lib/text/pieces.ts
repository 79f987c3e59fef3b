// Splits each paragraph into word pieces and the text between words, once per article,
// so the marker renders every character of the original text and nothing else.
import { wordRangeForSpan, type ArticleDoc } from './segment';

export type Piece = { kind: 'word'; index: number } | { kind: 'gap'; text: string; before: number };
export interface ParagraphPieces {
  index: number;
  pieces: Piece[];
}

export function paragraphPieces(doc: ArticleDoc): ParagraphPieces[] {
  return doc.paragraphs.map((p) => {
    const pieces: Piece[] = [];
    let pos = p.start;
    const first = doc.sentences[p.firstSentence]?.firstWord ?? 0;
    const last = doc.sentences[p.lastSentence]?.lastWord ?? -1;
    for (let w = first; w <= last; w++) {
      const word = doc.words[w]!;
      // `before` is the word that follows the gap: a gap inside a mark is drawn as marked.
      if (word.start > pos) pieces.push({ kind: 'gap', text: doc.text.slice(pos, word.start), before: w });
      pieces.push({ kind: 'word', index: w });
      pos = word.end;
    }
    if (pos < p.end) pieces.push({ kind: 'gap', text: doc.text.slice(pos, p.end), before: last + 1 });
    return { index: p.index, pieces };
  });
}

/** For each word, the index of the span (in `spans`) that covers it, or -1. */
export function wordOwners(doc: ArticleDoc, spans: readonly { start: number; end: number }[]): Int32Array {
  const owners = new Int32Array(doc.words.length).fill(-1);
  spans.forEach((s, si) => {
    const range = wordRangeForSpan(doc, s);
    if (range) owners.fill(si, range[0], range[1] + 1);
  });
  return owners;
}
