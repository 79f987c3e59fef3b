// Keeps keyboard focus somewhere meaningful when the focused control goes away: a Remove
// button whose mark is removed, Show answers once the answers are shown, the last hint's
// button when it is disabled, the toolbar when it closes. Without this the browser drops
// focus to <body>, and a keyboard or screen-reader user starts again from the top of the
// page (WCAG 2.4.3). Chromium fires no event when a focused element is removed, disabled or
// hidden, so changes inside the root are watched and focus is checked after each.

/** Whether focus has been lost: nothing, or the page itself, has it. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

function gone(el: Element): boolean {
  if (!el.isConnected) return true;
  if ((el as HTMLButtonElement).disabled) return true;
  return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

/**
 * Watches `root`; when the element that had focus inside it goes away and nothing else has
 * taken focus, `fallback(lost)` chooses where focus goes (given the element that was lost).
 */
export function keepFocus(root: HTMLElement, fallback: (lost: Element) => HTMLElement | null | undefined): () => void {
  let last: Element | null = null;
  const onFocusIn = (e: FocusEvent) => (last = e.target as Element);
  const check = () => {
    if (!last || !focusLost() || !gone(last)) return;
    const lost = last;
    last = null;
    const to = fallback(lost);
    if (to?.isConnected) to.focus();
  };
  // Changes land in a microtask batch; the check runs once the view has settled after them.
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      check();
    }, 0);
  };
  const observer = new MutationObserver(queue);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', queue);
  return () => {
    observer.disconnect();
    root.removeEventListener('focusin', onFocusIn);
    root.removeEventListener('focusout', queue);
  };
}
