// Lighthouse mobile (its default: a mid-range phone, 4x CPU slowdown, slow 4G), on the home
// page and on a lesson page that opens at the exercise step, which is what a student who
// comes back to a lesson link loads: the article as a listbox of words, not the welcome screen.
// For that page the profile first walks the lesson to the exercise (the progress is saved in
// localStorage) and Lighthouse then loads the same link without clearing storage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';

export interface Scores {
  performance: number;
  accessibility: number;
}

async function atExerciseStep(port: number, url: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0]!;
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'I have read it' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.locator('[role=option]').first().waitFor();
  await page.waitForTimeout(300); // the save is written on the next microtask; leave room
  await page.close();
  await browser.close(); // only disconnects: the browser and its profile stay for Lighthouse
}

export async function lighthouseScores(url: string, opts: { exerciseStep?: boolean } = {}): Promise<Scores> {
  const profile = mkdtempSync(join(tmpdir(), 'spotlight-lh-'));
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, userDataDir: profile });
  try {
    if (opts.exerciseStep) await atExerciseStep(chrome.port, url);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: opts.exerciseStep ?? false,
    });
    const lhr = result!.lhr;
    // The figure is only about the exercise step if Lighthouse saw the words: one element
    // each (and the gaps), against about 150 on the welcome screen.
    if (opts.exerciseStep && (lhr.audits['dom-size']?.numericValue ?? 0) < 600)
      throw new Error(`Lighthouse did not load the lesson at its exercise step (${lhr.audits['dom-size']?.numericValue} elements)`);
    const c = lhr.categories;
    return { performance: Math.round((c.performance!.score ?? 0) * 100), accessibility: Math.round((c.accessibility!.score ?? 0) * 100) };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
