import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastRunWhere, resetOffThread, suggestOffThread, SupersededError } from '../../../src/lib/suggest/client';
import { suggest } from '../../../src/lib/suggest/detector';
import type { SuggestRequest } from '../../../src/lib/suggest/protocol';

const TEXT = 'Officials said the vile plan was the largest ever. Experts believe thousands of people fled.';

/** A stand-in Worker: answers with the real detector, in the order `order` picks, or fails. */
class FakeWorker extends EventTarget {
  static created = 0;
  static mode: 'answer' | 'fail-to-load' | 'reverse' = 'answer';
  queue: SuggestRequest[] = [];
  constructor(
    public url: URL,
    public opts: WorkerOptions,
  ) {
    super();
    FakeWorker.created++;
    if (FakeWorker.mode === 'fail-to-load') setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0);
  }
  postMessage(req: SuggestRequest) {
    this.queue.push(req);
    if (FakeWorker.mode === 'fail-to-load') return;
    setTimeout(() => {
      if (FakeWorker.mode === 'reverse' && this.queue.length < 2) return;
      for (const r of FakeWorker.mode === 'reverse' ? this.queue.reverse() : this.queue) {
        this.dispatchEvent(new MessageEvent('message', { data: { id: r.id, suggestions: suggest(r.text, r.options) } }));
      }
      this.queue = [];
    }, 0);
  }
  terminate() {}
}

afterEach(() => {
  resetOffThread();
  vi.unstubAllGlobals();
  FakeWorker.created = 0;
  FakeWorker.mode = 'answer';
});

describe('suggestOffThread', () => {
  it('runs in this thread where there is no Worker (jsdom), with the same answer', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await suggestOffThread(TEXT)).toEqual(suggest(TEXT));
    expect(lastRunWhere()).toBe('in-thread');
    expect(await suggestOffThread(TEXT, { language: 'fa' })).toEqual([]);
  });

  it('uses one module worker, created on first use, and matches answers to requests by id', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(FakeWorker.created).toBe(0);
    FakeWorker.mode = 'reverse';
    const other = 'Sources say the all-new bridge is the longest in the world.';
    const [a, b] = await Promise.all([suggestOffThread(TEXT), suggestOffThread(other)]);
    expect(a).toEqual(suggest(TEXT));
    expect(b).toEqual(suggest(other));
    expect(lastRunWhere()).toBe('worker');
    expect(FakeWorker.created).toBe(1);
  });

  it('falls back to this thread when the worker fails to load (e.g. blocked by CSP)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.mode = 'fail-to-load';
    expect(await suggestOffThread(TEXT)).toEqual(suggest(TEXT));
    expect(lastRunWhere()).toBe('in-thread');
    expect(await suggestOffThread(TEXT)).toEqual(suggest(TEXT)); // and does not try the worker again
    expect(FakeWorker.created).toBe(1);
  });

  it('falls back when the Worker constructor throws', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('SecurityError');
        }
      },
    );
    expect(await suggestOffThread(TEXT)).toEqual(suggest(TEXT));
    expect(lastRunWhere()).toBe('in-thread');
  });

  it('a newer request from the same caller supersedes the older; other callers are unaffected', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const first = suggestOffThread(TEXT, {}, 'author');
    const other = suggestOffThread(TEXT, {}, 'preview');
    const second = suggestOffThread('Experts believe it.', {}, 'author');
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    expect((await second).map((s) => s.exact)).toEqual(['Experts believe']);
    expect(await other).toEqual(suggest(TEXT));
  });
});
