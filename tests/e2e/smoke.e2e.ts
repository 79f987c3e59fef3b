// The built app loads in real Chromium: a main landmark, the title, the catalog entry,
// an unknown route and an unknown lesson handled without errors.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser';

const base = inject('baseURL');
let b: Browser;
let b2: Browser | undefined; // a second, fresh browser: nothing cached from the first tests
beforeAll(async () => (b = await openBrowser()));
afterAll(async () => Promise.all([b?.close(), b2?.close()]));

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
  await b.page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  expect(b.errors).toEqual([]);
});

it('fetches the lesson player early on a lesson link, and not at all for the catalog', async () => {
  b2 = await openBrowser();
  const { page } = b2;
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.includes('LessonPage'))).toEqual([]);
  // The inline preloader runs under the CSP (allowed by its hash): a violation would be an error.
  await page.goto(`${base}/#/lesson/tajik-isis-k`);
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  // Paths are relative to the page (the build's base is './'), so resolve them as the browser does.
  const wanted = (await page.locator('meta[name=spotlight-player]').getAttribute('content'))!.split(' ').map((href) => new URL(href, `${base}/`).pathname);
  expect(wanted.some((href) => href.includes('LessonPage'))).toBe(true);
  const preloaded = await page.locator('link[rel=modulepreload]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(preloaded).toEqual(expect.arrayContaining(wanted));
  expect(b2.errors).toEqual([]);
});
