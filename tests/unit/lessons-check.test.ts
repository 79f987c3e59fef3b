// A broken lesson on disk stops `npm run lessons:check` and the build, naming file and fix.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonsCheckPlugin } from '../../scripts/lessons-plugin';

let root = '';
function copyProject(edit: (lesson: string) => string) {
  root = mkdtempSync(join(tmpdir(), 'spotlight-lessons-'));
  cpSync('seeds', join(root, 'seeds'), { recursive: true });
  cpSync('lessons', join(root, 'lessons'), { recursive: true });
  const file = join(root, 'lessons', 'tajik-isis-k.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const breakQuote = (y: string) => y.replace('exact: heinous phenomenon', 'exact: heinous phenomena');

describe('lessons:check', () => {
  it('passes on the lessons in the repository', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ 1 lesson(s) valid');
  });

  it('fails on a quote that is not in the article, naming the file, the item and the fix', () => {
    copyProject(breakQuote);
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lessons/tajik-isis-k.yaml › exercises[1] (emotive).items[3] (emotive-heinous)');
    expect(r.stderr).toContain('the quote "heinous phenomena" is not in the article');
    expect(r.stderr).toContain('fix: copy the exact text from the article');
  });

  it('stops the build through the Vite plugin', () => {
    copyProject(breakQuote);
    const plugin = lessonsCheckPlugin() as unknown as { configResolved: (c: { root: string }) => void; buildStart: (this: { error: (m: string) => never }) => void };
    plugin.configResolved({ root });
    const error = (m: string): never => {
      throw new Error(m);
    };
    expect(() => plugin.buildStart.call({ error })).toThrow(/emotive-heinous.*not in the article/s);
  });
});
