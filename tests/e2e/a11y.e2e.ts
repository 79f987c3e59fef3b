// WCAG 2.2 AA: axe-core finds no violations on any screen, at phone and desktop widths:
// catalog, every lesson step, marks and a selection, feedback, answers, summary, errors.
// At 320 px (also what 200% zoom of a 640 px window gives) nothing scrolls sideways.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser';
import { axeViolations } from './axe';

const base = inject('baseURL');

describe.each([
  { name: 'phone', width: 360, height: 740, axe: true },
  { name: 'desktop', width: 1280, height: 860, axe: true },
  // 320 px repeats the walk for layout only: axe's findings do not depend on a 40 px difference.
  { name: '320 px', width: 320, height: 640, axe: false },
])('axe at $name width', ({ width, height, axe }) => {
  let b: Browser;
  beforeAll(async () => (b = await openBrowser({ width, height, bypassCSP: true })));
  afterAll(async () => b?.close());
  const screens: string[] = [];
  const check = async (screen: string) => {
    screens.push(screen);
    if (axe) expect(await axeViolations(b.page), screen).toEqual([]);
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${screen}: horizontal scroll`).toBeLessThanOrEqual(0);
  };

  it('reports no violations on any screen', { timeout: 300_000 }, async () => {
    const p = b.page;
    await p.goto(`${base}/#/`);
    await p.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
    await check('catalog');
    // Imported lessons listed, and the import results with a file's problem shown.
    await p.getByLabel('Open a lesson file').setInputFiles(['river-report.yaml', 'bazaar-prices.yaml', 'broken.yaml'].map((f) => `tests/fixtures/import/${f}`));
    await p.locator('.import-report').getByText('not added, 1 problem:').waitFor();
    await p.locator('.imported-card').nth(1).waitFor();
    await check('catalog with imported lessons and an import problem');
    await p
      .locator('.imported-card')
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await check('confirming a delete');
    await p.goto(`${base}/#/nowhere`);
    await check('page not found');
    await p.goto(`${base}/#/lesson/nope`);
    await p.getByRole('heading', { name: 'Lesson not found' }).waitFor();
    await check('lesson not found');

    await p.goto(`${base}/#/lesson/tajik-isis-k`);
    await p.getByRole('button', { name: 'Start' }).click();
    await check('welcome → read');
    await p.getByRole('button', { name: 'I have read it' }).click();
    for (const ex of ['claims', 'emotive', 'sources']) {
      await check(`intro ${ex}`);
      await p.getByRole('button', { name: 'Start the exercise' }).click();
      await check(`exercise ${ex}`);
      if (ex === 'sources') await p.getByLabel('Vague (“officials said”)').check();
      // A click marks a word and "+ word after" grows the mark: the toolbar is then open on it.
      await p.locator('[role=option]').nth(12).click();
      await p.getByRole('button', { name: '+ word after' }).click();
      await check(`marked ${ex}`);
      await p.getByRole('button', { name: 'Hint (−0.5)' }).click();
      await check(`marked with hint ${ex}`);
      await p.getByRole('button', { name: 'Check my marks' }).click();
      await check(`feedback ${ex}`);
      await p.getByRole('button', { name: 'Show answers' }).click();
      await check(`answers ${ex}`);
      await p.getByRole('button', { name: 'Continue' }).click();
    }
    await p.getByRole('heading', { name: 'Summary' }).waitFor();
    await check('summary');

    await p.goto(`${base}/#/assign`);
    await p.getByRole('heading', { name: 'Assign lessons' }).waitFor();
    await p.getByRole('checkbox', { name: /ISIS-Khorasan/ }).check();
    await check('assignment builder');
    // With a learning record store: its fields, and then the student's notice and name field.
    await p.getByText('Send progress to a learning record store').click();
    await p.getByLabel('LRS endpoint').fill('https://lrs.example.org/xapi/');
    await p.getByText('Statements will go to lrs.example.org.').waitFor();
    await check('assignment builder with an LRS');
    const link = await p.getByLabel('Link', { exact: true }).inputValue();
    await p.goto(link);
    await p.getByRole('link', { name: 'Start' }).waitFor();
    await p.getByLabel('Your name, sent with your progress').waitFor();
    await check('assignment (student)');
    await p.goto(`${base}/#/a/broken`);
    await p.getByRole('heading', { name: 'This assignment link cannot be used' }).waitFor();
    await check('broken assignment link');
    await p.goto(`${base}/#/results`);
    await p.getByRole('heading', { name: 'Class results' }).waitFor();
    await check('class results (empty)');
    expect(screens).toHaveLength(4 + 2 + 3 * 6 + 1 + 5); // + 2: imported lessons with an import problem, a delete being confirmed
    expect(b.errors).toEqual([]);
  });

  it('reports no violations on the authoring page', { timeout: 120_000 }, async () => {
    const p = b.page;
    await p.goto(`${base}/#/`);
    await p.evaluate(() => localStorage.removeItem('spotlight:author-draft'));
    await p.goto(`${base}/#/author`);
    await p.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor();
    await check('author (empty)');
    const article = readFileSync('tests/fixtures/author/river-article.txt', 'utf8');
    await p.locator('#author-text').evaluate((el, text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, article);
    await p.getByLabel('Article title').fill('Riverside plan approved');
    await p.getByRole('button', { name: /^Accept\W+Officials said$/ }).waitFor();
    await check('author with article and suggestions');
    await p.getByRole('button', { name: /^Edit\W+Experts believe$/ }).click();
    await check('author editing a suggestion');
    await p.getByRole('button', { name: /^Accept\W+Officials said$/ }).click();
    await p.locator('#author-find-emotive').fill('a disaster');
    await p.locator('#author-find-emotive').press('Enter');
    await p.getByText('Texts for this exercise').first().click();
    await check('author with items and problems');
    for (const id of ['sources-1', 'emotive-2']) {
      await p.locator(`#author-item-${id}-explanation`).fill('Why this passage matters.');
      await p.locator(`#author-item-${id}-hint`).fill('Look in the second or third paragraph.');
    }
    await p.getByText('No problems: the lesson can be previewed and exported.').waitFor();
    await check('author ready to export');
    await p.getByRole('button', { name: 'Preview as a student' }).click();
    await p.getByRole('button', { name: 'Back to editing' }).waitFor();
    await check('author preview');
    expect(b.errors).toEqual([]);
  });
});
