// Two tabs of one browser in real Chromium (two pages of one profile: shared IndexedDB,
// localStorage, BroadcastChannel and storage events). The class results page: what one tab
// imports shows up in the other, said politely, and both end with the union. The authoring
// draft: when one tab edits, the other stops saving and asks which version to keep.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './browser';
import { axeViolations } from './axe';
import { createResultsFile } from '../../src/lib/results/results-file';

const base = inject('baseURL');
const dir = mkdtempSync(join(tmpdir(), 'spotlight-tabs-'));
const browsers: Browser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  rmSync(dir, { recursive: true, force: true });
});
async function twoTabs(route: string, ready: (p: Page) => Promise<unknown>): Promise<[Page, Page, Browser]> {
  // bypassCSP only to inject axe.
  const b = await openBrowser({ width: 1280, height: 860, bypassCSP: true });
  browsers.push(b);
  const second = await b.context.newPage();
  for (const p of [b.page, second]) {
    await p.goto(`${base}/#/${route}`);
    await ready(p);
  }
  return [b.page, second, b];
}
async function resultsFile(student: string): Promise<string> {
  const file = await createResultsFile({
    format: 'spotlight-results',
    version: 1,
    assignmentId: 'AbC123xyz0',
    label: 'Year 10',
    student,
    finishedAt: '2026-11-25T10:00:00.000Z',
    lessons: [
      {
        lessonId: 'tajik-isis-k',
        title: 'Reading',
        skills: [{ exerciseId: 'claims', skill: 'claims', points: 2, max: 7, hintsUsed: 0, checks: 1, missed: [] }],
      },
    ],
  });
  const path = join(dir, `${student}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}
const students = (p: Page) => p.locator('tbody th[scope=row] .student-name').allInnerTexts();
const ADDED = 'Results imported in another tab were added here.';

it('results imported in one tab are added in the other, which says so; both keep the union', async () => {
  const [a, b, browser] = await twoTabs('results', (p) => p.getByText('No results imported yet.').waitFor());
  await a.getByLabel('Choose results files').setInputFiles([await resultsFile('Ana')]);
  await b.locator('tbody th', { hasText: 'Ana' }).waitFor();
  await expect(b.getByRole('status').filter({ hasText: ADDED }).count()).resolves.toBe(1);
  expect(await axeViolations(b)).toEqual([]);
  await b.getByLabel('Choose results files').setInputFiles([await resultsFile('Ben')]);
  await a.locator('tbody th', { hasText: 'Ben' }).waitFor();
  await expect(a.getByRole('status').filter({ hasText: ADDED }).count()).resolves.toBe(1);
  for (const p of [a, b]) {
    await p.reload();
    await p.locator('tbody th', { hasText: 'Ben' }).waitFor();
    await expect(students(p)).resolves.toEqual(['Ana', 'Ben']);
  }
  expect(browser.errors).toEqual([]);
});

it('a draft edited in one tab makes the other stop saving and ask; either version can be kept', async () => {
  const [a, b, browser] = await twoTabs('author', (p) => p.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor());
  const alert = (p: Page) => p.getByRole('alert').filter({ hasText: 'This draft was changed in another tab.' });
  const storedTitle = (p: Page) =>
    p.evaluate(() => (JSON.parse(localStorage.getItem('spotlight:author-draft') ?? '{}') as { meta?: { title: string } }).meta?.title);

  await a.getByLabel('Article title').fill('From tab A');
  await alert(b).waitFor();
  await expect(alert(a).count()).resolves.toBe(0);
  await b.getByLabel('Article title').fill('From tab B');
  await b.waitForTimeout(800); // past the autosave's pause
  await expect(storedTitle(b)).resolves.toBe('From tab A');
  expect(await axeViolations(b)).toEqual([]); // the alert and its two buttons

  // B keeps its version (after confirming): stored at once, and now A is the one that asks.
  b.once('dialog', (d) => void d.accept());
  await alert(b).getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(storedTitle(b)).resolves.toBe('From tab B');
  await alert(a).waitFor();
  await expect(alert(b).count()).resolves.toBe(0);

  // A loads it, and saves again from there without alarming B.
  await alert(a).getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(a.getByLabel('Article title').inputValue()).resolves.toBe('From tab B');
  await a.waitForTimeout(800);
  await expect(alert(b).count()).resolves.toBe(0);
  await a.getByLabel('Article title').fill('From tab B, then A');
  await alert(b).waitFor();
  await expect(storedTitle(a)).resolves.toBe('From tab B, then A');
  expect(browser.errors).toEqual([]);
});
