// Keeps where the learner was in an exercise across a reload of the tab (see
// lib/progress/view-state.ts): the cursor and selection, the kind for new marks, and the
// scroll position, held as the word at a fixed height on the screen (a pixel offset would
// not survive the article being built in slices with estimated sizes).
import { parseViewState, viewStateKey, viewStorage, type ViewState } from '../../lib/progress/view-state';

type Where = Pick<ViewState, 'cursor' | 'anchor' | 'category'>;
/** The height, as a share of the window, whose word is remembered. */
const PROBE = 0.3;

export function viewKeeper(exerciseId: string, words: number, categories: readonly string[]) {
  const store = viewStorage();
  const key = viewStateKey(location.hash, exerciseId);
  let raw: string | null = null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    /* storage refused: nothing to restore */
  }
  const restored = parseViewState(raw, words, categories);
  let where: Where | null = restored;
  let root: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function topWord(): ViewState['top'] {
    const box = root?.querySelector('[role=listbox]')?.getBoundingClientRect();
    if (!box || box.bottom < 0 || box.top > innerHeight) return null;
    const y = innerHeight * PROBE;
    for (const share of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      const el = document.elementFromPoint(box.left + box.width * share, y)?.closest<HTMLElement>('[data-w]');
      if (el) return { word: Number(el.dataset['w']), offset: el.getBoundingClientRect().top };
    }
    return null;
  }
  function write() {
    clearTimeout(timer);
    if (!where || !store) return;
    try {
      store.setItem(key, JSON.stringify({ v: 1, ...where, top: topWord() } satisfies ViewState));
    } catch {
      /* full or refused: the view is a convenience, the work itself is saved elsewhere */
    }
  }
  // Written a moment later, off the path from a key press to its painted frame.
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(write, 250);
  };

  return {
    restored,
    /** Called with every change of cursor, selection or kind. */
    note(now: Where) {
      where = now;
      soon();
    },
    /** Watches scrolling inside the page and puts the screen back where it was; returns the stop. */
    attach(el: HTMLElement, focusCursor: () => void): () => void {
      root = el;
      let stopped = false;
      if (restored) {
        // After the marker has built the restored cursor's part of the article and painted it.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (stopped) return;
            const word = restored.top && el.querySelector<HTMLElement>(`[data-w="${restored.top.word}"]`);
            if (word && restored.top) scrollBy(0, word.getBoundingClientRect().top - restored.top.offset);
            focusCursor();
          }),
        );
      }
      addEventListener('scroll', soon, { passive: true });
      addEventListener('pagehide', write);
      return () => {
        stopped = true;
        write();
        removeEventListener('scroll', soon);
        removeEventListener('pagehide', write);
      };
    },
  };
}
