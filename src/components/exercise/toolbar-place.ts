// Where the marking toolbar sits, and keeping the learner's word clear of it (WCAG 2.4.11).
// The toolbar sticks to the bottom of the screen, except when the press that opened it was
// in the lower part of the screen: then it goes to the top, so it never appears under the
// finger that summoned it (and a second tap cannot land on it by accident).

/** The share of the window below which a press sends the toolbar to the top. */
const LOWER = 0.55;
let lastPress: { y: number; at: number } | null = null;
if (typeof window !== 'undefined') {
  addEventListener('pointerdown', (e) => (lastPress = { y: e.clientY, at: e.timeStamp }), { capture: true, passive: true });
  addEventListener('keydown', () => (lastPress = null), { capture: true, passive: true });
}

/** Top when the toolbar is opened by a press low on the screen; bottom otherwise (keys too). */
export function placeFor(): 'top' | 'bottom' {
  return lastPress && lastPress.y > innerHeight * LOWER ? 'top' : 'bottom';
}

/**
 * Scrolls the least needed so `word` is clear of `bar` (with a small margin). Reads two boxes
 * once: called in an animation frame, that is the layout the frame is about to paint anyway.
 */
export function keepClear(word: Element | null, bar: Element | null): void {
  if (!word || !bar) return;
  const w = word.getBoundingClientRect();
  const b = bar.getBoundingClientRect();
  const gap = 8;
  if (w.bottom <= b.top - gap || w.top >= b.bottom + gap) return; // clear already
  if (w.bottom < 0 || w.top > innerHeight) return; // off screen: focus brings it back
  const atTop = b.top <= 0 + 1;
  scrollBy({ top: atTop ? w.top - b.bottom - gap : w.bottom - b.top + gap });
}
