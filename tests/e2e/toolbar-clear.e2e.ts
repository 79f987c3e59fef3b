// Nothing hides the learner's word (WCAG 2.4.11): after keyboard moves and after taps, the
// focused or tapped word's box is inside the window and clear of the marking toolbar, at 320,
// 375 and 1280 px; the toolbar never opens under the finger that opened it, stays small on a
// phone, and a touch drag of a mark's handle grows the mark while a swipe still scrolls.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './browser';

const open: Browser[] = [];
afterAll(async () => Promise.all(open.map((b) => b.close())));

async function exercise(width: number, height: number, touch: boolean): Promise<Page> {
  const b = await openBrowser({ width, height, touch });
  open.push(b);
  const page = b.page;
  await page.goto(`${inject('baseURL')}/#/lesson/tajik-isis-k`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'I have read it' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.locator('[role=option]').first().waitFor();
  return page;
}

/** The word's box against the toolbar's and the window: 'clear', or what is wrong. */
const clearOfToolbar = (page: Page, selector: string) =>
  page.evaluate(async (sel) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const word = document.querySelector(sel)!.getBoundingClientRect();
    if (word.top < 0 || word.bottom > innerHeight) return `word outside the window (${Math.round(word.top)}–${Math.round(word.bottom)})`;
    const bar = document.querySelector('.toolbar')?.getBoundingClientRect();
    if (bar && word.bottom > bar.top && word.top < bar.bottom)
      return `word under the toolbar (${Math.round(word.top)} vs ${Math.round(bar.top)}–${Math.round(bar.bottom)})`;
    return 'clear';
  }, selector);

const cursorWord = '[role=listbox] [tabindex="0"]';

describe('the toolbar never hides the learner’s word', () => {
  for (const [width, height] of [
    [320, 640],
    [375, 667],
    [1280, 800],
  ] as const) {
    it(`after keyboard moves at ${width} px`, async () => {
      const page = await exercise(width, height, false);
      await page.locator('[role=option]').first().focus();
      const keys = ['Shift+ArrowRight', 'Shift+ArrowRight', 'ArrowDown', 'Shift+ArrowDown', 'Escape', 'ArrowDown', 'Enter', 'ArrowDown', 'Shift+ArrowRight'];
      for (let round = 0; round < 6; round++) {
        for (const k of keys) {
          await page.keyboard.press(k);
          expect(await clearOfToolbar(page, cursorWord), `after ${k} (round ${round + 1})`).toBe('clear');
        }
      }
    });

    it(`after taps and clicks at ${width} px, never opening under the finger`, async () => {
      const touch = width < 1000;
      const page = await exercise(width, height, touch);
      let taps = 0;
      for (let i = 0; i < 40 && taps < 5; i++) {
        // Words at the very bottom of the screen, where a bottom toolbar would open.
        const target = await page.evaluate((h) => {
          const words = [...document.querySelectorAll<HTMLElement>('[role=option]:not(.marked)')];
          const low = words.find((w) => {
            const r = w.getBoundingClientRect();
            return r.top > h - 64 && r.bottom < h - 4;
          });
          return low ? low.dataset['w']! : null;
        }, height);
        if (!target) {
          await page.mouse.wheel(0, 37);
          continue;
        }
        const box = (await page.locator(`[data-w="${target}"]`).boundingBox())!;
        const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        if (touch) await page.touchscreen.tap(at.x, at.y);
        else await page.mouse.click(at.x, at.y);
        taps++;
        expect(await clearOfToolbar(page, `[data-w="${target}"]`), `after tapping word ${target}`).toBe('clear');
        const bar = await page.locator('.toolbar').boundingBox();
        if (bar) expect(at.y >= bar.y && at.y <= bar.y + bar.height, `toolbar under the finger at ${Math.round(at.y)}`).toBe(false);
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(100);
      }
      expect(taps).toBe(5);
    });
  }

  it('is small on a 320 × 640 phone, and a touch drag of a handle grows the mark while a swipe scrolls', async () => {
    const page = await exercise(320, 640, true);
    const cdp = await page.context().newCDPSession(page);
    const w = page.locator('[data-w="3"]');
    await w.scrollIntoViewIfNeeded();
    const wb = (await w.boundingBox())!;
    await page.touchscreen.tap(wb.x + wb.width / 2, wb.y + wb.height / 2);
    const bar = (await page.locator('.toolbar').boundingBox())!;
    // (The mark's tag now starts the word: the handle is measured after the tap.)
    const marked = (await w.boundingBox())!;
    expect(bar.height).toBeLessThan(640 / 5);

    const handle = (await page.locator('[data-handle="end"]').boundingBox())!;
    const to = (await page.locator('[data-w="10"]').boundingBox())!;
    const points = (x: number, y: number) => [{ x, y, id: 1 }];
    const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    // The finger ends below the target word, as it does holding a handle that hangs under it.
    const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 + (from.y - (marked.y + marked.height / 2)) };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from.x, from.y) });
    for (let i = 1; i <= 8; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: points(from.x + ((end.x - from.x) * i) / 8, from.y + ((end.y - from.y) * i) / 8),
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect
      .poll(() => page.locator('section.marks li q').allTextContents())
      .toEqual([
        await page.evaluate(() => {
          const ws = [3, 10].map((n) => document.querySelector(`[data-w="${n}"]`)!);
          const r = document.createRange();
          r.setStartBefore(ws[0]!.querySelector('.tag')?.nextSibling ?? ws[0]!);
          r.setEndAfter(ws[1]!);
          return r.toString().replace(/\s+/g, ' ').trim();
        }),
      ]);

    const y0 = await page.evaluate(() => scrollY);
    const a = (await page.locator('[data-w="30"]').boundingBox())!;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(a.x + 5, a.y + 200) });
    for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(a.x + 5, a.y + 200 - i * 30) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y0 + 50);
  });
});
