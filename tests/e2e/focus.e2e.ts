// Focus after every action of a lesson, at desktop and phone sizes: a keyboard or
// screen-reader user must never be dropped to <body> (WCAG 2.4.3), and what has focus must
// be on screen. Every control of the lesson is used the way a keyboard user would (Tab to
// it, Enter), including the ones that go away when used: Start the exercise, the last Hint,
// the toolbar's Mark and Cancel, Remove, Check my marks, Try again, Show answers, Continue.
// The tab's title is checked to name the lesson and the step.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type Browser } from './browser';
import { loadLessonFromDisk, tabTo as tabToKey } from './keyboard-plan';

const { lesson } = loadLessonFromDisk('tajik-isis-k');
const base = inject('baseURL');

async function focusShown(page: Page, after: string) {
  const seen = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const b = el.getBoundingClientRect();
    const onScreen = b.width > 0 && b.height > 0 && b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth;
    return onScreen ? 'shown' : `off screen: ${el.outerHTML.slice(0, 80)}`;
  });
  expect(seen, `focus after ${after}`).toBe('shown');
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
]) {
  describe(`focus after every action (${size.name})`, () => {
    let browser: Browser;
    let page: Page;
    const tabTo = (match: RegExp | string) => tabToKey(page, match);
    // A keyboard user's action: Tab to the control, press Enter; then check where focus went.
    const act = async (control: RegExp | string, what = String(control), then?: () => Promise<unknown>) => {
      await tabTo(control);
      await page.keyboard.press('Enter');
      await then?.();
      await page.waitForTimeout(80); // the focus keeper runs in the task after the change
      await focusShown(page, what);
    };
    const titleNames = async (step: string) => {
      const title = await page.title();
      expect(title).toContain(lesson.title);
      expect(title).toContain(step);
    };

    beforeAll(async () => {
      browser = await openBrowser({ width: size.width, height: size.height });
      page = browser.page;
    });
    afterAll(async () => browser?.close());

    it('never leaves focus on the page itself, and the title names the lesson and step', async () => {
      await page.goto(`${base}/#/`);
      await act(lesson.title, 'opening the lesson', () => page.getByRole('heading', { level: 2, name: 'Welcome' }).waitFor());
      await titleNames('Welcome');
      await act('Start');
      await titleNames('Read the article');
      await act('Back');
      await act('Start');
      await act('I have read it');

      for (const [n, ex] of lesson.exercises.entries()) {
        await titleNames(`About: ${ex.title}`);
        await act('Start the exercise');
        await titleNames(`Exercise: ${ex.title}`);
        if (n === 0) {
          await act(/^Back to the worked example/);
          await act('Start the exercise', 'coming back to the exercise');
          // Every hint, the last one included (its button is then disabled).
          for (let h = 0; h < ex.items.length; h++) {
            await tabTo(/^Hint/);
            if (await page.evaluate(() => (document.activeElement as HTMLButtonElement).disabled)) break;
            await page.keyboard.press('Enter');
            await page.waitForTimeout(80);
            await focusShown(page, `hint ${h + 1}`);
          }
        }
        // A selection by keyboard opens the toolbar; Cancel closes it, Mark marks.
        await tabTo(/^option:/);
        if (ex.kind === 'mark-sources') await page.keyboard.press('2'); // new marks: a named document
        await page.keyboard.press('Shift+ArrowRight');
        await act('Cancel', 'the toolbar’s Cancel');
        await tabTo(/^option:/);
        await page.keyboard.press('Shift+ArrowRight');
        await act(/^Mark as/, 'the toolbar’s Mark');
        await tabTo(/^option:/);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await focusShown(page, 'marking by Enter');
        // Remove in the toolbar (the cursor is on the new mark), then in the marks list.
        await act(/^Remove the mark on/, 'Remove in the toolbar');
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowDown');
        await act(/^Remove the mark on/, 'Remove in the marks list');
        await tabTo(/^option:/);
        await page.keyboard.press('Enter');
        await act('Check my marks');
        await screenshot(page, `focus-${size.name}-feedback-${ex.id}`);
        if (n === 0) {
          await act('Try again');
          await act('Check my marks', 'checking again');
        }
        // Until the exercise can be left: the answers if offered, else another check.
        const button = (name: string) => page.getByRole('button', { name, exact: true }).count();
        while (!(await button('Continue'))) {
          if (await button('Show answers')) await act('Show answers');
          else {
            await act('Try again');
            await act('Check my marks', 'checking again');
          }
        }
        await act('Continue');
      }
      await titleNames('Summary');
      await act('Do the lesson again');
      // Where restarting asks first, its dialog starts on the safe choice; Escape keeps the work.
      if (await page.getByRole('dialog').count()) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(80);
        await focusShown(page, 'closing the restart question');
        await act('Do the lesson again');
        await act(/^Yes|^Start again|^Do it again/, 'restarting');
      }
      await page.getByRole('heading', { level: 2, name: 'Welcome' }).waitFor();
      await focusShown(page, 'restarting the lesson');
      expect(browser.errors).toEqual([]);
    }, 180_000);
  });
}
