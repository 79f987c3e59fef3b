// The assignments a teacher made in this browser, so one can be reopened and shared again
// with the same id (a new id would split the class: results files are grouped by it). Kept in
// localStorage as records we define (the assignment as the link carries it, plus when it was
// made and last changed), newest first. Entries that fail the schema are skipped and counted,
// never thrown, and are left in storage until the list is next written.
import * as v from 'valibot';
import { AssignmentSchema, newAssignmentId, type Assignment } from './assignment';

const KEY = 'spotlight:assignments';
/** The assignment being built, so leaving the page and coming back keeps its id. */
const DRAFT_KEY = 'spotlight:assignment-draft';
/** Enough for a teacher's year; the oldest go first. */
const MAX_SAVED = 50;

const SavedSchema = v.object({
  assignment: AssignmentSchema,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  changedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type SavedAssignment = v.InferOutput<typeof SavedSchema>;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const store = (): Store | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked: the list lasts while the page is open
  }
};

function readList(storage: Store | undefined): { saved: SavedAssignment[]; skipped: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? '[]');
  } catch {
    return { saved: [], skipped: 1 };
  }
  if (!Array.isArray(raw)) return { saved: [], skipped: 1 };
  const saved: SavedAssignment[] = [];
  let skipped = 0;
  for (const entry of raw) {
    const r = v.safeParse(SavedSchema, entry);
    if (r.success && !saved.some((s) => s.assignment.id === r.output.assignment.id)) saved.push(r.output);
    else skipped++;
  }
  return { saved, skipped };
}

/** The saved assignments, newest change first, and how many stored entries could not be read. */
export function savedAssignments(storage = store()): { saved: SavedAssignment[]; skipped: number } {
  const r = readList(storage);
  return { saved: [...r.saved].sort((a, b) => b.changedAt.localeCompare(a.changedAt)), skipped: r.skipped };
}

function write(storage: Store | undefined, list: SavedAssignment[]): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(list.slice(0, MAX_SAVED)));
    return true;
  } catch {
    return false; // full or blocked: said by the caller
  }
}

/** Adds the assignment, or updates the one with its id (keeping when it was made). False if the browser refused. */
export function saveAssignment(a: Assignment, now: Date = new Date(), storage = store()): boolean {
  const { saved } = savedAssignments(storage);
  const old = saved.find((s) => s.assignment.id === a.id);
  if (old && JSON.stringify(old.assignment) === JSON.stringify(a)) return true; // reopened, not changed
  const at = now.toISOString();
  const entry: SavedAssignment = { assignment: a, createdAt: old?.createdAt ?? at, changedAt: at };
  return write(storage, [entry, ...saved.filter((s) => s.assignment.id !== a.id)]);
}

export function removeAssignment(id: string, storage = store()): boolean {
  return write(
    storage,
    savedAssignments(storage).saved.filter((s) => s.assignment.id !== id),
  );
}

const randomUnit = () => (globalThis.crypto?.getRandomValues ? globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32 : Math.random());

/**
 * The id of the assignment being built: the same on every visit until the teacher asks for a
 * new assignment (`fresh`), so coming back to the page never splits a class by accident.
 */
export function draftId(fresh = false, storage = store()): string {
  let id: string | null = null;
  try {
    id = fresh ? null : (storage?.getItem(DRAFT_KEY) ?? null);
  } catch {
    id = null;
  }
  if (id && /^[A-Za-z0-9_-]{6,32}$/.test(id)) return id;
  const made = newAssignmentId(randomUnit);
  try {
    storage?.setItem(DRAFT_KEY, made);
  } catch {
    /* storage blocked: the id lasts while the page is open */
  }
  return made;
}

/** Reopening a saved assignment makes it the one being built. */
export function setDraftId(id: string, storage = store()): void {
  try {
    storage?.setItem(DRAFT_KEY, id);
  } catch {
    /* storage blocked */
  }
}
