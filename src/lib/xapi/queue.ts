// Statements wait in a queue kept in localStorage, so none is lost when the connection
// drops or the page closes: they are sent in order, in batches, and retried with a
// growing delay and whenever the browser comes back online. Each statement has its own
// id, so a batch that reached the LRS before the connection failed is not recorded twice.
import type { KeyValueStore } from '../progress/progress-store';
import { statementsUrl, type LrsConfig } from './lrs-config';
import type { Statement } from './statements';

const KEY = 'spotlight:xapi-queue';
const BATCH = 50;
/** Statements the LRS rejected as invalid are dropped (a retry cannot fix them), counted here. */
export interface QueueState { pending: number; rejected: number; lastError: string | null }

interface Queued { lrs: LrsConfig; statement: Statement }

export function createStatementQueue(storage: KeyValueStore, fetchFn: typeof fetch = (...a) => fetch(...a)) {
  const state: QueueState = { pending: 0, rejected: 0, lastError: null };
  let sending = false;
  let retryDelay = 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = (): Queued[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as Queued[]) : [];
    } catch {
      return [];
    }
  };
  const write = (items: Queued[]) => {
    state.pending = items.length;
    try {
      storage.setItem(KEY, JSON.stringify(items));
    } catch {
      /* storage full: the statements stay in memory for this page only */
    }
  };
  const auth = (lrs: LrsConfig) => {
    const bytes = new TextEncoder().encode(`${lrs.username}:${lrs.password}`);
    return `Basic ${btoa(String.fromCharCode(...bytes))}`;
  };

  async function flush(): Promise<void> {
    if (sending) return;
    sending = true;
    clearTimeout(timer);
    try {
      for (;;) {
        const items = read();
        if (items.length === 0) break;
        const lrs = items[0]!.lrs;
        const batch = items.slice(0, BATCH).filter((q) => q.lrs.endpoint === lrs.endpoint);
        let response: Response;
        try {
          response = await fetchFn(statementsUrl(lrs), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: auth(lrs) },
            body: JSON.stringify(batch.map((q) => q.statement)),
          });
        } catch (e) {
          throw new Error(`no connection to the LRS (${String(e)})`);
        }
        const sent = new Set(batch.map((q) => q.statement.id));
        if (response.ok || response.status === 409) {
          // 409: the LRS already has these ids (an earlier try got through).
          write(read().filter((q) => !sent.has(q.statement.id)));
        } else if (response.status >= 400 && response.status < 500 && ![401, 403, 408, 429].includes(response.status)) {
          state.rejected += batch.length;
          write(read().filter((q) => !sent.has(q.statement.id)));
        } else {
          throw new Error(`the LRS answered ${response.status}`);
        }
      }
      state.lastError = null;
      retryDelay = 2000;
    } catch (e) {
      state.lastError = String(e instanceof Error ? e.message : e);
      timer = setTimeout(() => void flush(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60_000);
    } finally {
      sending = false;
    }
  }

  return {
    state,
    enqueue(lrs: LrsConfig, statements: Statement[]): Promise<void> {
      write([...read(), ...statements.map((statement) => ({ lrs, statement }))]);
      return flush();
    },
    flush,
    stop: () => clearTimeout(timer),
  };
}
export type StatementQueue = ReturnType<typeof createStatementQueue>;
