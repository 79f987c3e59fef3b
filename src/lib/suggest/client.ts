// Suggestions off the main thread: the detector in one module Web Worker, through the
// channel in worker-channel.ts (answers matched by id; in this thread where the worker is
// missing or fails, so the teacher still gets suggestions).
import { workerChannel, type RunWhere } from '../worker-channel';
import type { SuggestRequest, SuggestResponse } from './protocol';
import type { DetectorOptions, Suggestion } from './types';

/** The promise of an older request from the same caller rejects with this once a newer one is made. */
export class SupersededError extends Error {
  constructor() {
    super('A newer suggestion request replaced this one');
    this.name = 'SupersededError';
  }
}

const channel = workerChannel<Omit<SuggestRequest, 'id'>, Suggestion[]>({
  create: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  answerOf: (data) => {
    const reply = data as SuggestResponse;
    if ('error' in reply) throw new Error(reply.error);
    return reply.suggestions;
  },
  // Loaded on demand, so the page's own chunk stays small.
  fallback: async ({ text, options }) => (await import('./detector')).suggest(text, options),
});
const latestOfCaller = new Map<string, number>();

/** Where the last answered request ran: for diagnostics and the browser test. */
export const lastRunWhere = (): RunWhere => channel.lastRun();

/**
 * Runs the default detector on `text` off the main thread. With a `caller` (e.g. "author-page"),
 * a newer request from the same caller supersedes an older one that is still running: the
 * older promise rejects with SupersededError, so a page that re-runs on every edit only
 * ever shows the latest answer.
 */
export function suggestOffThread(text: string, options: DetectorOptions = {}, caller?: string): Promise<Suggestion[]> {
  if (caller !== undefined) {
    const older = latestOfCaller.get(caller);
    if (older !== undefined) channel.cancel(older, new SupersededError());
  }
  const { id, answer } = channel.send({ text, options: { ...options } });
  if (caller !== undefined) latestOfCaller.set(caller, id);
  return answer;
}

/** Forgets the worker (tests; or a page that wants its memory back). */
export function resetOffThread(): void {
  channel.reset(new SupersededError());
  latestOfCaller.clear();
}
