// The teacher's imported results, kept in this browser's IndexedDB (idb-keyval): nothing
// is uploaded anywhere. Several tabs may have the results page open, so a tab never writes
// the list it shows: it adds its files to what is stored, in one transaction. Every stored
// entry is checked again on reading, as a picked file is: a damaged one is skipped and
// named, and left as it was (removing all results removes it).
import { createStore, get, set, update } from 'idb-keyval';
import { checkResults, type ReadError, type ResultsFile, type Submission } from './results-file';

const store = () => createStore('spotlight', 'results');
const KEY = 'files';

export interface Stored {
  files: ResultsFile[];
  submissions: Submission[];
  /** Entries that could not be read: their place in the store, the name they carry if any, and why. */
  skipped: { entry: number; student: string; error: ReadError }[];
}

const entries = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const checksumOf = (x: unknown) =>
  x && typeof x === 'object' && typeof (x as { checksum?: unknown }).checksum === 'string' ? (x as { checksum: string }).checksum : null;

async function read(value: unknown): Promise<Stored> {
  const out: Stored = { files: [], submissions: [], skipped: [] };
  const seen = new Set<string>();
  for (const [i, entry] of entries(value).entries()) {
    let json = entry;
    if (typeof entry === 'string') {
      try {
        json = JSON.parse(entry);
      } catch {
        out.skipped.push({ entry: i + 1, student: '', error: { kind: 'not-json' } });
        continue;
      }
    }
    const r = await checkResults(json).catch(() => ({ ok: false as const, error: { kind: 'not-results' as const } }));
    if (!r.ok) {
      const name = (json as { student?: unknown } | null)?.student;
      out.skipped.push({ entry: i + 1, student: typeof name === 'string' ? name.slice(0, 100) : '', error: r.error });
    } else if (!seen.has(r.results.checksum)) {
      seen.add(r.results.checksum);
      out.files.push(r.results);
      out.submissions.push(r.submission);
    }
  }
  return out;
}

export async function loadStoredResults(): Promise<Stored> {
  return read(await get<unknown>(KEY, store()));
}

/**
 * Adds files to the stored ones (a file already there, by checksum, is kept once) and
 * returns all that is stored now, including what another tab imported meanwhile.
 */
export async function addStoredResults(files: readonly ResultsFile[]): Promise<Stored> {
  let merged: unknown[] = [];
  // One readwrite transaction: a tab saving at the same moment waits, then adds to this.
  // Entries already there are kept as they are, readable or not: nothing is lost by saving.
  await update<unknown[]>(
    KEY,
    (old) => {
      const have = new Set(entries(old).map(checksumOf));
      return (merged = [...entries(old), ...files.filter((f) => !have.has(f.checksum))]);
    },
    store(),
  );
  return read(merged);
}

export async function clearStoredResults(): Promise<void> {
  await set(KEY, [], store());
}
