// The document title, in one place: a page names what is on screen (most specific first) and
// the app adds its own name. A screen-reader user hears the title when the tab changes, and
// a learner with many tabs open sees which lesson and step each one is on.
let parts = $state<string[]>([]);

export const APP_NAME = 'Spotlight';

/** Names the page until the caller's cleanup runs; returns that cleanup. */
export function namePage(...names: string[]): () => void {
  const mine = names.filter((n) => n.trim() !== '');
  parts = mine;
  return () => {
    if (parts === mine) parts = [];
  };
}

/** The title for the page's own names, or the fallback when the page has not named itself. */
export function documentTitle(fallback: string): string {
  return parts.length ? [...parts, APP_NAME].join(' – ') : fallback;
}
