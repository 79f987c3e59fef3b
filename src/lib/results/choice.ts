// Which submission counts when a student handed in more than once: the teacher's choice,
// kept in this browser.
import type { Choice } from './class-results';

const KEY = 'spotlight:results:counts';

export function loadChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Choice {
  try {
    return storage?.getItem(KEY) === 'best' ? 'best' : 'latest';
  } catch {
    return 'latest';
  }
}

export function saveChoice(choice: Choice, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, choice);
  } catch {
    /* storage blocked: the choice lasts while the page is open */
  }
}
