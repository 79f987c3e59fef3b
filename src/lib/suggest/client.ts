// Suggestions off the main thread. The detector runs in one module Web Worker, created on
// first use and reused; answers are matched to requests by id. Where there is no Worker
// (jsdom, very old browsers) or the worker fails to load or crashes, the detector runs in
// this thread instead (loaded on demand, so the page's own chunk stays small): slower for
// a huge paste, but the teacher still gets suggestions.
import type { SuggestRequest, SuggestResponse } from './protocol';
import type { DetectorOptions, Suggestion } from './types';

/** The promise of an older request from the same caller rejects with this once a newer one is made. */
export class SupersededError extends Error {
  constructor() {
    super('A newer suggestion request replaced this one');
    this.name = 'SupersededError';
  }
}

interface Pending { request: SuggestRequest; resolve: (s: Suggestion[]) => void; reject: (e: unknown) => void }

let worker: Worker | null | undefined; // undefined: not tried yet; null: unavailable, run in-thread
let nextId = 1;
let lastRun: 'none' | 'worker' | 'in-thread' = 'none';
const pending = new Map<number, Pending>();
const latestOfCaller = new Map<string, number>();

/** Where the last answered request ran: for diagnostics and the browser test. */
export const lastRunWhere = (): 'none' | 'worker' | 'in-thread' => lastRun;

async function inThread(p: Pending): Promise<void> {
  try {
    const { suggest } = await import('./detector');
    const suggestions = suggest(p.request.text, p.request.options);
    if (!pending.has(p.request.id)) return; // superseded meanwhile
    pending.delete(p.request.id);
    lastRun = 'in-thread';
    p.resolve(suggestions);
  } catch (e) {
    pending.delete(p.request.id);
    p.reject(e);
  }
}

/** The worker has failed: stop using it, and answer everything still waiting in this thread. */
function giveUpOnWorker(): void {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) void inThread(p);
}

function onMessage(e: MessageEvent<SuggestResponse>): void {
  const p = pending.get(e.data.id);
  if (!p) return; // superseded: nobody waits for it
  pending.delete(e.data.id);
  if ('error' in e.data) return p.reject(new Error(e.data.error));
  lastRun = 'worker';
  p.resolve(e.data.suggestions);
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', onMessage);
    // A worker blocked by CSP, missing from the server or crashing reports an error event.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      giveUpOnWorker();
    });
    worker.addEventListener('messageerror', giveUpOnWorker);
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Runs the default detector on `text` off the main thread. With a `caller` (e.g. "author-page"),
 * a newer request from the same caller supersedes an older one that is still running: the
 * older promise rejects with SupersededError, so a page that re-runs on every edit only
 * ever shows the latest answer.
 */
export function suggestOffThread(text: string, options: DetectorOptions = {}, caller?: string): Promise<Suggestion[]> {
  return new Promise<Suggestion[]>((resolve, reject) => {
    const request: SuggestRequest = { id: nextId++, text, options: { ...options } };
    if (caller !== undefined) {
      const older = latestOfCaller.get(caller);
      const old = older === undefined ? undefined : pending.get(older);
      if (old) {
        pending.delete(old.request.id);
        old.reject(new SupersededError());
      }
      latestOfCaller.set(caller, request.id);
    }
    const p: Pending = { request, resolve, reject };
    pending.set(request.id, p);
    const w = getWorker();
    if (!w) return void inThread(p);
    try {
      w.postMessage(request);
    } catch {
      giveUpOnWorker();
    }
  });
}

/** Forgets the worker (tests; or a page that wants its memory back). */
export function resetOffThread(): void {
  worker?.terminate();
  worker = undefined;
  for (const p of pending.values()) p.reject(new SupersededError());
  pending.clear();
  latestOfCaller.clear();
  lastRun = 'none';
}
