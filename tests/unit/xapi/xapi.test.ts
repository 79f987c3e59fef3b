// xAPI: statement shapes with ADL verbs, and a queue that loses nothing when the LRS or
// the connection fails, and sends nothing twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answered, completed, graded, launched, VERBS, type Actor, type LessonRef } from '../../../src/lib/xapi/statements';
import { createStatementQueue } from '../../../src/lib/xapi/queue';
import type { LrsConfig } from '../../../src/lib/xapi/lrs-config';

const actor: Actor = { objectType: 'Agent', name: 'Ana', account: { homePage: 'https://school.example/', name: 'u-1' } };
const lesson: LessonRef = {
  iri: 'https://school.example/spotlight/#/lesson/l1',
  title: 'A lesson',
  language: 'en',
  assignmentIri: 'https://school.example/spotlight/#/a/abc123',
};
const s = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: '2026-11-25T10:00:00.000Z' });
const lrs: LrsConfig = { endpoint: 'https://lrs.example/xapi/', username: 'key', password: 'sécret' };

describe('statements', () => {
  it('use ADL verbs, the lesson as activity and the assignment as grouping', () => {
    const st = launched(s(1), actor, lesson);
    expect(st.verb.id).toBe(VERBS.launched);
    expect(st.verb.id).toBe('http://adlnet.gov/expapi/verbs/launched');
    expect(st.object).toEqual({
      objectType: 'Activity',
      id: lesson.iri,
      definition: { name: { en: 'A lesson' }, type: 'http://adlnet.gov/expapi/activities/lesson' },
    });
    expect(st.context?.contextActivities?.grouping).toEqual([{ objectType: 'Activity', id: lesson.assignmentIri }]);
  });
  it('answer one item each, with the marked text, success and credit', () => {
    const st = answered(s(2), actor, lesson, {
      exerciseId: 'claims',
      itemId: 'claims-all',
      skill: 'claims',
      response: 'all of them',
      found: false,
      credit: 0.5,
    });
    expect(st.verb.id).toBe(VERBS.answered);
    expect(st.object.id).toBe(`${lesson.iri}/claims/claims-all`);
    expect(st.result).toEqual({ success: false, response: 'all of them', score: { raw: 0.5, min: 0, max: 1, scaled: 0.5 } });
    expect(st.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: lesson.iri }]);
  });
  it('complete, then pass or fail at the passing score', () => {
    expect(completed(s(3), actor, lesson).result).toEqual({ completion: true });
    const pass = graded(s(4), actor, lesson, { raw: 6, max: 10 }, 0.6);
    expect([pass.verb.id, pass.result?.success, pass.result?.score]).toEqual([VERBS.passed, true, { raw: 6, min: 0, max: 10, scaled: 0.6 }]);
    expect(graded(s(5), actor, lesson, { raw: 5.5, max: 10 }, 0.6).verb.id).toBe(VERBS.failed);
  });
});

function memory() {
  const values = new Map<string, string>();
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
    removeItem: (k: string) => void values.delete(k),
  };
}

describe('the statement queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('posts with the xAPI headers and basic auth', async () => {
    const fetchFn = vi.fn(async () => new Response('[]', { status: 200 }));
    const q = createStatementQueue(memory(), fetchFn);
    await q.enqueue(lrs, [launched(s(1), actor, lesson)]);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://lrs.example/xapi/statements');
    const headers = init.headers as Record<string, string>;
    expect(headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(headers['Content-Type']).toBe('application/json');
    expect(atob(headers.Authorization!.replace('Basic ', ''))).toBe(new TextDecoder('latin1').decode(new TextEncoder().encode('key:sécret')));
    expect(JSON.parse(init.body as string)).toHaveLength(1);
    expect(q.status(lrs).pending).toBe(0);
  });

  it('keeps statements through a lost connection, in storage, and sends them once it returns', async () => {
    const storage = memory();
    let online = false;
    const received: string[] = [];
    const fetchFn = vi.fn(async (_url: string, init: RequestInit) => {
      if (!online) throw new TypeError('Failed to fetch');
      received.push(...(JSON.parse(init.body as string) as { id: string }[]).map((x) => x.id));
      return new Response(null, { status: 204 });
    });
    const q = createStatementQueue(storage, fetchFn as unknown as typeof fetch);
    await q.enqueue(lrs, [launched(s(1), actor, lesson)]);
    await q.enqueue(lrs, [completed(s(2), actor, lesson)]);
    expect(q.status(lrs)).toMatchObject({ pending: 2, failure: { kind: 'unreachable', detail: expect.stringContaining('Failed to fetch') } });
    // A new page (same browser) finds them in storage.
    const q2 = createStatementQueue(storage, fetchFn as unknown as typeof fetch);
    online = true;
    await q2.flush();
    expect(received).toEqual([s(1).id, s(2).id]);
    expect(q2.status(lrs)).toMatchObject({ pending: 0, failure: null });
    q.stop();
  });

  it('retries a server error later, treats 409 as already recorded, and drops what the LRS rejects as invalid', async () => {
    const statuses = [503, 409, 400];
    const fetchFn = vi.fn(async () => new Response(null, { status: statuses.shift() ?? 200 }));
    const q = createStatementQueue(memory(), fetchFn);
    await q.enqueue(lrs, [launched(s(1), actor, lesson)]);
    expect(q.status(lrs)).toMatchObject({ pending: 1, failure: { kind: 'unavailable', status: 503 } });
    await vi.advanceTimersByTimeAsync(2100); // the retry: 409, so it is recorded
    expect(q.status(lrs)).toMatchObject({ pending: 0, failure: null, recovered: true });
    await q.enqueue(lrs, [completed(s(2), actor, lesson)]);
    expect(q.status(lrs)).toMatchObject({ pending: 0, rejected: 1, lastRejection: { status: 400 } });
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });
});
