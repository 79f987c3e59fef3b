// What Chromium's accessibility tree gives a screen reader in the marker: words say
// "selected" only while they are (never "not selected" on every word), carry the
// punctuation next to them, and the live region says the selection as a range.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser';

const fixtures = inject('fixturesURL');
let b: Browser;
beforeAll(async () => (b = await openBrowser({ width: 1280, height: 900 })));
afterAll(async () => b?.close());

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

it('exposes each word with its punctuation, and aria-selected only on the selection', async () => {
  const p = b.page;
  await p.goto(`${fixtures}/#/lesson/rtl-fa`);
  await p.getByRole('button', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'I have read it' }).click();
  await p.getByRole('button', { name: 'Start the exercise' }).click();
  const cdp = await b.context.newCDPSession(p);
  const options = async () =>
    ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes
      .filter((n) => n.role?.value === 'option' && n.name?.value !== 'English' && !/^(فارسی|Русский)$/.test(n.name?.value ?? ''))
      .map((n) => ({ name: n.name?.value, selected: n.properties?.find((x) => x.name === 'selected')?.value.value }));
  const before = await options();
  expect(before.filter((o) => o.selected !== undefined)).toEqual([]);
  // The sentence's full stop is heard with its last word.
  expect(before.map((o) => o.name)).toContain('است.');

  const word = (text: string) => p.locator('[role=option]', { hasText: new RegExp(`^${text}$`) });
  await word('فاجعهٔ').click();
  await p.keyboard.press('Escape');
  await p.keyboard.press('Shift+ArrowLeft');
  const after = await options();
  expect(after.filter((o) => o.selected !== undefined)).toEqual([
    { name: expect.stringContaining('فاجعهٔ'), selected: true },
    { name: 'شرم‌آور', selected: true },
  ]);
  await expect(p.locator('.exercise [role=status]').textContent()).resolves.toBe('Selected 2 words: “فاجعهٔ شرم‌آور”.');
  expect(b.errors).toEqual([]);
});
