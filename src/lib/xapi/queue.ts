// Statements wait in a queue kept in localStorage, so none is lost when the connection
// drops or the page closes: they are sent in order, in batches, and retried with a
// growing delay and whenever the browser comes back online. Each statement has its own
// id, so a batch that reached the LRS before the connection failed is not recorded twice.
//
// Each entry names its LRS and every endpoint is sent, retried and bounded on its own: an
// LRS that is down or refuses the key never holds back statements for another. The stored
// form is the one earlier versions wrote (a list of { lrs, statement }), so statements
// queued before this change are read and sent as they are. An entry that fails the check in
// queue-record.ts is dropped and counted, never sent and never in the way of the rest.
import * as v from 'valibot';
import type { KeyValueStore } from '../progress/progress-store';
import { endpointKey, statementsUrl, type LrsConfig } from './lrs-config';
import { asQueued, QueuedSchema, type Queued } from './queue-record';
import type { Statement } from './statements';

const KEY = 'spotlight:xapi-queue';

/** The queue's limits, all here. */
export const QUEUE_LIMITS = {
  /**
   * Statements kept per endpoint. At about 1 kB each that is 1 MB of the few MB a site gets
   * in localStorage, and far more than a class period offline produces (a lesson sends a few
   * dozen). When an endpoint's queue is full, its oldest statements are dropped and counted.
   */
  maxPerEndpoint: 1000,
  /** Statements per POST. */
  batch: 50,
  /** The first retry after a failure; each further one waits twice as long, up to maxRetryMs. */
  firstRetryMs: 2000,
  maxRetryMs: 60_000,
  /** How much of an LRS's error response is kept to show (as text, never as HTML). */
  detailChars: 200,
} as const;

/** Why the last try to send failed. The statements stay queued and are retried. */
export type SendFailure =
  | { kind: 'offline' } // the browser has no connection
  | { kind: 'unreachable'; detail: string } // no answer: server down, wrong address, CORS
  | { kind: 'refused'; status: 401 | 403; detail: string } // the key or its rights: the teacher's to fix
  | { kind: 'unavailable'; status: number; detail: string }; // 5xx, 408, 429: the LRS's own trouble

export interface EndpointStatus {
  /** Statements for this endpoint waiting in this browser. */
  pending: number;
  /** Why the last send failed; null once one succeeds. */
  failure: SendFailure | null;
  /** True once everything is sent after a failure (so the page can say so), until the next failure. */
  recovered: boolean;
  /** Statements the LRS refused as invalid (a retry cannot fix them): dropped, counted here. */
  rejected: number;
  lastRejection: { status: number; detail: string } | null;
  /** The oldest statements dropped because this endpoint's queue was full. */
  overflowed: number;
}
export interface QueueStatus extends EndpointStatus {
  /** Damaged queue entries (of any endpoint: a damaged one may not say which) dropped. */
  invalid: number;
}

interface Endpoint extends Omit<EndpointStatus, 'pending'> {
  sending: boolean;
  retryDelay: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

type Outcome = { kind: 'sent' } | { kind: 'rejected'; status: number; detail: string } | { kind: 'failed'; failure: SendFailure };

const sameLrs = (a: LrsConfig, b: LrsConfig) => a.endpoint === b.endpoint && a.username === b.username && a.password === b.password;

export function createStatementQueue(storage: KeyValueStore, fetchFn: typeof fetch = (...a) => fetch(...a), isOnline: () => boolean = () => navigator.onLine) {
  const endpoints = new Map<string, Endpoint>();
  const listeners = new Set<() => void>();
  let invalid = 0;
  // What storage would not take (full, or blocked): kept for this page, so nothing the
  // learner did on it is lost before it is sent.
  let unsaved: Queued[] | null = null;
  // The last list read or written, by its stored text: checking every entry again on each
  // read would cost more than the sending.
  let cache: { raw: string; items: Queued[] } | null = null;

  const notify = () => listeners.forEach((listener) => listener());
  const endpoint = (key: string): Endpoint => {
    let e = endpoints.get(key);
    if (!e) {
      e = {
        failure: null,
        recovered: false,
        rejected: 0,
        lastRejection: null,
        overflowed: 0,
        sending: false,
        retryDelay: QUEUE_LIMITS.firstRetryMs,
        timer: undefined,
      };
      endpoints.set(key, e);
    }
    return e;
  };

  function save(items: Queued[]): void {
    try {
      if (items.length) {
        const raw = JSON.stringify(items);
        storage.setItem(KEY, raw);
        cache = { raw, items };
      } else storage.removeItem(KEY);
      unsaved = null;
    } catch {
      unsaved = items;
    }
  }

  /** The entries that pass the check in queue-record.ts; the rest are counted and dropped. */
  function check(entries: readonly unknown[]): Queued[] {
    const valid: Queued[] = [];
    for (const entry of entries) {
      const checked = v.safeParse(QueuedSchema, entry);
      if (checked.success) valid.push(asQueued(checked.output));
    }
    invalid += entries.length - valid.length;
    return valid;
  }
  /** At most maxPerEndpoint per endpoint: beyond it, that endpoint's oldest are counted and dropped. */
  function bound(items: readonly Queued[]): Queued[] {
    // From the newest back, so what goes when an endpoint's queue is full is its oldest.
    const kept = new Map<string, number>();
    const out: Queued[] = [];
    for (let i = items.length - 1; i >= 0; i--) {
      const key = endpointKey(items[i]!.lrs);
      const n = (kept.get(key) ?? 0) + 1;
      kept.set(key, n);
      if (n <= QUEUE_LIMITS.maxPerEndpoint) out.push(items[i]!);
      else endpoint(key).overflowed++;
    }
    return out.reverse();
  }

  function load(): Queued[] {
    if (unsaved) return unsaved;
    let raw: string | null;
    try {
      raw = storage.getItem(KEY);
    } catch {
      return [];
    }
    if (raw === null) return [];
    if (cache?.raw === raw) return cache.items;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = raw; // not JSON at all: one damaged entry
    }
    const entries: readonly unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    const items = bound(check(entries));
    if (items.length < entries.length) {
      // Written back at once, so each damaged entry is counted (and reported) once.
      save(items);
      queueMicrotask(notify);
    } else cache = { raw, items };
    return items;
  }

