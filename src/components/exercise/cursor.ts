// Keyboard movement over the words of an article, as a pure function so every key
// can be tested without a DOM. A selection is a cursor plus an optional anchor: with
// an anchor, every word between the two is selected.
import type { ArticleDoc } from '../../lib/text/segment';

export interface Selection {
  cursor: number;
  anchor: number | null;
}

export function selectionRange(sel: Selection): [number, number] | null {
  if (sel.anchor === null) return null;
  return [Math.min(sel.anchor, sel.cursor), Math.max(sel.anchor, sel.cursor)];
}

/** The words a mark would cover now: the selection, or the word under the cursor. */
export function wordsToMark(sel: Selection): [number, number] {
  return selectionRange(sel) ?? [sel.cursor, sel.cursor];
}

export function sentenceSelection(doc: ArticleDoc, cursor: number): Selection {
  const s = doc.sentences[doc.words[cursor]!.sentence]!;
  return { anchor: s.firstWord, cursor: s.lastWord };
}

export function nextCursor(doc: ArticleDoc, sel: Selection, key: string, shift: boolean, ctrl: boolean): Selection | null {
  const last = doc.words.length - 1;
  const here = doc.words[sel.cursor]!;
  const sentence = doc.sentences[here.sentence]!;
  let to: number;
  switch (key) {
    case 'ArrowRight':
      to = Math.min(sel.cursor + 1, last);
      break;
    case 'ArrowLeft':
      to = Math.max(sel.cursor - 1, 0);
      break;
    case 'ArrowDown': {
      // With Shift, extend to the end of this sentence first, then sentence by sentence.
      if (shift && sel.cursor < sentence.lastWord) to = sentence.lastWord;
      else if (shift) to = doc.sentences[here.sentence + 1]?.lastWord ?? last;
      else to = doc.sentences[here.sentence + 1]?.firstWord ?? sentence.firstWord;
      break;
    }
    case 'ArrowUp': {
      if (shift && sel.cursor > sentence.firstWord) to = sentence.firstWord;
      else if (shift) to = doc.sentences[here.sentence - 1]?.firstWord ?? 0;
      else to = sel.cursor > sentence.firstWord ? sentence.firstWord : (doc.sentences[here.sentence - 1]?.firstWord ?? 0);
      break;
    }
    case 'Home':
      to = ctrl ? 0 : sentence.firstWord;
      break;
    case 'End':
      to = ctrl ? last : sentence.lastWord;
      break;
    case 's':
    case 'S':
      return shift || ctrl ? null : sentenceSelection(doc, sel.cursor);
    case 'Escape':
      return sel.anchor === null ? null : { cursor: sel.cursor, anchor: null };
    default:
      return null;
  }
  return shift ? { cursor: to, anchor: sel.anchor ?? sel.cursor } : { cursor: to, anchor: null };
}
