// The whole seed lesson in real Chromium, with the keyboard alone: every item of every
// exercise marked from the answer key, one wrong mark fixed on a retry, one hint taken,
// a reload in the middle of an exercise (which comes back to the same word), and the
// expected final score.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ATTRIBUTIONS } from '../../src/lib/lesson/schema';
import { openBrowser, screenshot, type Browser } from './browser';
import { keysToSelect, loadLessonFromDisk, tabTo as tabToKey } from './keyboard-plan';

const { lesson, doc } = loadLessonFromDisk('tajik-isis-k');
const base = inject('baseURL');
let browser: Browser;
let page: Page;

const tabTo = (match: RegExp | string, max?: number) => tabToKey(page, match, max);
const press = async (keys: string[]) => {
  for (const k of keys) await page.keyboard.press(k);
};
const marksShown = () => page.locator('section[aria-label="Your marks"] li').count();

beforeAll(async () => {
  browser = await openBrowser({ width: 390, height: 844 });
  page = browser.page;
});
afterAll(async () => browser?.close());

describe('the seed lesson, keyboard only', () => {
  it('goes from the catalog to the summary with the expected score', async () => {
    await page.goto(`${base}/#/`);
    await tabTo(lesson.title);
    await page.keyboard.press('Enter');
    await tabTo('Start');
    await page.keyboard.press('Enter');
    await tabTo('I have read it');
    await page.keyboard.press('Enter');

    let expected = 0;
    for (const ex of lesson.exercises) {
      await tabTo('Start the exercise');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: ex.title }).waitFor();
      const usesHint = ex.skill === 'emotive';
      if (usesHint) {
        await tabTo(/^Hint/);
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Hints' }).waitFor();
      }
      await tabTo(/^option:/);
      let cursor = 0;
      const wrongFirst = ex.skill === 'claims';
      if (wrongFirst) await page.keyboard.press('Enter'); // marks the byline's first word: not in the key

      const items = [...ex.items].sort((a, b) => a.span.start - b.span.start);
      const reloadAfter = usesHint ? Math.floor(items.length / 2) : -1;
      for (const [n, item] of items.entries()) {
        const plan = keysToSelect(doc, cursor, item.span);
        await press(plan.keys);
        if (item.attribution) await page.keyboard.press(String(['sources', ...ATTRIBUTIONS].indexOf(item.attribution) + 1));
        await page.keyboard.press('Enter');
        cursor = plan.cursor;
        if (n === reloadAfter) {
          const before = await marksShown();
          await screenshot(page, 'e2e-before-reload');
          await page.reload();
          await page.getByRole('heading', { level: 2, name: ex.title }).waitFor();
          expect(await marksShown()).toBe(before);
          await expect(page.getByRole('heading', { name: 'Hints' }).isVisible()).resolves.toBe(true);
          // The reload comes back to the same word: the next passage is planned from there.
          if ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'option') await tabTo(/^option:/);
          await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset['w'])).resolves.toBe(String(plan.cursor));
        }
      }
      expect(await marksShown()).toBe(items.length + (wrongFirst ? 1 : 0));

      await tabTo('Check my marks');
      await page.keyboard.press('Enter');
      const max = ex.items.length;
      if (wrongFirst) {
        await page.getByRole('heading', { name: `Attempt 1: ${max - 1} of ${max} points` }).waitFor();
        await screenshot(page, `e2e-feedback-${ex.id}`);
        await tabTo('Try again');
        await page.keyboard.press('Enter');
        // Marking again starts where the learner left the article.
        await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
        await press(['Control+Home', 'Delete']);
        await tabTo('Check my marks');
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: `Attempt 2: ${max} of ${max} points` }).waitFor();
      } else {
        const points = usesHint ? max - ex.hintCost : max;
        await page.getByRole('heading', { name: `Attempt 1: ${points} of ${max} points` }).waitFor();
      }
      expected += usesHint ? max - ex.hintCost : max;
      await tabTo('Continue');
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    const max = lesson.exercises.reduce((s, ex) => s + ex.items.length, 0);
    await expect(page.getByTestId('total').textContent()).resolves.toBe(`${expected} of ${max}`);
    await screenshot(page, 'e2e-summary');
    expect(browser.errors).toEqual([]);
  });
});
