// Languages: the learner picks Persian or Russian, the interface follows (mirrored for
// right-to-left), the choice survives a reload, a lesson keeps its own language and
// direction, and marking a right-to-left article works with the mouse and the arrows.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';
import { axeViolations } from './axe';

const base = inject('baseURL');
const fixtures = inject('fixturesURL');
let b: Browser;
beforeAll(async () => (b = await openBrowser({ width: 390, height: 800, bypassCSP: true })));
afterAll(async () => b?.close());

const box = (selector: string) =>
  b.page
    .locator(selector)
    .first()
    .boundingBox()
    .then((r) => r!);

it('switches to Persian (mirrored) and Russian, and remembers the choice', async () => {
  const p = b.page;
  await p.goto(`${base}/#/`);
  await p.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  await p.locator('header .language select').selectOption('fa');
  await p.getByRole('heading', { level: 1, name: 'درس‌ها' }).waitFor();
  await expect(p.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['fa', 'rtl']);
  // Mirrored: the brand sits at the right edge, the language picker at the left.
  const brand = await box('header .brand');
  const picker = await box('header .language');
  expect(brand.x + brand.width).toBeGreaterThan(390 - 40);
  expect(picker.x).toBeLessThan(brand.x);
  expect(await axeViolations(p)).toEqual([]);
  await screenshot(p, 'catalog-fa-phone');

  await p.reload();
  await p.getByRole('heading', { level: 1, name: 'درس‌ها' }).waitFor();
  await expect(p.locator('header .language select').inputValue()).resolves.toBe('fa');

  // An English lesson in a Persian interface: buttons in Persian, the article left to right.
  await p.goto(`${base}/#/lesson/tajik-isis-k`);
  await p.getByRole('button', { name: 'شروع' }).click();
  const article = p.getByRole('article');
  await expect(article.evaluate((el) => [el.getAttribute('lang'), getComputedStyle(el).direction])).resolves.toEqual(['en', 'ltr']);
  await expect(p.getByRole('button', { name: 'خواندم' }).count()).resolves.toBe(1);
  expect(await axeViolations(p)).toEqual([]);
  await screenshot(p, 'read-fa-phone');

  await p.locator('header .language select').selectOption('ru');
  await p.getByRole('button', { name: 'Я прочитал(а)' }).waitFor();
  await expect(p.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ru', 'ltr']);
  await p.locator('header .language select').selectOption('en');
  await p.getByRole('button', { name: 'I have read it' }).waitFor();
  expect(b.errors).toEqual([]);
});

it('marks a right-to-left article with the mouse and with the arrow keys', async () => {
  const p = b.page;
  await p.goto(`${fixtures}/#/lesson/rtl-fa`);
  await p.getByRole('button', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'I have read it' }).click();
  await p.getByRole('button', { name: 'Start the exercise' }).click();
  const listbox = p.getByRole('listbox');
  await expect(listbox.evaluate((el) => [el.getAttribute('lang'), getComputedStyle(el).direction])).resolves.toEqual(['fa', 'rtl']);
  const word = (text: string) => p.locator('[role=option]', { hasText: new RegExp(`^${text}$`) });
  // Laid out right to left: the second word of the phrase is to the left of the first.
  const first = await word('فاجعهٔ').boundingBox();
  const second = await word('شرم‌آور').boundingBox();
  expect(second!.x).toBeLessThan(first!.x);

  // Keyboard: from the first word, Shift+← extends to the next word (leftwards on screen).
  await word('فاجعهٔ').click();
  await p.keyboard.press('Escape');
  await p.keyboard.press('Shift+ArrowLeft');
  await p.keyboard.press('Enter');
  await expect(p.getByRole('region', { name: 'Your marks' }).textContent()).resolves.toContain('فاجعهٔ شرم‌آور');
  await screenshot(p, 'rtl-marking-phone');

  // Mouse: one click marks one more word; remove it again.
  await word('همه').click();
  await expect(p.getByRole('region', { name: 'Your marks' }).getByRole('listitem').count()).resolves.toBe(2);
  await p.getByRole('button', { name: 'Remove the mark on “همه”' }).first().click();
  await p.getByRole('button', { name: 'Check my marks' }).click();
  await expect(p.getByRole('heading', { name: /Attempt 1: 1 of 1 points/ }).count()).resolves.toBe(1);
  expect(b.errors).toEqual([]);
});
