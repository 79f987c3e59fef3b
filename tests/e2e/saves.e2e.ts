// Saved progress as a learner meets it in Chromium: a save from the earlier format resumes
// where it was, a save the browser refuses is told at once, and a second tab on the same
// lesson hands over instead of overwriting.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';
import { loadLessonFromDisk } from './keyboard-plan';

const base = inject('baseURL');
const KEY = 'spotlight:progress:tajik-isis-k';
const seedLesson = loadLessonFromDisk('tajik-isis-k').lesson;
let b: Browser;
beforeAll(async () => (b = await openBrowser({ width: 1000, height: 900 })));
afterAll(async () => b?.close());

const word = (p: Browser['page'], text: string) => p.locator('[role=option]', { hasText: new RegExp(`^${text}$`) }).first();
const marksText = (p: Browser['page']) => p.getByRole('region', { name: 'Your marks' }).textContent();

it('resumes a version-1 save at its exercise, with its marks and its check', async () => {
  const p = b.page;
  await p.goto(`${base}/#/`);
  // Recorded on the lesson before its instructions were edited (they no longer name a number of
  // checks); the article is the same, so it is stamped with today's content as a save made now
  // would be. The unit tests resume every fixture against the content it was recorded on.
  const v1 = JSON.stringify({ ...JSON.parse(readFileSync('tests/fixtures/saves-v1/claims-feedback.json', 'utf8')), contentHash: seedLesson.contentHash });
  await p.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, v1]);
  await p.goto(`${base}/#/lesson/tajik-isis-k`);
  await p.getByRole('heading', { level: 2, name: 'Unsupported claims' }).waitFor();
  await p.getByRole('heading', { name: /^Attempt 1:/ }).waitFor();
  expect(await p.getByRole('alert').count()).toBe(0);
  await expect(marksText(p)).resolves.toContain('heinous');
  await expect(p.evaluate((k) => JSON.parse(localStorage.getItem(k)!).format, KEY)).resolves.toBe('spotlight-attempt');
  expect(b.errors).toEqual([]);
});

it('hands over to another tab that saved the same lesson, and goes on from its work', async () => {
  const a = b.page;
  await a.evaluate((k) => localStorage.removeItem(k), KEY);
  await a.goto(`${base}/#/lesson/tajik-isis-k`);
  await a.reload();
  await a.getByRole('button', { name: 'Start' }).click();
  await a.getByRole('button', { name: 'I have read it' }).click();
  await a.getByRole('button', { name: 'Start the exercise' }).click();
  const other = await b.context.newPage();
  try {
    await other.goto(`${base}/#/lesson/tajik-isis-k`);
    await word(other, 'heinous').click();
    await expect(marksText(other)).resolves.toContain('heinous');
    await a.getByRole('alert').filter({ hasText: 'also open in another tab' }).waitFor();
    // This tab no longer saves: marking here does not overwrite the other tab's work.
    await word(a, 'Regrettably').click();
    await a.waitForTimeout(200);
    await expect(a.evaluate((k) => localStorage.getItem(k), KEY)).resolves.not.toContain('"Regrettably');
    await screenshot(a, 'saves-other-tab');
    await a.getByRole('button', { name: 'Go on here with the latest work' }).click();
    await a.getByRole('heading', { level: 2, name: 'Unsupported claims' }).waitFor();
    await expect(marksText(a)).resolves.toContain('heinous');
    await expect(marksText(a)).resolves.not.toContain('Regrettably');
  } finally {
    await other.close();
  }
  expect(b.errors).toEqual([]);
});

it('tells the learner at once when the browser refuses to save', async () => {
  const p = await b.context.newPage();
  try {
    await p.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.startsWith('spotlight:progress:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    });
    await p.goto(`${base}/#/lesson/library-reopens`);
    await p.getByRole('button', { name: 'Start' }).click();
    await p.getByRole('alert').filter({ hasText: "Your work is not being saved: this browser's storage is full" }).waitFor();
    await p.getByRole('button', { name: 'I have read it' }).click(); // the lesson goes on
    await p.getByRole('button', { name: 'Start the exercise' }).waitFor();
  } finally {
    await p.close();
  }
});
