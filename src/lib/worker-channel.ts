// A request/answer channel to one module worker, for work that must not block the page
// (splitting a long article, suggestions on it). The worker is created on first use and
// reused; requests carry an id, so answers (which may come in any order after a failure)
// find the promise that waits for them. Where there is no Worker (jsdom, old browsers), or
// the worker is blocked (CSP), fails to load or crashes, it is dropped, and what waits, and
// everything after, runs in this thread through `fallback`: slower, never lost.

export type RunWhere = 'none' | 'worker' | 'in-thread';

export interface WorkerChannel<Req, Res> {
  /** Sends `request` (posted as `{ ...request, id }`); `id` lets the caller cancel it. */
  send(request: Req): { id: number; answer: Promise<Res> };
  /** Rejects a request still waiting with `reason`; its answer, if one comes, is ignored. */
  cancel(id: number, reason: unknown): void;
  /** Where the last answered request ran: for diagnostics and tests. */
  lastRun(): RunWhere;
  /** Drops the worker and rejects what waits (tests; a page that wants its memory back). */
  reset(reason: unknown): void;
}

export interface ChannelOptions<Req, Res> {
  /** Must contain `new Worker(new URL('./file.ts', import.meta.url), { type: 'module' })` itself, so Vite bundles the worker. */
  create: () => Worker;
  /** The result in a worker's message (`{ id, ... }`); throws when the message reports an error. */
  answerOf: (data: unknown) => Res;
  /** The same work, in this thread. */
  fallback: (request: Req) => Promise<Res> | Res;
}

interface Pending<Req, Res> {
  request: Req;
  resolve: (r: Res) => void;
  reject: (e: unknown) => void;
}

export function workerChannel<Req extends object, Res>(options: ChannelOptions<Req, Res>): WorkerChannel<Req, Res> {
  let worker: Worker | null | undefined; // undefined: not tried yet; null: unavailable
  let nextId = 1;
  let where: RunWhere = 'none';
  const pending = new Map<number, Pending<Req, Res>>();

  async function inThread(id: number, p: Pending<Req, Res>): Promise<void> {
    try {
      const result = await options.fallback(p.request);
      if (!pending.delete(id)) return; // cancelled meanwhile
      where = 'in-thread';
      p.resolve(result);
    } catch (e) {
      if (pending.delete(id)) p.reject(e);
    }
  }

  function giveUp(): void {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) void inThread(id, p);
  }

  function onMessage(e: MessageEvent<{ id: number }>): void {
    const p = pending.get(e.data.id);
    if (!p) return; // cancelled: nobody waits for it
    pending.delete(e.data.id);
    try {
      const result = options.answerOf(e.data);
      where = 'worker';
      p.resolve(result);
    } catch (err) {
      p.reject(err);
    }
  }

  function getWorker(): Worker | null {
    if (worker !== undefined) return worker;
    if (typeof Worker === 'undefined') return (worker = null);
    try {
      worker = options.create();
      worker.addEventListener('message', onMessage);
      // A worker blocked by CSP, missing from the server or crashing reports an error event.
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        giveUp();
      });
      worker.addEventListener('messageerror', giveUp);
    } catch {
      worker = null;
    }
    return worker;
  }

  return {
    send(request) {
      const id = nextId++;
      const answer = new Promise<Res>((resolve, reject) => {
        const p = { request, resolve, reject };
        pending.set(id, p);
        const w = getWorker();
        if (!w) return void inThread(id, p);
        try {
          w.postMessage({ ...request, id });
        } catch {
          giveUp();
        }
      });
      return { id, answer };
    },
    cancel(id, reason) {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      p.reject(reason);
    },
    lastRun: () => where,
    reset(reason) {
      worker?.terminate();
      worker = undefined;
      for (const p of pending.values()) p.reject(reason);
      pending.clear();
      where = 'none';
    },
  };
}
