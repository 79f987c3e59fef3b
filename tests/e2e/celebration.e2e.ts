// Full marks, as a learner earns them with the keyboard on a 320 px phone: the summary
// celebrates (and with reduced motion nothing moves), and nothing widens the page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ATTRIBUTIONS } from '../../src/lib/lesson/schema';
import { openBrowser, screenshot, type Browser } from './browser';
import { keysToSelect, loadLessonFromDisk } from './keyboard-plan';

const { lesson, doc } = loadLessonFromDisk('tajik-isis-k');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await openBrowser({ width: 320, height: 640 });
  page = browser.page;
});
afterAll(async () => browser?.close());

describe('full marks', () => {
  it('celebrates, still when motion is reduced, and fits a 320 px screen', async () => {
    await page.goto(`${inject('baseURL')}/#/lesson/${lesson.id}`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'I have read it' }).click();
    for (const ex of lesson.exercises) {
      await page.getByRole('button', { name: 'Start the exercise' }).click();
      await page.locator('[role=option]').first().focus();
      let cursor = 0;
      for (const item of [...ex.items].sort((a, b) => a.span.start - b.span.start)) {
        const plan = keysToSelect(doc, cursor, item.span);
        for (const k of plan.keys) await page.keyboard.press(k);
        if (item.attribution) await page.keyboard.press(String(['sources', ...ATTRIBUTIONS].indexOf(item.attribution) + 1));
        await page.keyboard.press('Enter');
        cursor = plan.cursor;
      }
      await page.getByRole('button', { name: 'Check my marks' }).click();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    await expect(page.getByText('Full marks!').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'e2e-full-marks-320');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.getByText('Full marks!').waitFor();
    const moving = await page.evaluate(() => document.querySelector('[data-testid=verdict]')!.getAnimations({ subtree: true }).length);
    expect(moving).toBe(0);
  });
});
