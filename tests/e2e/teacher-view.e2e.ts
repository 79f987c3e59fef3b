// The teacher view in real Chromium: opened from the catalog, every item labelled in the
// article, no axe violations at phone and desktop widths, the print buttons lay the page out
// for paper, and the worksheet and answer key print to A4 and Letter PDFs, the worksheet
// without a single explanation.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type Browser } from './browser';
import { axeViolations } from './axe';

const base = inject('baseURL');
const LESSON = 'tajik-isis-k';
const out = join(process.cwd(), 'test-results');
const opened: Browser[] = [];
afterAll(async () => Promise.all(opened.map((b) => b.close())));
async function browser(width: number, height: number): Promise<Browser> {
  const b = await openBrowser({ width, height, bypassCSP: true });
  opened.push(b);
  return b;
}
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
async function open(p: Page, mode = '', lesson = LESSON) {
  await p.goto(`${base}/#/teach/${lesson}${mode}`);
  await p.locator('.teacher').waitFor();
}
/** Pages in a PDF that Chromium wrote (each page is one `/Type /Page` object). */
const pdfPages = (path: string) => (readFileSync(path, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
async function pdf(p: Page, name: string) {
  mkdirSync(out, { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const path = join(out, `teacher-${name}-${format.toLowerCase()}.pdf`);
    await p.pdf({ path, format });
    expect(statSync(path).size, path).toBeGreaterThan(10_000);
  }
}

let explanations: string[] = [];

describe('teacher view', () => {
  it('opens from the catalog link with every item labelled, and passes axe on a desktop', async () => {
    const b = await browser(1280, 860);
    const p = b.page;
    await p.goto(`${base}/`);
    await p.locator(`a[href="#/teach/${LESSON}"]`).click();
    await p.getByRole('heading', { level: 1, name: /ISIS-Khorasan/ }).waitFor();
    expect(new URL(p.url()).hash).toBe(`#/teach/${LESSON}`);
    const count = await p.locator('.key-item').count();
    expect(count).toBeGreaterThan(20);
    const tags = await p.locator('.key-article article .tag').allInnerTexts();
    expect(tags).toHaveLength(count);
    expect(tags.map((s) => s.trim())).toEqual(expect.arrayContaining(['1 CLAIM', `${count} SOCIAL`]));
    expect(new Set(tags.map((s) => Number.parseInt(s, 10)))).toEqual(new Set(Array.from({ length: count }, (_, i) => i + 1)));
    explanations = (await p.locator('.key-item .explanation').allInnerTexts()).map((s) => s.trim());
    expect(explanations).toHaveLength(count);
    expect(await axeViolations(p)).toEqual([]);
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    await screenshot(p, 'teacher-desktop');

    // A print button lays out the chosen version before printing, then returns to the screen view.
    await p.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: string[] }).printed.push(document.querySelector('.teacher')!.getAttribute('data-mode')!);
        window.dispatchEvent(new Event('afterprint'));
      };
      (window as unknown as { printed: string[] }).printed = [];
    });
    await p.getByRole('button', { name: 'Print worksheet' }).click();
    await p.getByRole('button', { name: 'Print answer key' }).click();
    await expect(p.evaluate(() => (window as unknown as { printed: string[] }).printed)).resolves.toEqual(['worksheet', 'key']);
    await expect(p.locator('.teacher').getAttribute('data-mode')).resolves.toBe('screen');
    expect(b.errors).toEqual([]);
  });

  it('passes axe on a phone, in every mode, with nothing scrolling sideways', async () => {
    const b = await browser(360, 740);
    const p = b.page;
    for (const mode of ['', '/worksheet', '/key']) {
      await open(p, mode);
      expect(await axeViolations(p), mode || 'screen').toEqual([]);
      expect(await overflow(p), mode || 'screen').toBeLessThanOrEqual(0);
    }
    await open(p);
    await screenshot(p, 'teacher-phone');
    await open(p, '/worksheet');
    await screenshot(p, 'teacher-worksheet-phone');
    expect(b.errors).toEqual([]);
  });

  it('prints a worksheet without answers and an answer key, on A4 and Letter', async () => {
    const b = await browser(1280, 860);
    const p = b.page;
    await open(p, '/worksheet');
    expect(await axeViolations(p)).toEqual([]);
    await p.emulateMedia({ media: 'print' });
    await expect(p.locator('header.site').isVisible()).resolves.toBe(false);
    await expect(p.locator('footer.site').isVisible()).resolves.toBe(false);
    await expect(p.getByRole('button', { name: 'Print worksheet' }).isVisible()).resolves.toBe(false);
    const sheet = await p.locator('body').innerText();
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(sheet).not.toContain(e.slice(0, 60));
    await expect(p.locator('.ws-exercise').count()).resolves.toBe(3);
    await expect(p.locator('.ws-exercise .line').first().isVisible()).resolves.toBe(true);
    await pdf(p, 'worksheet');

    await p.emulateMedia({ media: 'screen' });
    await open(p, '/key');
    expect(await axeViolations(p)).toEqual([]);
    await p.emulateMedia({ media: 'print' });
    await expect(p.locator('header.site').isVisible()).resolves.toBe(false);
    const key = await p.locator('body').innerText();
    for (const e of explanations) expect(key).toContain(e.slice(0, 60));
    // Black on white: labels are outlined text, not white on a colour that may not print.
    const tag = await p
      .locator('.key-article article .tag')
      .first()
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(tag).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await pdf(p, 'key');

    // What the printed pages look like, for a person to look at: an A4 page is 794 CSS px wide.
    await p.setViewportSize({ width: 794, height: 1123 });
    await screenshot(p, 'teacher-key-print');
    await open(p, '/worksheet');
    await screenshot(p, 'teacher-worksheet-print');
    expect(b.errors).toEqual([]);
  });

  // The seed lesson (32 items), the course lesson with the most items and the one with the
  // longest article: the key's answer grid, with the page title, fits one page on A4 and Letter.
  it.each([LESSON, 'sponsored-water-filter', 'four-day-week-column'])('prints the answer grid of %s on one page', async (lesson) => {
    const b = await browser(1280, 860);
    const p = b.page;
    await open(p, '/key', lesson);
    const rows = await p.locator('.key-grid tbody tr').count();
    expect(rows).toBe(await p.locator('.key-item').count());
    await p.emulateMedia({ media: 'print' });
    mkdirSync(out, { recursive: true });
    const full = join(out, `teacher-key-${lesson}-a4.pdf`);
    await p.pdf({ path: full, format: 'A4' });
    // Only what comes before the detailed pages: the title and the grid.
    await p.addStyleTag({ content: '.key-grid ~ * { display: none !important; }' });
    for (const format of ['A4', 'Letter'] as const) {
      const path = join(out, `teacher-grid-${lesson}-${format.toLowerCase()}.pdf`);
      await p.pdf({ path, format });
      expect(pdfPages(path), `${lesson} grid on ${format}`).toBe(1);
    }
    expect(pdfPages(full)).toBeGreaterThan(1); // the detailed pages follow
    await p.setViewportSize({ width: 794, height: 1123 });
    await screenshot(p, `teacher-grid-${lesson}-print`);
    expect(b.errors).toEqual([]);
  });
});
