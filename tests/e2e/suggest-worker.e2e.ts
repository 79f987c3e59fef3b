// The suggestion client in real Chromium under the app's CSP (meta tag and header): the
// detector must run in the module worker, not silently fall back to the main thread, and
// the policy must block nothing. The app has no page using the client yet, so a one-page
// build of tests/e2e/suggest-worker (same Vite, same CSP plugin) is served instead.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildWorkerCheck, runWorkerCheck, serveWorkerCheck } from './suggest-worker/run';

let server: Awaited<ReturnType<typeof serveWorkerCheck>>;

beforeAll(async () => {
  buildWorkerCheck();
  server = await serveWorkerCheck();
});

afterAll(async () => {
  await server?.stop();
});

test('suggestions run in the module worker under the CSP, with nothing blocked', async () => {
  const { data, workers, errors } = await runWorkerCheck(server.url);
  expect(data.error).toBeUndefined();
  expect(data.violations).toEqual([]);
  expect(data.where).toBe('worker');
  expect(data.kinds).toEqual(expect.arrayContaining(['vague-attribution', 'superlative', 'unattributed-figure', 'loaded-word']));
  expect(workers.some((u) => u.startsWith(server.url))).toBe(true);
  expect(errors).toEqual([]);
});

test('a 50,000-word text is answered by the worker, capped at 12 suggestions per skill', async () => {
  const { data, errors } = await runWorkerCheck(server.url, '#big');
  expect(data.error).toBeUndefined();
  expect(data.where).toBe('worker');
  expect(data.words).toBeGreaterThanOrEqual(50_000);
  expect(data.count).toBe(36);
  expect(errors).toEqual([]);
});
