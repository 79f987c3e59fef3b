// On a phone-sized touch screen: marking a phrase with taps and the toolbar, the sources
// kind chosen with the picker, and a damaged save that is reported, not a blank page.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';

const base = inject('baseURL');
let b: Browser;
beforeAll(async () => (b = await openBrowser({ width: 360, height: 740, touch: true })));
afterAll(async () => b?.close());

const word = (text: string) => b.page.locator('[role=option]', { hasText: new RegExp(`^${text}$`) }).first();

it('marks a phrase by tapping, extends it with the toolbar, and removes it', async () => {
  const p = b.page;
  await p.goto(`${base}/#/lesson/tajik-isis-k`);
  await p.getByRole('button', { name: 'Start' }).tap();
  await p.getByRole('button', { name: 'I have read it' }).tap();
  await p.getByRole('button', { name: 'Start the exercise' }).tap();
  await expect(p.getByRole('group', { name: 'Marking tools' }).count()).resolves.toBe(0);
  // One tap marks the word; "+ word after" grows that mark into a phrase.
  await word('heinous').tap();
  await expect(p.getByRole('region', { name: 'Your marks' }).textContent()).resolves.toMatch(/heinous(?! phenomenon)/);
  await p.getByRole('button', { name: '+ word after' }).tap();
  await expect(p.getByRole('group', { name: 'Marking tools' }).textContent()).resolves.toContain('heinous phenomenon');
  await expect(p.getByRole('region', { name: 'Your marks' }).textContent()).resolves.toContain('heinous phenomenon');
  await p
    .getByRole('group', { name: 'Marking tools' })
    .getByRole('button', { name: /Remove the mark on “heinous phenomenon”/ })
    .tap();
  await expect(p.getByRole('region', { name: 'Your marks' }).textContent()).resolves.toContain('None yet');
  await screenshot(p, 'touch-phone');
  expect(b.errors).toEqual([]);
});

it('tells the learner when saved progress is damaged, and restarts that exercise', async () => {
  const p = b.page;
  // The reloads below must be the test's own: let the first visit's service worker settle.
  await p.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor({ timeout: 30_000 });
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await word('Regrettably').tap();
  const key = 'spotlight:progress:tajik-isis-k';
  await p.evaluate((k) => {
    const saved = JSON.parse(localStorage.getItem(k)!);
    saved.exercises.claims.marks = [{ id: 'm1', start: 5, end: 999999, category: 'claims' }];
    localStorage.setItem(k, JSON.stringify(saved));
  }, key);
  await p.reload();
  await expect(p.getByRole('alert').textContent()).resolves.toMatch(/could not be used because it was damaged .*This exercise starts again/);
  await p.getByRole('heading', { level: 2, name: 'Unsupported claims' }).waitFor();
  await expect(p.evaluate((k) => localStorage.getItem(`${k}:unreadable`), key)).resolves.toContain('999999');

  await p.evaluate((k) => localStorage.setItem(k, '{"format": "spotlight-attempt", "vers'), key);
  await p.reload();
  await expect(p.getByRole('alert').textContent()).resolves.toMatch(/lesson starts again from the beginning/);
  await p.getByRole('heading', { level: 2, name: 'Welcome' }).waitFor();
  expect(b.errors).toEqual([]);
});
