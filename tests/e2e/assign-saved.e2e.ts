// The assignment builder keeps the assignments made in this browser: coming back to the page
// gives the same link (the same id, so the class's results stay together), "New assignment"
// gives a new one, and an earlier one reopens with its own link and settings.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';

const base = inject('baseURL');
let b: Browser;
beforeAll(async () => (b = await openBrowser({ width: 1280, height: 900 })));
afterAll(async () => b?.close());

const linkOf = (p: Browser['page']) => p.getByLabel('Link', { exact: true }).inputValue();
const idOf = (link: string) => link.split('#/a/')[1]!;

it('keeps the same link across visits, makes a new one only when asked, and reopens an earlier one', { timeout: 90_000 }, async () => {
  const p = b.page;
  await p.goto(`${base}/#/assign`);
  await p.getByRole('heading', { name: 'Assign lessons' }).waitFor();
  await p.getByText('None yet.').waitFor();
  await p.getByRole('checkbox').first().check();
  await p.getByLabel('Class or assignment label').fill('Year 10 · first');
  await p.getByLabel('Checks allowed per exercise').fill('2');
  const first = await linkOf(p);

  // Away and back (a reload too): the same assignment, as it was left.
  await p.goto(`${base}/#/`);
  await p.reload();
  await p.goto(`${base}/#/assign`);
  await expect(p.getByLabel('Class or assignment label').inputValue()).resolves.toBe('Year 10 · first');
  await expect(p.getByLabel('Checks allowed per exercise').inputValue()).resolves.toBe('2');
  expect(await linkOf(p)).toBe(first);

  // A new assignment: a new id, the form back to its defaults.
  await p.getByRole('button', { name: 'New assignment' }).click();
  await expect(p.getByLabel('Class or assignment label').inputValue()).resolves.toBe('');
  await p.getByRole('checkbox').nth(1).check();
  await p.getByLabel('Class or assignment label').fill('Year 11');
  const second = await linkOf(p);
  expect(second).not.toBe(first);
  const list = p.getByRole('region', { name: 'Assignments made in this browser' });
  const entry = (label: string) => list.getByRole('listitem').filter({ hasText: label });
  await list.getByText('Year 10 · first', { exact: true }).waitFor();
  await list.getByText('2 checks per exercise').waitFor();
  await screenshot(p, 'assign-saved-desktop');

  // Reopening the first gives its very link back.
  await entry('Year 10 · first')
    .getByRole('button', { name: /^Open again/ })
    .click();
  await expect(p.getByLabel('Class or assignment label').inputValue()).resolves.toBe('Year 10 · first');
  expect(idOf(await linkOf(p))).toBe(idOf(first));
  await expect(p.getByRole('img', { name: 'QR code of the assignment link' }).count()).resolves.toBe(1);

  // Removing asks first, and keeps the other.
  await entry('Year 11')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await entry('Year 11').getByRole('button', { name: 'Keep it' }).click();
  await list.getByText('Year 11', { exact: true }).waitFor();
  await entry('Year 11')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await entry('Year 11').getByRole('button', { name: 'Remove it' }).click();
  await expect(list.getByText('Year 11', { exact: true }).count()).resolves.toBe(0);
  await list.getByText('Year 10 · first', { exact: true }).waitFor();
  expect(b.errors).toEqual([]);
});

it('shows the list when a stored entry is damaged, and says one was skipped', async () => {
  const p = b.page;
  await p.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('spotlight:assignments') ?? '[]');
    localStorage.setItem('spotlight:assignments', JSON.stringify([{ assignment: { id: '<img src=x onerror=alert(1)>' } }, ...list]));
  });
  await p.goto(`${base}/#/`);
  await p.goto(`${base}/#/assign`);
  await p.getByRole('alert').filter({ hasText: '1 saved assignment could not be read' }).waitFor();
  await p.getByRole('region', { name: 'Assignments made in this browser' }).getByText('Year 10 · first', { exact: true }).waitFor();
  for (const width of [320, 375]) {
    await p.setViewportSize({ width, height: 800 });
    await screenshot(p, `assign-saved-${width}`);
  }
  expect(b.errors).toEqual([]);
});
