// The README's first command: `npm run dev` serves the app. Vite's dev server transforms
// modules one by one, so problems a build never shows (an import the dev server cannot
// resolve, a plugin hook that only runs there) would break it for everyone who tries it
// first. Here it serves the catalog, a lesson and the authoring page with no errors, and
// an edited lesson file reloads the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser, type Browser } from './browser';
import { startDev, type Server } from './preview-server';

let server: Server;
let b: Browser;
beforeAll(async () => {
  server = await startDev();
  b = await openBrowser();
});
afterAll(async () => {
  await b?.close();
  await server?.stop();
});

it('serves the catalog, a lesson and the authoring page', async () => {
  await b.page.goto(`${server.url}/#/`);
  await b.page.getByRole('link', { name: /^Reading an opinion piece on ISIS-Khorasan/ }).click();
  await b.page.getByRole('heading', { name: 'Welcome', level: 2 }).waitFor({ timeout: 60_000 });
  await b.page.getByRole('link', { name: 'Make a lesson' }).click();
  await b.page.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor({ timeout: 60_000 });
  expect(b.errors).toEqual([]);
  expect(server.log()).not.toMatch(/error/i);
});

it('reloads the page when a lesson file changes', async () => {
  await b.page.goto(`${server.url}/#/`);
  await b.page.getByRole('heading', { name: 'Lessons', level: 1 }).waitFor();
  await b.page.evaluate(() => ((window as unknown as { before?: boolean }).before = true));
  // Written back unchanged: the watcher sees a change, and the lesson stays as it was.
  const file = 'lessons/tajik-isis-k.yaml';
  writeFileSync(file, readFileSync(file, 'utf8'));
  await b.page.waitForFunction(() => !(window as unknown as { before?: boolean }).before, undefined, { timeout: 30_000 });
  await b.page.getByRole('heading', { name: 'Lessons', level: 1 }).waitFor();
  expect(b.errors).toEqual([]);
});
