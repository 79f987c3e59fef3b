// A teacher makes a lesson on the authoring page in real Chromium: pastes an article, fills
// its details, accepts a suggestion, adds an item from the keyboard, sees Export blocked by
// a listed problem until it is fixed, previews the lesson as a student (without touching
// saved progress), goes back with nothing lost, and exports a file the lesson builder
// accepts; a student in another browser imports that file and plays it to the full score.
// An HTML file with script payloads is read as text and nothing in it runs.
import { readFileSync } from 'node:fs';
import { afterAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';
import { buildLesson } from '../../src/lib/lesson/build-lesson-yaml';
import { toLessonParagraphs } from '../../src/lib/author/paragraphs';
import { segmentArticle, wordRangeForSpan } from '../../src/lib/text/segment';
import type { Lesson } from '../../src/lib/types';

const base = inject('baseURL');
const FIXTURES = 'tests/fixtures/author';
const article = readFileSync(`${FIXTURES}/river-article.txt`, 'utf8');
const browsers: Browser[] = [];
/** What the first test exported: the file, and the lesson it builds to. */
let exported: { path: string; lesson: Lesson } | undefined;
afterAll(async () => Promise.all(browsers.map((b) => b.close())));
const open = async (width = 1280) => {
  const b = await openBrowser({ width, height: 900 });
  browsers.push(b);
  return b;
};

it('paste, suggestions, items, problems, preview, export', { timeout: 120_000 }, async () => {
  const b = await open();
  const p = b.page;
  await p.goto(`${base}/#/`);
  await p.getByRole('link', { name: 'Make a lesson' }).click();
  await p.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor();

  // Paste: blank-line paragraphs with wrapped lines become one line per paragraph.
  await p.locator('#author-text').evaluate((el, text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, article);
  const text = toLessonParagraphs(article);
  await expect(p.locator('#author-text').inputValue()).resolves.toBe(text);
  await p.getByText('5 paragraphs, 8 sentences, 109 words').waitFor();

  await p.getByLabel('Article title').fill('Riverside plan approved');
  await p.getByLabel('Source (outlet or web address)').fill('Harbour Gazette');
  await p.getByLabel('Date published').fill('2025-03-04');
  await expect(p.getByLabel('Lesson id (file name)').inputValue()).resolves.toBe('riverside-plan-approved');

  // Suggestions arrive; accepting "Officials said" makes a sources item, attribution "vague".
  await p.getByRole('button', { name: /^Accept\W+Officials said$/ }).click();
  await expect(p.locator('#author-item-sources-1-attribution').inputValue()).resolves.toMatch(/vague/);
  await expect(p.locator('#author-item-sources-1-explanation').count()).resolves.toBe(1);
  await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe('author-item-sources-1-explanation');
  await expect(p.getByRole('button', { name: /^Accept\W+Officials said$/ }).count()).resolves.toBe(0);

  // Reject one, then undo.
  await p.getByRole('button', { name: /^Reject\W+betrayed$/ }).click();
  await expect(p.getByRole('button', { name: /^Accept\W+betrayed$/ }).count()).resolves.toBe(0);
  // The pressed button is gone: focus moves on to a neighbour, not to the page.
  await expect(p.evaluate(() => document.activeElement?.id ?? '')).resolves.toMatch(/-accept$|^author-suggest-h$/);
  await p.getByText('1 suggestion rejected.').click();
  await p.getByRole('button', { name: /^Undo\W+betrayed$/ }).click();
  await p.getByRole('button', { name: /^Accept\W+betrayed$/ }).waitFor();
  await expect(p.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(/^Accept\W+betrayed$/);

  // An item added from the keyboard only: type the words, Enter, then explanation and hint.
  await p.locator('#author-find-emotive').focus();
  await p.keyboard.type('a disaster');
  await p.keyboard.press('Enter');
  await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe('author-item-emotive-2-explanation');
  await p.keyboard.type('"A disaster" judges the plan for you instead of describing it.');
  await p.keyboard.press('Tab');
  await p.keyboard.type('Look for a word a critic would use, in the second paragraph.');

  // The accepted suggestion still needs its explanation and hint: export is blocked and says why.
  const exportButton = p.getByRole('button', { name: 'Export lesson file' });
  await expect(exportButton.isDisabled()).resolves.toBe(true);
  const problems = p.locator('section[aria-labelledby="author-problems-h"]');
  await expect(problems.textContent()).resolves.toContain('Sources › Item 1 (“Officials said”): The explanation is empty.');
  await screenshot(p, 'author-problems-desktop');
  await problems
    .getByRole('button', { name: /^Go to the field\W+Sources › Item 1/ })
    .first()
    .click();
  await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe('author-item-sources-1-explanation');
  await p.keyboard.type('Which officials? The reader cannot check who said this.');
  await p.locator('#author-item-sources-1-hint').fill('Who is said to have said it, in the third paragraph?');
  await expect(problems.textContent()).resolves.toContain('No problems');
  await expect(exportButton.isDisabled()).resolves.toBe(false);

  // Preview as a student: the real player; a mark on the item's word; then back, nothing lost.
  await p.getByRole('button', { name: 'Preview as a student' }).click();
  await p.getByRole('button', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'I have read it' }).click();
  await p.getByRole('button', { name: 'Start the exercise' }).click();
  const doc = segmentArticle(text);
  const at = text.indexOf('disaster');
  const [word] = wordRangeForSpan(doc, { start: at, end: at + 8 })!;
  await p.locator(`#emotive-w${word}`).click(); // one click marks a word
  await p.getByRole('heading', { name: 'Your marks (1)' }).waitFor();
  await screenshot(p, 'author-preview-desktop');
  await p.getByRole('button', { name: 'Back to editing' }).click();
  await expect(p.locator('#author-item-emotive-2-hint').inputValue()).resolves.toBe('Look for a word a critic would use, in the second paragraph.');
  await expect(p.locator('#author-text').inputValue()).resolves.toBe(text);
  const progressKeys = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spotlight:progress')));
  expect(progressKeys).toEqual([]);

  // Export: the file builds with the same checks as lessons/.
  const [download] = await Promise.all([p.waitForEvent('download'), exportButton.click()]);
  expect(download.suggestedFilename()).toBe('riverside-plan-approved.yaml');
  const yaml = readFileSync(await download.path(), 'utf8');
  const built = buildLesson('riverside-plan-approved.yaml', yaml, {});
  expect(built.ok ? [] : built.problems).toEqual([]);
  if (!built.ok) return;
  expect(built.lesson.article.text).toBe(text);
  expect(built.lesson.article.meta).toMatchObject({ title: 'Riverside plan approved', source: 'Harbour Gazette', date: '2025-03-04' });
  expect(built.lesson.exercises.map((e) => [e.skill, e.items.map((i) => text.slice(i.span.start, i.span.end))])).toEqual([
    ['emotive', ['a disaster']],
    ['sources', ['Officials said']],
  ]);
  expect(built.lesson.exercises[1]!.items[0]!.attribution).toBe('vague');
  exported = { path: await download.path(), lesson: built.lesson };

  // The draft survives a reload.
  await p.reload();
  await p.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor();
  await expect(p.locator('#author-item-emotive-2-hint').inputValue()).resolves.toBe('Look for a word a critic would use, in the second paragraph.');
  expect(b.errors).toEqual([]);
});

it('an HTML file with scripts is read as text; nothing runs; a corrupt draft starts fresh', { timeout: 60_000 }, async () => {
  const b = await open(375);
  const p = b.page;
  await p.goto(`${base}/#/`);
  await p.evaluate(() => localStorage.setItem('spotlight:author-draft', '{"version":1, broken'));
  await p.goto(`${base}/#/author`);
  await p.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
  await p.getByLabel('Open a .txt, .md or .html file').setInputFiles(`${FIXTURES}/hostile.html`);
  await p.getByText('Read “hostile.html”').waitFor();
  const value = await p.locator('#author-text').inputValue();
  expect(value).toBe(
    'Storm closes the harbour\nThe harbour closed on Monday. Fishermen said nothing about it.\nText with a tag in it: <script>alert(1)</script> stays text.\n13 January 2025',
  );
  await expect(p.getByLabel('Article title').inputValue()).resolves.toBe('Harbour news & views');
  await expect(p.getByLabel('Source (outlet or web address)').inputValue()).resolves.toBe('Harbour Gazette');
  await expect(p.getByLabel('Date published').inputValue()).resolves.toBe('2025-01-13');
  // The split view shows the tag as text, not as an element.
  await p.getByText('<script>alert(1)</script> stays text.').first().waitFor();
  await expect(p.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
  await expect(p.locator('main script, main iframe, main img').count()).resolves.toBe(0);

  // A file of the wrong type is refused with a message; the text stays.
  await p
    .getByLabel('Open a .txt, .md or .html file')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await p.getByRole('alert').filter({ hasText: '“photo.png” is not a .txt, .md or .html file' }).waitFor();
  await expect(p.locator('#author-text').inputValue()).resolves.toBe(value);
  await screenshot(p, 'author-html-phone');

  // A dropped file replaces the text after the teacher confirms; "Start a new lesson" empties the page.
  const dialogs: string[] = [];
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  const dropped = await p.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped text,\r\nwrapped.\r\n\r\nSecond paragraph.'], 'drop.txt', { type: 'text/plain' }));
    return dt;
  });
  await p.locator('.drop').dispatchEvent('drop', { dataTransfer: dropped });
  await p.getByText('Read “drop.txt”').waitFor();
  await expect(p.locator('#author-text').inputValue()).resolves.toBe('Dropped text, wrapped.\nSecond paragraph.');
  // "Use my selection": what is selected in the article box, or in the split view.
  await p.locator('#author-text').evaluate((el: HTMLTextAreaElement) => {
    el.focus();
    el.setSelectionRange(0, 12);
  });
  await p.locator('section[aria-labelledby="author-items-claims"]').getByRole('button', { name: 'Use my selection' }).click();
  await expect(p.locator('#author-find-claims').inputValue()).resolves.toBe('Dropped text');
  await p.getByText('Second paragraph.', { exact: true }).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await p.locator('section[aria-labelledby="author-items-emotive"]').getByRole('button', { name: 'Use my selection' }).click();
  await expect(p.locator('#author-find-emotive').inputValue()).resolves.toBe('Second paragraph.');

  await p.getByRole('button', { name: 'Start a new lesson' }).click();
  await expect(p.locator('#author-text').inputValue()).resolves.toBe('');
  await expect(p.getByLabel('Article title').inputValue()).resolves.toBe('');
  expect(dialogs).toEqual([expect.stringContaining('Replace the article text'), expect.stringContaining('Start a new lesson?')]);
  expect(b.errors).toEqual([]);
});

it('the exported file, imported by a student in another browser, plays to the full score', { timeout: 60_000 }, async () => {
  expect(exported, 'the first test exports the lesson').toBeDefined();
  const { path, lesson } = exported!;
  const doc = segmentArticle(lesson.article.text, lesson.language);
  const b = await open(412);
  const p = b.page;
  await p.goto(`${base}/#/`);
  await p.getByLabel('Open a lesson file').setInputFiles({ name: 'riverside-plan-approved.yaml', mimeType: 'application/yaml', buffer: readFileSync(path) });
  await p.locator('.imported-card').getByRole('link', { name: lesson.title, exact: true }).click();
  await p.getByRole('button', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'I have read it' }).click();
  for (const ex of lesson.exercises) {
    await p.getByRole('button', { name: 'Start the exercise' }).click();
    for (const item of ex.items) {
      if (item.attribution) await p.getByLabel('Vague (“officials said”)').check();
      const [first, last] = wordRangeForSpan(doc, item.span)!;
      // One click marks the first word; for a phrase, Shift+click selects to its last word and Enter marks it.
      await p.locator(`#${ex.id}-w${first}`).click();
      if (last > first) {
        await p.locator(`#${ex.id}-w${last}`).click({ modifiers: ['Shift'] });
        await p.keyboard.press('Enter');
      }
    }
    await p.getByRole('button', { name: 'Check my marks' }).click();
    await p.getByRole('heading', { name: `Attempt 1: ${ex.items.length} of ${ex.items.length} points` }).waitFor();
    await p.getByRole('button', { name: 'Continue' }).click();
  }
  await p.getByRole('heading', { name: 'Summary' }).waitFor();
  await expect(p.getByTestId('total').textContent()).resolves.toBe('2 of 2');
  expect(b.errors).toEqual([]);
});
