// Asks the split worker for a summary of the text; the latest request wins. Where workers
// are missing (unit tests, very old browsers) the split runs here instead.
import { splitSummary, type SplitSummary } from './split';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { text: string; locale: string; resolve: (s: SplitSummary) => void }>();

/** A worker that cannot load (blocked, missing) or crashes: answer what waits here, and stop using it. */
function giveUp(): void {
  worker?.terminate();
  worker = null;
  for (const [id, w] of waiting) {
    waiting.delete(id);
    w.resolve(splitSummary(w.text, w.locale));
  }
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./split.worker.ts', import.meta.url), { type: 'module' });
    worker?.addEventListener('message', (e: MessageEvent<{ id: number; summary: SplitSummary }>) => {
      waiting.get(e.data.id)?.resolve(e.data.summary);
      waiting.delete(e.data.id);
    });
    worker?.addEventListener('error', (e) => {
      e.preventDefault();
      giveUp();
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
    waiting.set(id, { text, locale, resolve });
    try {
      w.postMessage({ id, text, locale });
    } catch {
      giveUp();
    }
  });
}
