// What a visit downloads, as the browser asked for it: every file the page fetched (the
// navigation and its resource timing entries) from opening the link until the moment that
// matters (the first possible mark in a lesson; the course path drawn on the home page),
// each counted at its gzip size as a server would send it. The service worker's own
// precaching after load is not the page's and is not counted.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openBrowser } from '../tests/e2e/browser';

export interface Bytes {
  jsKb: number;
  totalKb: number;
  files: number;
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function count(urls: string[], base: string, dist: string): Bytes {
  let js = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const url of urls) {
    const path = new URL(url).pathname.replace(new URL(base).pathname.replace(/\/$/, ''), '') || '/';
    const file = join(dist, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const size = gzipSync(readFileSync(file)).length;
    total += size;
    if (file.endsWith('.js')) js += size;
  }
  return { jsKb: kb(js), totalKb: kb(total), files: seen.size };
}

const fetched = (p: Page) =>
  p.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => u.startsWith(location.origin)));

/** A lesson link opened on a phone and followed to the exercise, where the first mark can be made. */
export async function lessonLinkBytes(base: string, lessonId: string, dist = 'dist'): Promise<Bytes> {
  const b = await openBrowser({ width: 412, height: 860 });
  try {
    const p = b.page;
    await p.goto(`${base}/#/lesson/${lessonId}`);
    await p.getByRole('button', { name: 'Start' }).click();
    await p.getByRole('button', { name: 'I have read it' }).click();
    await p.getByRole('button', { name: 'Start the exercise' }).click();
    await p.locator('[role=option]').first().waitFor();
    return count(await fetched(p), base, dist);
  } finally {
    await b.close();
  }
}

/** The home page until the course path is drawn. */
export async function homeBytes(base: string, dist = 'dist'): Promise<Bytes> {
  const b = await openBrowser({ width: 412, height: 860 });
  try {
    const p = b.page;
    await p.goto(`${base}/`);
    await p.locator('main a[href^="#/lesson/"]').first().waitFor();
    await p.waitForLoadState('networkidle');
    return count(await fetched(p), base, dist);
  } finally {
    await b.close();
  }
}
