// Article and lesson text is untrusted. A lesson whose every field carries script tags and
// event-handler payloads is played through in real Chromium, under the app's CSP: nothing
// runs, no element is created from the text, and the text shows literally.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';

const base = inject('fixturesURL');
let b: Browser;
beforeAll(async () => (b = await openBrowser({ width: 1000, height: 800 })));
afterAll(async () => b?.close());

const pwned = () => b.page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
const injected = () =>
  b.page.evaluate(() => document.querySelectorAll('main script, main img, main iframe, main svg, main b, main i, main em, main a[href^="javascript"]').length);

it('shows every payload as text and runs none of them', async () => {
  const p = b.page;
  await p.goto(`${base}/#/`);
  await p.getByRole('link', { name: 'Payloads <img src=x onerror="window.__pwned=7"> lesson', exact: true }).click();
  await p.getByRole('button', { name: 'Start' }).waitFor(); // the player is loaded on demand
  await expect(p.locator('main').textContent()).resolves.toContain('Welcome <script>window.__pwned=8</script>');
  await expect(p.locator('main').textContent()).resolves.toContain('<img src=x onerror="window.__pwned=6">');
  await p.getByRole('button', { name: 'Start' }).click();
  await expect(p.getByRole('article').textContent()).resolves.toContain('Officials said <script>window.__pwned=2</script> the plan failed');
  await expect(p.getByRole('article').textContent()).resolves.toContain('{@html "<i>x</i>"} for more: ${window.__pwned=4} &amp; &lt;done&gt;.');
  await p.getByRole('button', { name: 'I have read it' }).click();
  await expect(p.locator('figure blockquote').textContent()).resolves.toMatch(/^An .*<em>outrageous<\/em> plan\.$/);
  await p.getByRole('button', { name: 'Start the exercise' }).click();
  await p.getByRole('button', { name: 'Hint (−0.5)' }).click();
  await p.locator('[role=option]', { hasText: /^disgraceful$/ }).click();
  await p.locator('[role=option]', { hasText: /^Officials$/ }).click();
  await p.getByRole('button', { name: 'Check my marks' }).click();
  await p.getByRole('button', { name: 'Show answers' }).click();
  const text = await p.locator('main').textContent();
  expect(text).toContain('Loaded <img src=x onerror="window.__pwned=18"> word.');
  expect(text).toContain('A script tag, shown as text: <script>window.__pwned=20</script>');
  expect(text).toContain('Not in the key <img src=x onerror="window.__pwned=17">');
  expect(text).toContain('Hint <script>window.__pwned=19</script>');
  await screenshot(p, 'untrusted-text');
  await p.getByRole('button', { name: 'Continue' }).click();
  await p.getByRole('heading', { name: 'Summary' }).waitFor();
  await expect(p.locator('main').textContent()).resolves.toContain('<a href="javascript:window.__pwned=12">check</a>');
  expect(await injected()).toBe(0);
  expect(await pwned()).toBeUndefined();

  // The teacher view and its answer key show the same payloads literally.
  for (const view of ['', '/key', '/worksheet']) {
    await p.goto(`${base}/#/teach/hostile-payloads${view}`);
    await p
      .getByRole('heading', { name: /Payloads/ })
      .first()
      .waitFor();
    const text = await p.locator('main').textContent();
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(text).toContain('{@html "<i>x</i>"} for more: ${window.__pwned=4} &amp; &lt;done&gt;.');
    expect(await injected()).toBe(0);
  }
  expect(await pwned()).toBeUndefined();
  expect(b.errors).toEqual([]);
});
