// Offline: after one visit the service worker has cached the whole app, so with the server
// stopped and the browser offline every lesson in the catalog still opens, and progress
// made offline survives a reload. Uses its own preview server of the fixture build (three
// lessons) so that it can stop it without disturbing the other tests.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';
import { startPreview } from './preview-server';

let b: Browser;
let server: Awaited<ReturnType<typeof startPreview>>;
beforeAll(async () => {
  server = await startPreview(process.cwd(), 'dist-fixtures');
  b = await openBrowser({ width: 412, height: 800 });
});
afterAll(async () => {
  await b?.close();
  await server?.stop();
});

it('works with the network off after one visit, and keeps progress made offline', { timeout: 120_000 }, async () => {
  const p = b.page;
  const base = server.url;
  await p.goto(`${base}/#/`);
  // Installable: a manifest with a name, standalone display and icons (one maskable).
  const manifest = await p.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href;
    return (await fetch(href)).json();
  });
  expect(manifest).toMatchObject({ short_name: 'Spotlight', display: 'standalone', start_url: '.' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  await p.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor({ timeout: 30_000 });
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const lessons = await p.locator('main a[href^="#/lesson/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(lessons.length).toBeGreaterThanOrEqual(3);

  await server.stop();
  await b.context.setOffline(true);
  await expect(
    p.evaluate(() =>
      fetch('/index.html?probe', { cache: 'no-store' }).then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).resolves.toBe('offline');

  await p.reload();
  await p.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  for (const href of lessons) {
    await p.goto(`${base}/${href}`);
    await p.getByRole('button', { name: 'Start' }).waitFor();
    await p.getByRole('button', { name: 'Start' }).click();
    await p.getByRole('article').waitFor();
  }

  await p.goto(`${base}/#/lesson/tajik-isis-k`);
  await p.getByRole('button', { name: 'I have read it' }).click();
  await p.getByRole('button', { name: 'Start the exercise' }).click();
  await p.locator('[role=option]', { hasText: /^heinous$/ }).click();
  await expect(p.getByRole('region', { name: 'Your marks' }).textContent()).resolves.toContain('heinous');
  await p.reload();
  await expect(p.getByRole('region', { name: 'Your marks' }).textContent()).resolves.toContain('heinous');
  await screenshot(p, 'offline-phone');
  expect(b.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});
