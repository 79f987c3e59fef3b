// Importing lesson files in real Chromium: one by the file picker (with a broken file that
// shows its problem), one by drag and drop; both listed as imported; the imported lesson
// played to the end with the keyboard for the expected score; still there after a reload;
// its teacher view shows the key; assigned, and the link plays in a browser that never
// imported it; deleted from the catalog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ATTRIBUTIONS } from '../../src/lib/lesson/schema';
import { readLessonFile } from '../../src/lib/lesson/lesson-file';
import { segmentArticle } from '../../src/lib/text/segment';
import { openBrowser, screenshot, type Browser } from './browser';
import { keysToSelect, tabTo as tabToKey } from './keyboard-plan';
import { startLms } from './lms/lms-server';

const base = inject('baseURL');
const dir = join(process.cwd(), 'tests/fixtures/import');
const read = (name: string) => {
  const r = readLessonFile(name, readFileSync(join(dir, name)));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.lesson;
};
const river = read('river-report.yaml');
const bazaar = read('bazaar-prices.yaml');
const doc = segmentArticle(river.article.text, river.language);
const opened: Browser[] = [];
afterAll(async () => Promise.all(opened.map((b) => b.close())));
let teacher: Browser;
let page: Page;

const tabTo = (match: RegExp | string, max?: number) => tabToKey(page, match, max);
const importedCards = () => page.locator('.imported-card');

beforeAll(async () => {
  teacher = await openBrowser({ width: 1280, height: 900 });
  opened.push(teacher);
  page = teacher.page;
});

