// How each word of the marker looks and is named, as plain data. The marker keeps these in
// fine-grained state and writes only the words whose view changed, so marking a span in a
// 10,000-word article re-renders a handful of words, not all of them.
import { categoryLabel, categoryTag } from '../../lib/categories';
import { t } from '../../lib/i18n/i18n.svelte';
import { wordOwners } from '../../lib/text/pieces';
import { wordRangeForSpan } from '../../lib/text/segment';
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
  /** Drag handles on this word: it starts or ends the selection, or the mark under the cursor. */
  handle: Handle;
}
export type Handle = 'start' | 'end' | 'both' | null;
export interface Overlay {
  /** Feedback per mark id. */
  status: Record<string, 'found' | 'partial' | 'wrong'>;
  /** Key items the learner missed, shown once answers are revealed. */
  missed: Span[];
}

const ICON = { found: '✓ ', partial: '◐ ', wrong: '✗ ' } as const;

// Most words are plain: they share one object, so a long article allocates little.
export const PLAIN: WordView = Object.freeze({ cls: 'w', gap: 'gap', label: undefined, tag: null, tab: -1, selected: false, handle: null });

/**
 * The word as a screen reader names it: with the punctuation that touches it, which the
 * article draws outside the options (as gaps) and so would otherwise never be heard. A quote
 * opened and never closed is what the sources key turns on. Only a few characters either
 * side are looked at, so this costs the same for any gap.
 */
export function spokenWord(doc: ArticleDoc, w: number): string {
  const word = doc.words[w]!;
  const before = doc.text.slice(Math.max(doc.words[w - 1]?.end ?? 0, word.start - 12), word.start);
  const after = doc.text.slice(word.end, Math.min(doc.words[w + 1]?.start ?? doc.text.length, word.end + 12));
  return `${/\S*$/.exec(before)![0]}${word.text}${/^\S*/.exec(after)![0]}`;
}

/** What one word's view depends on: the marks and feedback over it, the selection, the cursor. */
export interface ViewInput {
  marks: readonly Mark[];
  overlay: Overlay | null;
  range: [number, number] | null;
  cursor: number;
  /** The words that carry drag handles (first and last), or null for none. */
  handles?: [number, number] | null;
}
interface Owners {
  owner: Int32Array;
  missed: Int32Array | null;
}
const ownersOf = (doc: ArticleDoc, v: ViewInput): Owners => ({
  owner: wordOwners(doc, v.marks),
  missed: v.overlay ? wordOwners(doc, v.overlay.missed) : null,
});

function wordView(doc: ArticleDoc, w: number, v: ViewInput, { owner, missed }: Owners): WordView {
  const { marks, overlay, range, cursor, handles } = v;
  const m = owner[w]!;
  const x = missed?.[w] ?? -1;
  const inRange = range !== null && w >= range[0] && w <= range[1];
  if (m < 0 && x < 0 && !inRange && w !== cursor) return PLAIN;
  const handle: Handle = !handles ? null : w === handles[0] ? (w === handles[1] ? 'both' : 'start') : w === handles[1] ? 'end' : null;
  const base = { tab: w === cursor ? (0 as const) : (-1 as const), selected: inRange, handle };
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
      label: `${tag ? `${tag} ` : ''}${spokenWord(doc, w)}, ${categoryLabel(mark.category)}${st ? `, ${t(`word.${st}`)}` : ''}`,
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
      label: `${tag ? `${tag} ` : ''}${t('word.missed', { word: spokenWord(doc, w) })}`,
      tag,
    };
  }
  return { ...base, cls: `w${selected}`, gap: 'gap', label: undefined, tag: null };
}

/** What a freshly built article shows: every word plain, no cursor yet. */
export const BLANK: ViewInput = Object.freeze({ marks: [], overlay: null, range: null, cursor: -1 });

/** Every word's view. */
export function wordViews(doc: ArticleDoc, v: ViewInput): WordView[] {
  const owners = ownersOf(doc, v);
  return doc.words.map((_, w) => wordView(doc, w, v, owners));
}

/**
 * The words whose view may differ from `prev` to `next`, with their new views: every word
 * when there is no `prev` or the feedback changed, else only the words of the marks added or
 * removed (and the word after each, whose gap and tag depend on it), of both selections and
 * both cursors. Marking in a 50,000-word article then computes a handful of views, not 50,000.
 */
export function changedViews(doc: ArticleDoc, prev: ViewInput | null, next: ViewInput): [number, WordView][] {
  if (!prev || prev.overlay !== next.overlay) return wordViews(doc, next).map((view, w) => [w, view]);
  const words = new Set<number>();
  const add = (a: number, b: number) => {
    for (let w = Math.max(0, a); w <= b && w < doc.words.length; w++) words.add(w);
  };
  const before = new Set(prev.marks);
  const after = new Set(next.marks);
  for (const m of [...next.marks.filter((x) => !before.has(x)), ...prev.marks.filter((x) => !after.has(x))]) {
    const r = wordRangeForSpan(doc, m);
    if (r) add(r[0], r[1] + 1);
  }
  for (const r of [prev.range, next.range]) if (r) add(r[0], r[1]);
  add(prev.cursor, prev.cursor);
  add(next.cursor, next.cursor);
  for (const h of [prev.handles, next.handles]) if (h) for (const w of h) add(w, w);
  const owners = ownersOf(doc, next);
  return [...words].map((w) => [w, wordView(doc, w, next, owners)]);
}

export const sameView = (a: WordView | undefined, b: WordView) =>
  a === b ||
  (a !== undefined &&
    a.cls === b.cls &&
    a.gap === b.gap &&
    a.label === b.label &&
    a.tag === b.tag &&
    a.tab === b.tab &&
    a.selected === b.selected &&
    a.handle === b.handle);
