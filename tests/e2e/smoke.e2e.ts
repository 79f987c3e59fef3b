// The built app loads in real Chromium: a main landmark, the title, the catalog entry,
// an unknown route and an unknown lesson handled without errors.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser';

const base = inject('baseURL');
let b: Browser;
beforeAll(async () => (b = await openBrowser()));
afterAll(async () => b?.close());

it('shows the catalog with the seed lesson', async () => {
  await b.page.goto(`${base}/`);
  await b.page.getByRole('main').waitFor();
  await expect(b.page.title()).resolves.toContain('Spotlight');
  await expect(b.page.locator('a[href*="#/lesson/tajik-isis-k"]').count()).resolves.toBe(1);
  expect(b.errors).toEqual([]);
});

it('answers an unknown page and an unknown lesson with a message and a way back', async () => {
  await b.page.goto(`${base}/#/nowhere`);
  await b.page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await b.page.goto(`${base}/#/lesson/no-such-lesson`);
  await b.page.getByRole('heading', { name: 'Lesson not found' }).waitFor();
  await b.page.getByRole('link', { name: 'See all lessons' }).click();
  await b.page.getByRole('heading', { name: 'Lessons' }).waitFor();
  expect(b.errors).toEqual([]);
});
