// The teacher's imported results, kept in this browser's IndexedDB (idb-keyval): nothing
// is uploaded anywhere. Several tabs may have the results page open, so a tab never writes
// the list it shows: it adds its files to what is stored, in one transaction.
import { createStore, get, set, update } from 'idb-keyval';
import { addResults } from './class-results';
import type { ResultsFile } from './results-file';

const store = () => createStore('spotlight', 'results');
const KEY = 'files';
const valid = (files: ResultsFile[] | undefined) => (files ?? []).filter((f) => f && typeof f.checksum === 'string');

export async function loadStoredResults(): Promise<ResultsFile[]> {
  return valid(await get<ResultsFile[]>(KEY, store()));
}

/**
 * Adds files to the stored ones (a file already there, by checksum, is kept once) and
 * returns all that is stored now, including what another tab imported meanwhile.
 */
export async function addStoredResults(files: readonly ResultsFile[]): Promise<ResultsFile[]> {
  let merged: ResultsFile[] = [];
  // One readwrite transaction: a tab saving at the same moment waits, then adds to this.
  await update<ResultsFile[]>(KEY, (old) => (merged = files.reduce((all, f) => addResults(all, f).files, valid(old))), store());
  return merged;
}

export async function clearStoredResults(): Promise<void> {
  await set(KEY, [], store());
}