describe('importing lesson files', () => {
  it('opens files by the picker and by drag and drop, and says what is wrong with a broken one', async () => {
    await page.goto(`${base}/#/`);
    await page.getByRole('heading', { name: 'Imported lessons', exact: true }).waitFor();
    await page.getByLabel('Open a lesson file').setInputFiles([join(dir, 'river-report.yaml'), join(dir, 'broken.yaml')]);
    const report = page.locator('.import-report');
    await report.getByText('added:').waitFor();
    await expect(report.textContent()).resolves.toMatch(
      /broken\.yaml: not added, 1 problem:\s*line \d+, column \d+: the file cannot be read as YAML or JSON \(MISSING_CHAR\); it may be cut short\. Fix: export or download the file again/,
    );

    // A drop: the files arrive in a DataTransfer, as from a file manager.
    const yaml = readFileSync(join(dir, 'bazaar-prices.yaml'), 'utf8');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'bazaar-prices (1).yaml', { type: 'application/yaml' }));
      const zone = document.querySelector('section.imported')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, yaml);
    await report.getByText('bazaar-prices (1).yaml').waitFor();
    await expect.poll(() => importedCards().count()).toBe(2);
    for (const l of [river, bazaar]) {
      const card = importedCards().filter({ has: page.getByRole('link', { name: l.title }) });
      await expect(card.locator('.imported-tag').textContent()).resolves.toBe('Imported');
    }
    await screenshot(page, 'import-catalog-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'import-catalog-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('plays the imported lesson to the end with the keyboard, for the expected score', async () => {
    await page.goto(`${base}/#/`);
    await page.getByRole('link', { name: river.title, exact: true }).waitFor();
    await tabTo(river.title);
    await page.keyboard.press('Enter');
    await tabTo('Start');
    await page.keyboard.press('Enter');
    await tabTo('I have read it');
    await page.keyboard.press('Enter');
    for (const ex of river.exercises) {
      await tabTo('Start the exercise');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: ex.title }).waitFor();
      await tabTo(/^option:/);
      let cursor = 0;
      for (const item of ex.items) {
        const plan = keysToSelect(doc, cursor, item.span);
        for (const k of plan.keys) await page.keyboard.press(k);
        if (item.attribution) await page.keyboard.press(String(['sources', ...ATTRIBUTIONS].indexOf(item.attribution) + 1));
        await page.keyboard.press('Enter');
        cursor = plan.cursor;
      }
      await tabTo('Check my marks');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Attempt 1: ${ex.items.length} of ${ex.items.length} points` }).waitFor();
      await tabTo('Continue');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('2 of 2');
  });

  it('is still there after a reload, and its teacher view shows the key', async () => {
    await page.goto(`${base}/#/`);
    await page.reload();
    await expect.poll(() => importedCards().count()).toBe(2);
    await importedCards()
      .filter({ hasText: river.title })
      .getByRole('link', { name: /^Teacher view/ })
      .click();
    await page.locator('.teacher').waitFor();
    for (const ex of river.exercises) for (const item of ex.items) await page.getByText(item.explanation).first().waitFor();
    expect(teacher.errors).toEqual([]);
  });

  it('is assigned, and the link plays for a student who never imported it', async () => {
    await page.goto(`${base}/#/assign`);
    await page.getByRole('checkbox', { name: /The river clean-up report/ }).check();
    await page.getByLabel('Class or assignment label').fill('Imported · test');
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await expect(page.getByText('This link carries the article of an imported lesson, too long for a QR code; share the link instead.').count()).resolves.toBe(
      1,
    );
    await expect(page.getByRole('img', { name: 'QR code of the assignment link' }).count()).resolves.toBe(0);

    const student = await openBrowser({ width: 390, height: 844 });
    opened.push(student);
    const s = student.page;
    await s.goto(link);
    await s.getByRole('heading', { name: 'Imported · test' }).waitFor();
    await s.getByRole('heading', { name: river.title }).waitFor();
    await s.getByRole('link', { name: 'Start' }).last().click();
    await s.getByRole('button', { name: 'Start' }).click();
    await s.getByRole('button', { name: 'I have read it' }).click();
    await s.getByRole('heading', { level: 2, name: river.exercises[0]!.title }).waitFor();
    // Kept in the student's browser too, marked as from an assignment, and playable offline.
    await s.goto(`${base}/#/`);
    await s.getByText('Imported from an assignment').waitFor();
    await s.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor({ timeout: 30_000 });
    await s.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await student.context.setOffline(true);
    await s.goto(`${link}/${river.id}`);
    await s.reload();
    await s.getByRole('heading', { level: 2, name: river.exercises[0]!.title }).waitFor();
    await s.goto(`${base}/#/lesson/${river.id}`);
    await s.getByRole('button', { name: 'Start' }).click();
    await s.getByRole('article').waitFor();
    await student.context.setOffline(false);
    expect(student.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('goes into a SCORM package made in the browser, and plays inside the LMS', { timeout: 120_000 }, async () => {
    await page.goto(`${base}/#/assign`);
    await page.getByRole('checkbox', { name: /The river clean-up report/ }).check();
    await page.getByRole('checkbox', { name: /ISIS-Khorasan/ }).uncheck();
    await page.getByLabel('Class or assignment label').fill('Imported in the LMS');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SCORM 2004 package' }).click()]);
    const lms = await startLms(await download.path());
    try {
      const learner = await openBrowser({ width: 1000, height: 900 });
      opened.push(learner);
      const p = learner.page;
      await p.goto(`${lms.url}/lms.html`);
      await p.evaluate(() => {
        const w = window as unknown as Record<string, any>;
        w.API_1484_11 = new w.Scorm2004API({ autocommit: false, logLevel: 5 });
        const frame = Object.assign(document.createElement('iframe'), { title: 'Lesson', src: 'pkg/index.html' });
        frame.style.cssText = 'width:100%;height:1400px;border:0';
        document.getElementById('slot')!.append(frame);
      });
      const f = p.frameLocator('iframe');
      await f.getByRole('heading', { level: 1, name: 'Imported in the LMS' }).waitFor();
      await f.getByRole('heading', { name: river.title }).waitFor();
      await f.getByRole('link', { name: 'Start' }).click();
      await f.getByRole('button', { name: 'Start' }).click();
      await f.getByRole('button', { name: 'I have read it' }).click();
      await f.getByRole('heading', { level: 2, name: river.exercises[0]!.title }).waitFor();
      await expect
        .poll(() => p.evaluate(() => (window as unknown as { API_1484_11: { cmi: { completion_status: string } } }).API_1484_11.cmi.completion_status))
        .toBe('incomplete');
      expect(learner.errors).toEqual([]);
    } finally {
      await lms.stop();
    }
  });

  it('is deleted from the catalog after a confirmation', async () => {
    await page.goto(`${base}/#/`);
    const card = importedCards().filter({ hasText: river.title });
    await card.getByRole('button', { name: /^Delete\b.*The river clean-up report$/ }).click();
    await card.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => importedCards().count()).toBe(2);
    await card.getByRole('button', { name: /^Delete\b.*The river clean-up report$/ }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, delete');
    await page.keyboard.press('Enter');
    await page.getByText(`Deleted "${river.title}" from this browser.`).waitFor();
    await expect.poll(() => importedCards().count()).toBe(1);
    await page.goto(`${base}/#/lesson/${river.id}`);
    await page.getByRole('heading', { name: 'Lesson not found' }).waitFor();
    expect(teacher.errors).toEqual([]);
  });
});
