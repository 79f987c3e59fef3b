// A reload in the middle of an exercise comes back to where the learner was, not only to
// their marks: the cursor word, a selection not yet marked, the kind chosen for new marks,
// and the part of the article on screen.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await openBrowser({ width: 375, height: 667 });
  page = browser.page;
});
afterAll(async () => browser?.close());

async function openExercise(url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'I have read it' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.locator('[role=option]').first().waitFor();
}
const cursorWord = () => page.evaluate(() => document.querySelector<HTMLElement>('[role=listbox] [tabindex="0"]')?.dataset['w']);
const wordAt30 = () =>
  page.evaluate(() => {
    const box = document.querySelector('[role=listbox]')!.getBoundingClientRect();
    return Number(document.elementFromPoint(box.left + box.width / 2, innerHeight * 0.3)?.closest<HTMLElement>('[data-w]')?.dataset['w'] ?? -1);
  });

describe('reloading an exercise', () => {
  it('keeps the cursor, the selection and the scroll position on a long article', async () => {
    await openExercise(`${inject('fixturesURL')}/#/lesson/bench-10k`);
    await page.locator('[role=option]').first().focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    const preview = await page.locator('.toolbar .preview q').textContent();
    const cursor = await cursorWord();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(400);
    const top = await wordAt30();
    expect(top).toBeGreaterThan(0);

    await page.reload();
    await page.locator('.toolbar .preview q').waitFor();
    await page.waitForTimeout(300);
    await expect(page.locator('.toolbar .preview q').textContent()).resolves.toBe(preview);
    await expect(cursorWord()).resolves.toBe(cursor);
    // The same words are on screen (within a line: a word may wrap differently by a pixel).
    expect(Math.abs((await wordAt30()) - top)).toBeLessThan(15);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('option');
  });

  it('keeps the kind chosen for new marks in the sources exercise', async () => {
    await openExercise(`${inject('baseURL')}/#/lesson/ru-bridge-report`);
    await page.locator('[role=option]').first().focus();
    await page.keyboard.press('3');
    const chosen = () => page.locator('fieldset input[type=radio]:checked').evaluate((el) => el.closest('label')?.textContent?.trim());
    const before = await chosen();
    await page.waitForTimeout(400);
    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    await expect(chosen()).resolves.toBe(before);
  });
});
