// A broken lesson on disk stops `npm run lessons:check` and the build, naming file and fix.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('lessons:check', { timeout: 30_000 }, () => {
  it('passes on the lessons in the repository', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const count = readdirSync('lessons').filter((n) => n.endsWith('.yaml')).length;
    expect(count).toBeGreaterThanOrEqual(12);
    expect(r.stdout).toContain(`✓ ${count} lesson(s) valid`);
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
    const plugin = lessonsCheckPlugin() as unknown as {
      configResolved: (c: { root: string }) => void;
      buildStart: (this: { error: (m: string) => never }) => void;
    };
    plugin.configResolved({ root });
    const error = (m: string): never => {
      throw new Error(m);
    };
    expect(() => plugin.buildStart.call({ error })).toThrow(/emotive-heinous.*not in the article/s);
  });

  it('holds course lessons to the course gates: four items and two supported passages per exercise', () => {
    copyProject((y) => y.replace(/\n {4}supported:\n( {6}- id: emotive-ok[\s\S]*?)\n {4}attempts: 3/, '\n    attempts: 3'));
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lessons/tajik-isis-k.yaml › exercises[1] (emotive): 0 supported passage(s); a course exercise needs at least 2');
  });

  it('refuses a text that reads above its level, and a lesson with no teacher guide', () => {
    copyProject((y) => y.replace('band: advanced', 'band: beginner').replace(/\nguide:\n[\s\S]*?\nreadingNote:/, '\nreadingNote:'));
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tajik-isis-k\.yaml › article: the article reads at grade 16\.\d \(Flesch–Kincaid\); beginner texts read at grade 0 to 8/);
    expect(r.stderr).toContain('tajik-isis-k.yaml › guide: a course lesson needs a teacher guide');
  });

  it('refuses two lessons on one article', () => {
    copyProject((y) => y);
    writeFileSync(
      join(root, 'lessons', 'copy-of-seed.yaml'),
      readFileSync(join(root, 'lessons', 'tajik-isis-k.yaml'), 'utf8')
        .replace('id: tajik-isis-k', 'id: copy-of-seed')
        .replace('order: 2 }', 'order: 9 }'),
    );
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lessons/tajik-isis-k.yaml › seed: the article seeds/000_9d20e17f153f9736.txt is also used by lessons/copy-of-seed.yaml');
  });

  it('refuses a supported passage that overlaps an item of the same exercise', () => {
    copyProject((y) => y.replace('exact: traveled to Syria and Iraq between 2014 and 2016', 'exact: heinous phenomenon of ISIS'));
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('(emotive-ok-traveled): it overlaps "emotive-heinous" of the same exercise');
  });
});
