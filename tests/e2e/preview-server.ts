// Starts `vite preview` on the built app and stops it by its own PID (not through npx,
// whose child would outlive it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running vite server; `log()` is what it has printed so far. */
export interface Server {
  url: string;
  stop: () => Promise<void>;
  log: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** The environment without Vitest's variables, which would make a test-mode (server) build. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

/** Builds the test variant of the app, which also holds the lessons in tests/fixtures. */
export function buildFixtures(root = process.cwd()): string {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', 'dist-fixtures', '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...cleanEnv(), VITE_FIXTURE_LESSONS: '1' },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`building the fixture app failed:\n${r.stdout}${r.stderr}`);
  return 'dist-fixtures';
}

export async function startPreview(root = process.cwd(), outDir = 'dist'): Promise<Server> {
  if (!existsSync(join(root, outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run npm run build first`);
  return startVite(root, ['preview', '--outDir', outDir]);
}

/** The dev server, as `npm run dev` starts it (the README's first command). */
export async function startDev(root = process.cwd()): Promise<Server> {
  return startVite(root, []);
}

async function startVite(root: string, args: string[]): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), ...args, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite ${args[0] ?? 'dev'} exited early:\n${log}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`vite ${args[0] ?? 'dev'} did not answer on ${url} within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
