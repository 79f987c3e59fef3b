// How each word of the marker looks and is named, as plain data. The marker keeps these in
// fine-grained state and writes only the words whose view changed, so marking a span in a
// 10,000-word article re-renders a handful of words, not all of them.
import { categoryLabel, categoryTag } from '../../lib/categories';
import { t } from '../../lib/i18n/i18n.svelte';
import { wordOwners } from '../../lib/text/pieces';
import type { ArticleDoc } from '../../lib/text/segment';
import type { Mark, Span } from '../../lib/types';

export interface WordView {
  cls: string;
  /** Class of the text between the previous word and this one. */
  gap: string;
  label: string | undefined;
  tag: string | null;
  /** Roving tabindex: 0 for the cursor word only. */
  tab: 0 | -1;
  selected: boolean;
}
export interface Overlay {
  /** Feedback per mark id. */
  status: Record<string, 'found' | 'partial' | 'wrong'>;
  /** Key items the learner missed, shown once answers are revealed. */
  missed: Span[];
}

const ICON = { found: '✓ ', partial: '◐ ', wrong: '✗ ' } as const;

// Most words are plain: they share one object, so a long article allocates little.
export const PLAIN: WordView = Object.freeze({ cls: 'w', gap: 'gap', label: undefined, tag: null, tab: -1, selected: false });

export function wordViews(doc: ArticleDoc, marks: readonly Mark[], overlay: Overlay | null, range: [number, number] | null, cursor: number): WordView[] {
  const owner = wordOwners(doc, marks);
  const missed = overlay ? wordOwners(doc, overlay.missed) : null;
  return doc.words.map((word, w) => {
    const m = owner[w]!;
    const x = missed?.[w] ?? -1;
    const inRange = range !== null && w >= range[0] && w <= range[1];
    if (m < 0 && x < 0 && !inRange && w !== cursor) return PLAIN;
    const base = { tab: w === cursor ? (0 as const) : (-1 as const), selected: inRange };
    const selected = inRange ? ' sel' : '';
    if (m >= 0) {
      const mark = marks[m]!;
      const st = overlay?.status[mark.id];
      // The visible tag text starts the accessible name (WCAG 2.5.3, label in name).
      const tag = m === (owner[w - 1] ?? -1) ? null : `${st ? ICON[st] : ''}${categoryTag(mark.category)}`;
      return {
        ...base,
        cls: `w marked cat-${mark.category}${st ? ` st-${st}` : ''}${selected}`,
        gap: m === (owner[w - 1] ?? -1) ? `gap marked cat-${mark.category}` : 'gap',
        label: `${tag ? `${tag} ` : ''}${word.text}, ${categoryLabel(mark.category)}${st ? `, ${t(`word.${st}`)}` : ''}`,
        tag,
      };
    }
    if (x >= 0) {
      const first = x !== (missed?.[w - 1] ?? -1);
      const tag = first ? t('word.missedTag') : null;
      return {
        ...base,
        cls: `w missed${selected}`,
        gap: first ? 'gap' : 'gap missed',
        label: `${tag ? `${tag} ` : ''}${t('word.missed', { word: word.text })}`,
        tag,
      };
    }
    return { ...base, cls: `w${selected}`, gap: 'gap', label: undefined, tag: null };
  });
}

export const sameView = (a: WordView | undefined, b: WordView) =>
  a === b || (a !== undefined && a.cls === b.cls && a.gap === b.gap && a.label === b.label && a.tag === b.tag && a.tab === b.tab && a.selected === b.selected);
