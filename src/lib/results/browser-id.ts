// A random id made once per browser and kept in localStorage. It goes into results files so
// two students with the same name are two students, and one student's second hand-in is the
// same student. It names a browser, not a person: it is not an account and proves nothing.
const KEY = 'spotlight:browser-id';
const PATTERN = /^[A-Za-z0-9_-]{8,40}$/;
let fallback = '';

function fresh(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => alphabet[b % alphabet.length]).join('');
}

/** This browser's id; when storage is blocked, one for as long as the page is open. */
export function browserId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): string {
  try {
    const kept = storage?.getItem(KEY);
    if (kept && PATTERN.test(kept)) return kept;
    const made = fresh();
    storage?.setItem(KEY, made);
    return made;
  } catch {
    return (fallback ||= fresh());
  }
}

/** The first characters, enough to tell a class's browsers apart in a table or a CSV. */
export const shortBrowserId = (id: string | null): string => (id ? id.slice(0, 6) : '');
