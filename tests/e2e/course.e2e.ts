// The course in real Chromium: the catalog shows the path in units with working filters;
// a Persian and a Russian lesson, in their own interface language, are played by keyboard
// to full marks, after one mark on a passage that is fine (explained by its own text and
// costing a point); the summary counts the fine passages left alone, and the catalog card
// then shows the lesson as done with its score.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ATTRIBUTIONS } from '../../src/lib/lesson/schema';
import { openBrowser, screenshot, type Browser } from './browser';
import { keysToSelect, loadLessonFromDisk, tabTo as tabToKey } from './keyboard-plan';
import en from '../../src/locales/en.json';
import fa from '../../src/locales/fa.json';
import ru from '../../src/locales/ru.json';

const base = inject('baseURL');
const messages = { en, fa, ru } as const;
type Lang = keyof typeof messages;
/** A message as i18next fills it: numbers in the language's own digits. */
const fill = (lang: Lang, template: string, values: Record<string, string | number> = {}) =>
  template.replace(/\{\{(\w+)(, number)?\}\}/g, (_, k: string, num?: string) =>
    num ? new Intl.NumberFormat(lang).format(Number(values[k])) : String(values[k]),
  );
const plain = (md: string) =>
  md
    .replace(/\*\*|__|\*|_/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let browser: Browser;
let page: Page;
const tabTo = (match: RegExp | string, max?: number) => tabToKey(page, match, max);
const press = async (keys: string[]) => {
  for (const k of keys) await page.keyboard.press(k);
};

beforeAll(async () => {
  browser = await openBrowser({ width: 375, height: 740 });
  page = browser.page;
});
afterAll(async () => browser?.close());

describe('the course path', () => {
  it('lists every lesson in five units, and filters by language, level and kind of text', async () => {
    await page.goto(`${base}/#/`);
    await page.locator('.lesson-card').first().waitFor();
    const m = en.catalog;
    const units = ['start-here', 'claims-evidence', 'words-that-push', 'who-says-so', 'putting-together'] as const;
    await expect(page.locator('.unit-title').allTextContents()).resolves.toEqual(units.map((u, i) => `${i + 1}. ${m.unit[u]}`));
    const cards = page.locator('.lesson-card');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(12);
    await expect(cards.filter({ hasText: m.status['not-started'] }).count()).resolves.toBe(total);

    await page.getByLabel(m.language).selectOption('fa');
    await page
      .getByRole('status')
      .filter({ hasText: fill('en', m.showing, { shown: 2, total }) })
      .waitFor();
    await expect(cards.evaluateAll((els) => els.map((e) => e.querySelector('h4')?.getAttribute('lang')))).resolves.toEqual(['fa', 'fa']);
    // A unit keeps its number in the path when filters hide the units before it.
    await expect(page.locator('.unit-title').allTextContents()).resolves.toEqual([`1. ${m.unit['start-here']}`, `4. ${m.unit['who-says-so']}`]);
    await page.getByLabel(m.level).selectOption('advanced');
    await page.getByRole('status').filter({ hasText: m.noMatch }).waitFor();
    await page.getByRole('button', { name: m.clear }).click();
    await expect(cards.count()).resolves.toBe(total);
    // Focus does not fall to the page when the button goes, and the page says all are back.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SELECT');
    await page
      .getByRole('status')
      .filter({ hasText: fill('en', m.showingAll, { total }) })
      .waitFor();
    await page.getByLabel(m.genre).selectOption('rumour');
    await expect(cards.count()).resolves.toBe(1);
    await screenshot(page, 'course-filter-phone');
    // The choice survives leaving the page and coming back (this tab's session).
    await page.goto(`${base}/#/lesson/tajik-isis-k`);
    await page.goto(`${base}/#/`);
    await cards.first().waitFor();
    await expect(page.getByLabel(m.genre).inputValue()).resolves.toBe('rumour');
    await expect(cards.count()).resolves.toBe(1);
    await page.getByRole('button', { name: m.clear }).click();
  });
});

describe.each([
  ['fa-park-letter', 'fa'],
  ['ru-bridge-report', 'ru'],
] as [string, Lang][])('lesson %s in its own language', (id, lang) => {
  const { lesson, doc } = loadLessonFromDisk(id);
  const m = messages[lang];

  it('plays to full marks by keyboard, explains a fine passage, and shows as done in the catalog', async () => {
    await page.goto(`${base}/#/`);
    await page.locator('header .language select').selectOption(lang);
    await page.getByRole('heading', { level: 1, name: m.catalog.title }).waitFor();
    await tabTo(lesson.title);
    await page.keyboard.press('Enter');
    await tabTo(m.steps.start);
    await page.keyboard.press('Enter');
    await tabTo(m.steps.haveRead);
    await page.keyboard.press('Enter');

    for (const [i, ex] of lesson.exercises.entries()) {
      await tabTo(m.steps.startExercise);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: ex.title }).waitFor();
      await tabTo(/^option:/);
      let cursor = 0;
      const kindKey = (c: string) => String(['sources', ...ATTRIBUTIONS].indexOf(c) + 1);
      const markSpan = async (span: { start: number; end: number }, category?: string) => {
        const plan = keysToSelect(doc, cursor, span);
        // In a right-to-left article the next word is to the left, as the arrows are drawn.
        await press(
          lesson.dir === 'rtl' ? plan.keys.map((k) => k.replace(/Arrow(Right|Left)/, (_, d: string) => `Arrow${d === 'Right' ? 'Left' : 'Right'}`)) : plan.keys,
        );
        if (ex.kind === 'mark-sources') await page.keyboard.press(kindKey(category ?? 'none'));
        await page.keyboard.press('Enter');
        cursor = plan.cursor;
      };
      const items = [...ex.items].sort((a, b) => a.span.start - b.span.start);
      for (const item of items) await markSpan(item.span, item.attribution);
      const max = ex.items.length;
      const fine = i === 0 ? ex.supported[0]! : null;
      if (fine) {
        await markSpan(fine.span, 'none');
        await tabTo(m.exercise.check);
        await page.keyboard.press('Enter');
        await page
          .getByRole('heading', { name: fill(lang, m.feedback.attempt, { n: 1, points: max - 1, max }) })
          .waitFor({ timeout: 5000 })
          .catch(async (e: unknown) => {
            await screenshot(page, `course-debug-${lang}`);
            throw e;
          });
        const entry = page.locator('.entry.kind-wrong');
        await expect(entry.locator('.badge').textContent()).resolves.toBe(m.feedback.fine);
        await expect(entry.textContent().then((t) => t!.replace(/\s+/g, ' '))).resolves.toContain(plain(fine.explanation).slice(0, 40));
        await screenshot(page, `course-fine-passage-${lang}`);
        await tabTo(m.feedback.retry);
        await page.keyboard.press('Enter');
        const range = doc.words.filter((w) => w.end > fine.span.start && w.start < fine.span.end);
        const quote = doc.text.slice(range[0]!.start, range.at(-1)!.end);
        await page
          .locator('section.marks')
          .getByRole('button', { name: fill(lang, m.marks.removeOn, { quote }) })
          .click(); // the list's (the toolbar has one too)
      }
      await tabTo(m.exercise.check);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: fill(lang, m.feedback.attempt, { n: fine ? 2 : 1, points: max, max }) }).waitFor();
      await tabTo(m.feedback.continue);
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { name: m.steps.summary }).waitFor();
    const max = lesson.exercises.reduce((s, ex) => s + ex.items.length, 0);
    await expect(page.getByTestId('total').textContent()).resolves.toBe(fill(lang, m.summary.of, { points: max, max }));
    for (const ex of lesson.exercises) {
      const n = ex.supported.length;
      await expect(page.getByTestId(`left-alone-${ex.id}`).textContent()).resolves.toBe(fill(lang, m.summary.leftOf, { left: n, total: n }));
    }
    await screenshot(page, `course-summary-${lang}`);

    await page.goto(`${base}/#/`);
    const card = page.locator(`.lesson-card[data-lesson="${id}"]`);
    await card.waitFor();
    await expect(card.locator('.status').textContent()).resolves.toContain(fill(lang, m.catalog.status.finished, { points: max, max }));
    expect(browser.errors).toEqual([]);
  });
});