  const auth = (lrs: LrsConfig) => {
    const bytes = new TextEncoder().encode(`${lrs.username}:${lrs.password}`);
    return `Basic ${btoa(String.fromCharCode(...bytes))}`;
  };
  // An error page can be anything: a short line of it is kept, as plain text.
  const detailOf = async (response: Response) => {
    try {
      return (await response.text()).replace(/\s+/g, ' ').trim().slice(0, QUEUE_LIMITS.detailChars);
    } catch {
      return '';
    }
  };

  async function post(lrs: LrsConfig, statements: Statement[]): Promise<Outcome> {
    let response: Response;
    try {
      response = await fetchFn(statementsUrl(lrs), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: auth(lrs) },
        body: JSON.stringify(statements),
      });
    } catch (e) {
      return { kind: 'failed', failure: isOnline() ? { kind: 'unreachable', detail: String(e).slice(0, QUEUE_LIMITS.detailChars) } : { kind: 'offline' } };
    }
    // 409: the LRS already has these ids (an earlier try got through).
    if (response.ok || response.status === 409) return { kind: 'sent' };
    const status = response.status;
    const detail = await detailOf(response);
    if (status === 401 || status === 403) return { kind: 'failed', failure: { kind: 'refused', status, detail } };
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { kind: 'rejected', status, detail };
    return { kind: 'failed', failure: { kind: 'unavailable', status, detail } };
  }

  async function flushEndpoint(key: string): Promise<void> {
    const e = endpoint(key);
    if (e.sending) return; // the running loop picks up whatever is added meanwhile
    e.sending = true;
    clearTimeout(e.timer);
    try {
      for (;;) {
        const mine = load().filter((q) => endpointKey(q.lrs) === key);
        if (mine.length === 0) break;
        const lrs = mine[0]!.lrs;
        const batch = mine.slice(0, QUEUE_LIMITS.batch).filter((q) => sameLrs(q.lrs, lrs));
        const outcome = await post(
          lrs,
          batch.map((q) => q.statement),
        );
        if (outcome.kind === 'failed') {
          e.failure = outcome.failure;
          e.recovered = false;
          e.timer = setTimeout(() => void flushEndpoint(key), e.retryDelay);
          e.retryDelay = Math.min(e.retryDelay * 2, QUEUE_LIMITS.maxRetryMs);
          return;
        }
        if (outcome.kind === 'rejected') {
          e.rejected += batch.length;
          e.lastRejection = { status: outcome.status, detail: outcome.detail };
        }
        const done = new Set(batch.map((q) => q.statement.id));
        // Read again: statements may have been queued while the request was out.
        save(load().filter((q) => endpointKey(q.lrs) !== key || !done.has(q.statement.id)));
        if (e.failure) e.recovered = true;
        e.failure = null;
        e.retryDelay = QUEUE_LIMITS.firstRetryMs;
        notify();
      }
    } finally {
      e.sending = false;
      notify();
    }
  }

  /** Sends what waits for every endpoint, each on its own. */
  async function flush(): Promise<void> {
    const keys = new Set(load().map((q) => endpointKey(q.lrs)));
    await Promise.all([...keys].map(flushEndpoint));
  }

  return {
    enqueue(lrs: LrsConfig, statements: Statement[]): Promise<void> {
      // Checked like stored entries: a statement for an endpoint the app may not send to
      // is dropped and counted, not kept forever. What is queued already was checked.
      save(bound([...load(), ...check(statements.map((statement) => ({ lrs, statement })))]));
      notify();
      return flushEndpoint(endpointKey(lrs));
    },
    flush,
    status(lrs: LrsConfig): QueueStatus {
      const key = endpointKey(lrs);
      const e = endpoint(key);
      return {
        pending: load().filter((q) => endpointKey(q.lrs) === key).length,
        failure: e.failure,
        recovered: e.recovered,
        rejected: e.rejected,
        lastRejection: e.lastRejection,
        overflowed: e.overflowed,
        invalid,
      };
    },
    /** Calls `listener` whenever a status may have changed; returns an unsubscribe function. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => endpoints.forEach((e) => clearTimeout(e.timer)),
  };
}
export type StatementQueue = ReturnType<typeof createStatementQueue>;
