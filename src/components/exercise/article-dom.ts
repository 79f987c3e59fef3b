// The marker's article as static DOM, built once and then patched word by word.
// Svelte's {#each} gave every word a block, a derived value and several effects: at 10,000
// words that was about 95,000 nodes and 60 MB, and starting an exercise blocked a phone for
// seconds. Here each word is one span (plus its text) made by cloning, built a slice at a
// time, and a change writes only the attributes of the words whose view changed
// (word-views.ts says which).
// Text goes in as text nodes only: the article is untrusted and is never parsed as HTML.
import type { ParagraphPieces } from '../../lib/text/pieces';
import type { ArticleDoc } from '../../lib/text/segment';
import { spokenWord, type WordView } from './word-views';

export interface ArticleDom {
  /** The span of each word, by word index; empty where its paragraph is not built yet. */
  words: HTMLElement[];
  /** The gaps drawn with the word that follows them (a gap inside a mark is marked too). */
  gapsBefore: Map<number, HTMLElement[]>;
  /** A plain word's accessible name when it differs from its text (punctuation next to it). */
  spoken: (w: number) => string | undefined;
  /** Builds the rest at once: the cursor went beyond what is built (Ctrl+End, a restored mark far down). */
  finish: () => void;
  /** Stops building (the exercise was left, or the article is built again). */
  stop: () => void;
}

/**
 * About a screen or two of words, built in the task that shows the exercise; the rest follows
 * in tasks of this size, so starting an exercise on a long article does not freeze the page
 * (a 10,000-word article in one task took 0.6 s on a throttled phone) and a key or tap in
 * between is answered at once.
 */
const SLICE_WORDS = 1000;
/** The first slice is laid out at once, being on screen: about a screen of words, no more. */
export const FIRST_SLICE_WORDS = 400;

/**
 * Builds the article into `box`: the first slice now, the others in later tasks. `built`
 * is called with each slice's word range once it is in the page, so the caller can paint
 * the words' current views (a restored mark, the cursor) on them.
 */
