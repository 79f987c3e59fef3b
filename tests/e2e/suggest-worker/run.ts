// Builds the worker check page (tests/e2e/suggest-worker) and reads its result in Chromium;
// shared by suggest-worker.e2e.ts and `npm run bench`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openBrowser } from '../browser';
import { startPreview } from '../preview-server';

export interface WorkerCheck {
  where?: string;
  count?: number;
  kinds?: string[];
  violations: string[];
  error?: string;
  words?: number;
  ms?: number;
  maxGapMs?: number;
}

export function buildWorkerCheck(root = process.cwd()): void {
  // Without Vitest's variables, which would make a test-mode build.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'tests/e2e/suggest-worker/vite.config.ts'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`building the worker check failed:\n${r.stdout}${r.stderr}`);
}

export const serveWorkerCheck = (root = process.cwd()) => startPreview(root, 'dist-suggest-worker');

/** Opens the page (hash '' or '#big') and returns what it reports, the workers started and page errors. */
export async function runWorkerCheck(url: string, hash = ''): Promise<{ data: WorkerCheck; workers: string[]; errors: string[] }> {
  const b = await openBrowser();
  try {
    const workers: string[] = [];
    b.page.on('worker', (w) => workers.push(w.url()));
    await b.page.goto(`${url}/${hash}`);
    await b.page.waitForFunction(() => document.getElementById('result')?.textContent !== 'running', null, { timeout: 60_000 });
    const data = JSON.parse((await b.page.locator('#result').textContent())!) as WorkerCheck;
    return { data, workers, errors: [...b.errors] };
  } finally {
    await b.close();
  }
}
