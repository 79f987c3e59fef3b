// The suggestion client in real Chromium under the app's CSP (meta tag and header): the
// detector must run in the module worker, not silently fall back to the main thread, and
// the policy must block nothing. The app has no page using the client yet, so a one-page
// build of tests/e2e/suggest-worker (same Vite, same CSP plugin) is served instead.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './browser';
import { startPreview } from './preview-server';

let server: Awaited<ReturnType<typeof startPreview>>;

beforeAll(async () => {
  // Without Vitest's variables, which would make a test-mode build.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  const r = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/vite/bin/vite.js'), 'build', '--config', 'tests/e2e/suggest-worker/vite.config.ts'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the worker check failed:\n${r.stdout}${r.stderr}`);
  server = await startPreview(process.cwd(), 'dist-suggest-worker');
});

afterAll(async () => {
  await server?.stop();
});

test('suggestions run in the module worker under the CSP, with nothing blocked', async () => {
  const b = await openBrowser();
  try {
    const workers: string[] = [];
    b.page.on('worker', (w) => workers.push(w.url()));
    await b.page.goto(`${server.url}/`);
    const result = b.page.locator('#result');
    await expect.poll(async () => result.textContent(), { timeout: 30_000 }).not.toBe('running');
    const data = JSON.parse((await result.textContent())!) as { where?: string; count?: number; kinds?: string[]; violations: string[]; error?: string };
    expect(data.error).toBeUndefined();
    expect(data.violations).toEqual([]);
    expect(data.where).toBe('worker');
    expect(data.kinds).toEqual(expect.arrayContaining(['vague-attribution', 'superlative', 'unattributed-figure', 'loaded-word']));
    expect(workers.some((u) => u.startsWith(server.url))).toBe(true);
    expect(b.errors).toEqual([]);
  } finally {
    await b.close();
  }
});