export function buildArticle(
  box: HTMLElement,
  id: string,
  doc: ArticleDoc,
  pieces: readonly ParagraphPieces[],
  paragraphLabel: (n: number) => string,
  built: (from: number, to: number) => void = () => {},
): ArticleDom {
  const spoken = (w: number) => {
    const name = spokenWord(doc, w);
    return name === doc.words[w]!.text ? undefined : name;
  };
  const words: HTMLElement[] = new Array<HTMLElement>(doc.words.length);
  const gapsBefore = new Map<number, HTMLElement[]>();
  const wordTemplate = document.createElement('span');
  wordTemplate.className = 'w';
  wordTemplate.setAttribute('role', 'option');
  wordTemplate.setAttribute('tabindex', '-1');
  // No aria-selected="false" on every word: screen readers then said "not selected" after
  // each one. Only the words of the pending selection carry aria-selected="true" (paintWord).
  const gapTemplate = document.createElement('span');
  gapTemplate.className = 'gap';
  gapTemplate.setAttribute('aria-hidden', 'true');
  const paraTemplate = document.createElement('p');
  paraTemplate.setAttribute('role', 'group');

  function paragraph(para: ParagraphPieces): HTMLElement {
    const p = paraTemplate.cloneNode(false) as HTMLElement;
    p.setAttribute('aria-label', paragraphLabel(para.index + 1));
    for (const piece of para.pieces) {
      if (piece.kind === 'word') {
        const w = piece.index;
        const el = wordTemplate.cloneNode(false) as HTMLElement;
        el.id = `${id}-w${w}`;
        el.dataset.w = String(w);
        el.append(doc.words[w]!.text);
        const name = spoken(w);
        if (name) el.setAttribute('aria-label', name);
        words[w] = el;
        p.append(el);
      } else {
        const el = gapTemplate.cloneNode(false) as HTMLElement;
        el.append(piece.text);
        const list = gapsBefore.get(piece.before);
        if (list) list.push(el);
        else gapsBefore.set(piece.before, [el]);
        p.append(el);
      }
    }
    return p;
  }

  let next = 0; // the first paragraph not built
  let wordsBuilt = 0;
  let stopped = false;
  /** Builds whole paragraphs until `limit` words are built (or all of them). */
  // Each slice is a block the browser skips while it is off screen (content-visibility in
  // app.css): one element to watch per 1,000 words rather than one per paragraph, which cost
  // every frame about 1 ms per 300 paragraphs. Its size until first seen is estimated from its
  // characters and the box's width; after that the browser remembers the real one.
  const perLine = Math.max(20, Math.floor((box.clientWidth || 600) / 9));
  function slice(limit: number) {
    const from = wordsBuilt;
    const part = document.createElement('div');
    part.className = 'slice';
    let chars = 0;
    let paras = 0;
    while (next < pieces.length && wordsBuilt < limit) {
      const para = pieces[next++]!;
      part.append(paragraph(para));
      paras++;
      for (const piece of para.pieces) {
        chars += piece.kind === 'word' ? doc.words[piece.index]!.text.length : piece.text.length;
        if (piece.kind === 'word') wordsBuilt = piece.index + 1;
      }
    }
    part.style.setProperty('contain-intrinsic-size', `auto ${Math.ceil(chars / perLine) * 2 + paras * 1.5}rem`);
    if (from === 0) box.replaceChildren(part);
    else box.append(part);
    built(from, wordsBuilt);
  }
  // One slice a frame: slices in back-to-back tasks would keep the browser from drawing in
  // between, and what the learner does meanwhile would wait for all of them to show.
  const afterFrame = (run: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : setTimeout(run, 0));
  function later() {
    if (stopped || next >= pieces.length) return;
    afterFrame(() => {
      if (stopped || next >= pieces.length) return;
      slice(wordsBuilt + SLICE_WORDS);
      later();
    });
  }
  slice(FIRST_SLICE_WORDS);
  later();
  return {
    words,
    gapsBefore,
    spoken,
    finish() {
      if (next < pieces.length) slice(Infinity);
    },
    stop: () => {
      stopped = true;
    },
  };
}

/** Writes what differs between the view a word has on screen and the one it should have. */
export function paintWord(dom: ArticleDom, w: number, from: WordView, to: WordView) {
  const el = dom.words[w];
  if (!el) return;
  if (from.cls !== to.cls) el.className = to.cls;
  if (from.tab !== to.tab) el.tabIndex = to.tab;
  if (from.selected !== to.selected) {
    if (to.selected) el.setAttribute('aria-selected', 'true');
    else el.removeAttribute('aria-selected');
  }
  if (from.label !== to.label) {
    const label = to.label ?? dom.spoken(w);
    if (label === undefined) el.removeAttribute('aria-label');
    else el.setAttribute('aria-label', label);
  }
  if (from.tag !== to.tag) {
    const first = el.firstElementChild;
    const old = first?.classList.contains('tag') ? first : null;
    if (to.tag === null) old?.remove();
    else if (old) old.textContent = `${to.tag} `;
    else {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.setAttribute('aria-hidden', 'true');
      tag.textContent = `${to.tag} `;
      el.prepend(tag);
    }
  }
  if (from.handle !== to.handle) {
    for (const h of el.querySelectorAll(':scope > .handle')) h.remove();
    if (to.handle === 'start' || to.handle === 'both') el.append(handle('start'));
    if (to.handle === 'end' || to.handle === 'both') el.append(handle('end'));
  }
  if (from.gap !== to.gap) for (const gap of dom.gapsBefore.get(w) ?? []) gap.className = to.gap;
}

/**
 * A drag handle at one end of the selection or of the mark under the cursor: an empty,
 * hidden span in the word, so it follows the text as it reflows. Only handles take
 * `touch-action: none` (app.css), so a swipe anywhere else in the article still scrolls.
 */
function handle(end: 'start' | 'end'): HTMLElement {
  const h = document.createElement('span');
  h.className = `handle ${end}`;
  h.dataset.handle = end;
  h.setAttribute('aria-hidden', 'true');
  return h;
}
