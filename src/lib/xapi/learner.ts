// Who the statements are about, outside an LMS: a random id kept in this browser (no
// accounts), and the name the learner typed, if any.
import type { Actor } from './statements';

const ID_KEY = 'spotlight:learner-id';
const NAME_KEY = 'spotlight:learner-name';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function learnerName(): string {
  return read(NAME_KEY) ?? '';
}
export function setLearnerName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.trim().slice(0, 100));
  } catch {
    /* not kept: statements go without a name */
  }
}
function learnerId(): string {
  let id = read(ID_KEY);
  if (!id) {
    id = crypto.randomUUID();
    try {
      localStorage.setItem(ID_KEY, id);
    } catch {
      /* a new id next time; statements still go */
    }
  }
  return id;
}

export function browserActor(homePage: string): Actor {
  const name = learnerName();
  return { objectType: 'Agent', ...(name ? { name } : {}), account: { homePage, name: learnerId() } };
}
