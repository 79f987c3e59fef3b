// What the live region says after each thing the exercise machine reports.
import { categoryLabel } from '../../lib/categories';
import { t } from '../../lib/i18n/i18n.svelte';
import type { ExerciseEmitted } from '../../machines/exercise-machine';
import type { PublicExercise } from '../../lib/types';
import type { ArticleDoc } from '../../lib/text/segment';
import { selectionRange, type Selection } from './cursor';

/** `hint` gives a hint's own text, so each hint is heard, not only that one was added. */
export function describeEvent(ev: ExerciseEmitted, text: string, ex: PublicExercise, hint: (itemId: string) => string): string {
  const quote = (m: { start: number; end: number }) => text.slice(m.start, m.end);
  switch (ev.type) {
    case 'marked':
      return t('announce.marked', { quote: quote(ev.mark), category: categoryLabel(ev.mark.category) });
    case 'unmarked':
      return t('announce.unmarked', { quote: quote(ev.mark) });
    case 'classified':
      return t('announce.classified', { quote: quote(ev.mark), category: categoryLabel(ev.mark.category) });
    case 'hinted':
      return t('announce.hinted', { hint: hint(ev.itemId) });
    case 'checked': {
      const r = ev.result;
      const found = r.items.filter((i) => i.status === 'found').length;
      const partial = r.items.filter((i) => i.status === 'partial').length;
      return [
        t('announce.checked', { points: r.points, max: r.max, found, total: ex.itemCount }),
        partial ? t('announce.partly', { count: partial }) : '',
        t('announce.wrong', { count: r.wrongMarkIds.length }),
      ]
        .filter(Boolean)
        .join(' ');
    }
  }
}

const wordsText = (doc: ArticleDoc, a: number, b: number) => doc.text.slice(doc.words[a]!.start, doc.words[b]!.end);

/**
 * What a key press in the article says beyond the focused word, which the screen reader
 * reads itself: the selection as a range (its size, first and last words), the sentence
 * after Up or Down, or that the selection was dropped. Reads at most a sentence or four
 * words, never the whole selection, so a press costs the same in any article.
 */
export function describeMove(doc: ArticleDoc, before: Selection, after: Selection, key: string): string {
  const range = selectionRange(after);
  if (range) {
    const [a, b] = range;
    const count = b - a + 1;
    if (count <= 3) return t('announce.selectedShort', { count, quote: wordsText(doc, a, b) });
    return t('announce.selected', { count, from: wordsText(doc, a, a + 1), to: wordsText(doc, b - 1, b) });
  }
  if (before.anchor !== null) return t('announce.selectionCleared');
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const s = doc.sentences[doc.words[after.cursor]!.sentence]!;
    return t('announce.sentence', { quote: doc.text.slice(s.start, s.end).trim() });
  }
  return '';
}
