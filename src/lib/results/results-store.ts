// The teacher's imported results, kept in this browser's IndexedDB (idb-keyval): nothing
// is uploaded anywhere.
import { createStore, get, set } from 'idb-keyval';
import type { ResultsFile } from './results-file';

const store = () => createStore('spotlight', 'results');
const KEY = 'files';

export async function loadStoredResults(): Promise<ResultsFile[]> {
  return ((await get<ResultsFile[]>(KEY, store())) ?? []).filter((f) => f && typeof f.checksum === 'string');
}

export async function saveStoredResults(files: ResultsFile[]): Promise<void> {
  await set(KEY, files, store());
}
