// The statement queue, endpoint by endpoint: an LRS that is down, hangs or refuses never
// holds back another's statements; what an earlier version queued is kept and sent; a
// damaged entry is dropped and counted, never sent and never in the way; and each
// endpoint's queue is bounded, losing its oldest statements (counted) when full.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStatementQueue, QUEUE_LIMITS } from '../../../src/lib/xapi/queue';
import type { LrsConfig } from '../../../src/lib/xapi/lrs-config';
import { launched, type Statement } from '../../../src/lib/xapi/statements';
import { actor, lesson, memory, received, stamp } from './helpers';

const KEY = 'spotlight:xapi-queue';
const a: LrsConfig = { endpoint: 'https://a.example/xapi/', username: 'ka', password: 'sa' };
const b: LrsConfig = { endpoint: 'https://b.example/xapi', username: 'kb', password: 'sb' };
const st = (n: number): Statement => launched(stamp(n), actor, lesson);
const stored = (storage: ReturnType<typeof memory>) => JSON.parse(storage.values.get(KEY) ?? '[]') as { lrs: LrsConfig; statement: Statement }[];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('endpoints are independent', () => {
  it('sends to one LRS while another refuses the key, and keeps the refused statements', async () => {
    const fetchFn = vi.fn(
      async (url: string) => new Response(url.startsWith('https://a.') ? 'Unauthorized' : null, { status: url.startsWith('https://a.') ? 401 : 204 }),
    );
    const q = createStatementQueue(memory(), fetchFn as unknown as typeof fetch);
    await q.enqueue(a, [st(1)]);
    await q.enqueue(b, [st(2)]);
    expect(received(fetchFn.mock.calls)).toEqual({ 'https://a.example/xapi/statements': [stamp(1).id], 'https://b.example/xapi/statements': [stamp(2).id] });
    expect(q.status(a)).toMatchObject({ pending: 1, failure: { kind: 'refused', status: 401, detail: 'Unauthorized' } });
    expect(q.status(b)).toMatchObject({ pending: 0, failure: null });
    q.stop();
  });

  it('sends what an earlier visit left for a working LRS even when the first entries are for one that hangs', async () => {
    // The first entries are for A, whose requests never end; B's must still go.
    const storage = memory({
      [KEY]: JSON.stringify([
        { lrs: a, statement: st(1) },
        { lrs: a, statement: st(2) },
        { lrs: b, statement: st(3) },
      ]),
    });
    const fetchFn = vi.fn((url: string) =>
      url.startsWith('https://a.') ? new Promise<Response>(() => {}) : Promise.resolve(new Response(null, { status: 200 })),
    );
    const q = createStatementQueue(storage, fetchFn as unknown as typeof fetch);
    void q.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(received(fetchFn.mock.calls)['https://b.example/xapi/statements']).toEqual([stamp(3).id]);
    expect([q.status(a).pending, q.status(b).pending]).toEqual([2, 0]);
    expect(stored(storage).map((e) => e.statement.id)).toEqual([stamp(1).id, stamp(2).id]);
  });

  it('retries each endpoint on its own clock, and says when all is sent again', async () => {
    let aDown = true;
    const fetchFn = vi.fn(async (url: string) => new Response(null, { status: url.startsWith('https://a.') && aDown ? 503 : 204 }));
    const q = createStatementQueue(memory(), fetchFn as unknown as typeof fetch);
    await q.enqueue(a, [st(1)]);
    await q.enqueue(b, [st(2)]);
    expect(q.status(a)).toMatchObject({ pending: 1, failure: { kind: 'unavailable', status: 503 }, recovered: false });
    aDown = false;
    await vi.advanceTimersByTimeAsync(QUEUE_LIMITS.firstRetryMs + 10);
    expect(q.status(a)).toMatchObject({ pending: 0, failure: null, recovered: true });
    expect(q.status(b)).toMatchObject({ pending: 0, failure: null, recovered: false });
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('counts one endpoint spelt with or without its trailing slash as one', async () => {
    const fetchFn = vi.fn(async () => new Response(null, { status: 503 }));
    const q = createStatementQueue(memory(), fetchFn);
    await q.enqueue(a, [st(1)]);
    await q.enqueue({ ...a, endpoint: 'https://a.example/xapi' }, [st(2)]);
    expect(q.status(a).pending).toBe(2);
    q.stop();
  });
});

describe('statements queued before this version', () => {
  it('are read from the one list they were kept in and sent, each to its own LRS', async () => {
    // The exact form the single queue wrote: one list, each entry naming its LRS.
    const storage = memory({
      [KEY]: JSON.stringify([
        { lrs: a, statement: st(1) },
        { lrs: b, statement: st(2) },
        { lrs: a, statement: st(3) },
      ]),
    });
    const fetchFn = vi.fn(async () => new Response(null, { status: 204 }));
    const q = createStatementQueue(storage, fetchFn);
    expect([q.status(a).pending, q.status(b).pending]).toEqual([2, 1]);
    await q.flush();
    expect(received(fetchFn.mock.calls)).toEqual({
      'https://a.example/xapi/statements': [stamp(1).id, stamp(3).id],
      'https://b.example/xapi/statements': [stamp(2).id],
    });
    expect(storage.values.has(KEY)).toBe(false);
    expect(q.status(a).invalid).toBe(0);
  });
});

describe('damaged entries', () => {
  const junk: unknown[] = [
    'a string',
    null,
    { lrs: a }, // no statement
    { lrs: a, statement: { ...st(90), id: 'not-a-uuid' } },
    { lrs: a, statement: { ...st(91), verb: 'launched' } },
    { lrs: { endpoint: 'javascript:alert(1)', username: '', password: '' }, statement: st(92) },
    // An LRS the app may not send to (plain http, not this computer): it could never leave.
    { lrs: { endpoint: 'http://lrs.school.lan/xapi/', username: '', password: '' }, statement: st(93) },
  ];

  it('are dropped, counted once and reported, while the good entries around them are sent', async () => {
    const storage = memory({ [KEY]: JSON.stringify([junk[0], { lrs: a, statement: st(1) }, ...junk.slice(1), { lrs: b, statement: st(2) }]) });
    const fetchFn = vi.fn(async () => new Response(null, { status: 204 }));
    const q = createStatementQueue(storage, fetchFn);
    const heard: number[] = [];
    q.subscribe(() => heard.push(q.status(a).invalid));
    await q.flush();
    expect(received(fetchFn.mock.calls)).toEqual({ 'https://a.example/xapi/statements': [stamp(1).id], 'https://b.example/xapi/statements': [stamp(2).id] });
    expect(q.status(a).invalid).toBe(junk.length);
    expect(q.status(b).invalid).toBe(junk.length); // damage may not say whose it was: every page hears of it
    expect(heard).toContain(junk.length); // the page is told, not only the console
    // Written back without them: the next page neither resends nor recounts them.
    expect(storage.values.has(KEY)).toBe(false);
    expect(createStatementQueue(storage, fetchFn as unknown as typeof fetch).status(a).invalid).toBe(0);
  });

  it('are reported to the page even when nothing else is left to send', async () => {
    const q = createStatementQueue(memory({ [KEY]: JSON.stringify(junk) }), vi.fn());
    const heard = vi.fn();
    q.subscribe(heard);
    await q.flush();
    expect(heard).toHaveBeenCalled();
    expect(q.status(a)).toMatchObject({ pending: 0, invalid: junk.length });
  });

  it('in storage that is not even JSON, or not a list, count as one and do not stop new statements', async () => {
    for (const raw of ['{not json', '{"queue":[1,2]}', '42']) {
      const storage = memory({ [KEY]: raw });
      const fetchFn = vi.fn(async () => new Response(null, { status: 204 }));
      const q = createStatementQueue(storage, fetchFn);
      await q.enqueue(a, [st(1)]);
      expect(received(fetchFn.mock.calls), raw).toEqual({ 'https://a.example/xapi/statements': [stamp(1).id] });
      expect(q.status(a), raw).toMatchObject({ pending: 0, invalid: 1 });
    }
  });

  it('are never queued: a statement for an endpoint the app may not send to is counted, not kept', async () => {
    const storage = memory();
    const fetchFn = vi.fn(async () => new Response(null, { status: 204 }));
    const q = createStatementQueue(storage, fetchFn);
    const blocked: LrsConfig = { endpoint: 'http://lrs.school.lan/xapi/', username: '', password: '' };
    await q.enqueue(blocked, [st(1)]);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(q.status(blocked)).toMatchObject({ pending: 0, invalid: 1 });
    expect(storage.values.has(KEY)).toBe(false);
  });
});

describe('the bound', () => {
  const max = QUEUE_LIMITS.maxPerEndpoint;
  const offline = () =>
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });

  it('keeps at most the documented number of statements per endpoint, dropping the oldest and counting them', async () => {
    const storage = memory();
    const q = createStatementQueue(storage, offline(), () => false);
    await q.enqueue(b, [st(0)]);
    await q.enqueue(
      a,
      Array.from({ length: max }, (_, i) => st(i + 1)),
    );
    expect(q.status(a)).toMatchObject({ pending: max, overflowed: 0, failure: { kind: 'offline' } });
    await q.enqueue(a, [st(max + 1), st(max + 2), st(max + 3)]);
    expect(q.status(a)).toMatchObject({ pending: max, overflowed: 3 });
    const ids = stored(storage)
      .filter((e) => e.lrs.endpoint === a.endpoint)
      .map((e) => e.statement.id);
    expect([ids[0], ids.at(-1)]).toEqual([stamp(4).id, stamp(max + 3).id]); // the oldest three went
    // Per endpoint: B's one statement is untouched by A's full queue.
    expect(q.status(b)).toMatchObject({ pending: 1, overflowed: 0 });
    q.stop();
  });

  it('applies to what is already in storage, from a version with no bound', async () => {
    const storage = memory({ [KEY]: JSON.stringify(Array.from({ length: max + 2 }, (_, i) => ({ lrs: a, statement: st(i + 1) }))) });
    const q = createStatementQueue(storage, offline());
    expect(q.status(a)).toMatchObject({ pending: max, overflowed: 2 });
    expect(stored(storage)[0]!.statement.id).toBe(stamp(3).id);
  });
});

it('keeps statements on the page when storage will not take them, and sends them', async () => {
  const storage = memory();
  storage.setItem = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  let online = false;
  const fetchFn = vi.fn(async () => {
    if (!online) throw new TypeError('Failed to fetch');
    return new Response(null, { status: 204 });
  });
  const q = createStatementQueue(storage, fetchFn);
  await q.enqueue(a, [st(1)]);
  await q.enqueue(a, [st(2)]);
  expect(q.status(a).pending).toBe(2);
  online = true;
  await q.flush();
  expect(received(fetchFn.mock.calls.slice(2))).toEqual({ 'https://a.example/xapi/statements': [stamp(1).id, stamp(2).id] });
  expect(q.status(a).pending).toBe(0);
});
