// Real Chromium for end-to-end tests: Debian's system browser (never a downloaded one),
// a fresh profile per launch, and the flags that keep it from stalling on a closed network.
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium: apt-get install chromium (or set CHROMIUM_PATH)`);
  return path;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, so tests can assert there were none. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(opts: { width?: number; height?: number; offline?: boolean; touch?: boolean; bypassCSP?: boolean } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), 'spotlight-chromium-'));
  // headless: true makes Playwright add `--headless` and its headless-only settings
  // (hidden scrollbars, pointer emulation); the later `--headless=new` in CHROMIUM_ARGS wins.
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: opts.width ?? 1280, height: opts.height ?? 860 },
      offline: opts.offline ?? false,
      hasTouch: opts.touch ?? false,
      // Only for injecting test tools such as axe; every other test runs under the app's CSP.
      bypassCSP: opts.bypassCSP ?? false,
    })
    .catch((e: unknown) => {
      rmSync(profile, { recursive: true, force: true });
      throw e;
    });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  // Chromium's console message for a failed load has no URL; this names it.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(process.cwd(), 'test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
