// Asks the split worker for a summary of the text; the latest request wins. Where workers
// are missing (unit tests, very old browsers) the split runs here instead.
import { splitSummary, type SplitSummary } from './split';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (s: SplitSummary) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./split.worker.ts', import.meta.url), { type: 'module' });
    worker?.addEventListener('message', (e: MessageEvent<{ id: number; summary: SplitSummary }>) => {
      waiting.get(e.data.id)?.(e.data.summary);
      waiting.delete(e.data.id);
    });
  } catch {
    worker = null;
  }
  return worker;
}

export function splitOffThread(text: string, locale: string): Promise<SplitSummary> {
  const w = getWorker();
  if (!w) return Promise.resolve(splitSummary(text, locale));
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, text, locale });
  });
}
