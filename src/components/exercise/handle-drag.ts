// Dragging an end handle of the selection (or of the mark under the cursor) with any pointer.
// Each move asks the browser which word is under the point (one elementFromPoint), never a
// loop over the words, so a drag costs the same in a 50,000-word article as in a short one.

/** Follows one pointer from a press on a handle until it is lifted or cancelled. */
export function dragHandle(box: HTMLElement, down: PointerEvent, onword: (w: number) => void, onend: () => void) {
  const word = (down.target as HTMLElement).closest<HTMLElement>('[data-w]');
  if (!word) return;
  // The handle hangs below its word, under the finger: aim at the line the word is on, so the
  // word being reached is the one above the finger, where the learner can see it.
  const r = word.getBoundingClientRect();
  const dy = r.top + r.height / 2 - down.clientY;
  let last = Number(word.dataset.w);
  // Captured by the listbox, the drag goes on over gaps and other lines, and while the
  // handle's own word is repainted.
  try {
    box.setPointerCapture(down.pointerId);
  } catch {
    // Not every pointer can be captured (a synthetic one): the window still hears it.
  }
  const move = (e: PointerEvent) => {
    if (e.pointerId !== down.pointerId) return;
    const el = document.elementFromPoint(e.clientX, e.clientY + dy)?.closest<HTMLElement>('[data-w]');
    if (!el || !box.contains(el)) return;
    const w = Number(el.dataset.w);
    if (w !== last) {
      last = w;
      onword(w);
    }
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== down.pointerId) return;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
    onend();
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}
