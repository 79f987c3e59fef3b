// The SCORM packages from `npm run build:scorm`, each played inside a stand-in LMS whose
// side is scorm-again: the learner starts, leaves in the middle of an exercise (the
// package finishes), comes back with the LMS's suspend_data and finds their marks, then
// finishes; the test reads back status, score, session time and suspend_data. Both SCORM
// 1.2 and 2004. And an LMS that refuses everything does not stop the lesson.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { openBrowser, screenshot, type Browser } from './browser';
import { loadLessonFromDisk } from './keyboard-plan';
import { startLms } from './lms/lms-server';
import { wordRangeForSpan } from '../../src/lib/text/segment';

const { lesson, doc } = loadLessonFromDisk('tajik-isis-k');
const CATEGORY = {
  'named-source': 'Named document or outlet',
  'named-person': 'Named person',
  vague: 'Vague (“officials said”)',
  'social-media': 'Social media post',
  none: 'No source given',
} as const;
type Std = '1.2' | '2004';
const zip = (std: Std) => join(process.cwd(), 'build/scorm', `tajik-isis-k-scorm${std === '1.2' ? '12' : '2004'}.zip`);

const browsers: Browser[] = [];
afterAll(async () => Promise.all(browsers.map((b) => b.close())));
async function browser(): Promise<Browser> {
  const b = await openBrowser({ width: 1000, height: 900 });
  browsers.push(b);
  return b;
}

/** Opens the stand-in LMS page, creates the API (with what the LMS kept) and frames the SCO. */
async function launch(p: Page, url: string, std: Std, kept: Record<string, string> = {}): Promise<FrameLocator> {
  await p.goto(`${url}/lms.html`);
  await p.evaluate(
    ({ std, kept }) => {
      const w = window as unknown as Record<string, any>;
      const api = std === '1.2' ? new w.Scorm12API({ autocommit: false, logLevel: 5 }) : new w.Scorm2004API({ autocommit: false, logLevel: 5 });
      api.loadFromFlattenedJSON(kept);
      w.finished = 0;
      api.on(std === '1.2' ? 'LMSFinish' : 'Terminate', () => (w.finished += 1));
      w[std === '1.2' ? 'API' : 'API_1484_11'] = api;
      const frame = document.createElement('iframe');
      frame.title = 'Lesson';
      frame.src = 'pkg/index.html';
      frame.style.cssText = 'width:100%;height:1400px;border:0';
      document.getElementById('slot')!.append(frame);
    },
    { std, kept },
  );
  return p.frameLocator('iframe');
}

/** What the LMS has recorded, read from scorm-again's data model. */
async function recorded(p: Page, std: Std) {
  return p.evaluate((std) => {
    const w = window as unknown as Record<string, any>;
    // Through toJSON, as an LMS would commit it (session_time is write-only to the SCO).
    if (std === '1.2') {
      const c = JSON.parse(JSON.stringify(w.API.cmi));
      return {
        status: c.core.lesson_status,
        success: '',
        raw: c.core.score.raw,
        min: c.core.score.min,
        max: c.core.score.max,
        scaled: '',
        time: c.core.session_time,
        exit: c.core.exit,
        suspend: c.suspend_data as string,
        finished: w.finished,
      };
    }
    const c = JSON.parse(JSON.stringify(w.API_1484_11.cmi));
    return {
      status: c.completion_status,
      success: c.success_status,
      raw: c.score.raw,
      min: c.score.min,
      max: c.score.max,
      scaled: c.score.scaled,
      time: c.session_time,
      exit: c.exit,
      suspend: c.suspend_data as string,
      finished: w.finished,
    };
  }, std);
}

async function markFirstItem(f: FrameLocator, exIndex: number) {
  const ex = lesson.exercises[exIndex]!;
  const item = ex.items[0]!;
  if (item.attribution) await f.getByLabel(CATEGORY[item.attribution]).check();
  const [first, last] = wordRangeForSpan(doc, item.span)!;
  await f.locator(`#${ex.id}-w${first}`).click();
  if (last > first) await f.locator(`#${ex.id}-w${last}`).click({ modifiers: ['Shift'] });
  await f.locator(`#${ex.id}-w${last}`).press('Enter');
}

describe.each(['1.2', '2004'] as const)('SCORM %s package', (std) => {
  let lms: Awaited<ReturnType<typeof startLms>>;
  beforeAll(async () => {
    if (!existsSync(zip(std))) throw new Error(`${zip(std)} is missing: run npm run build:scorm (npm test does)`);
    lms = await startLms(zip(std));
  });
  afterAll(async () => lms?.stop());

  it('holds a manifest for its standard, a launch page and the whole app at relative paths', () => {
    expect(lms.files).toContain('imsmanifest.xml');
    expect(lms.files).toContain('index.html');
    expect(lms.files).toContain('spotlight-package.json');
    expect(lms.files.some((f) => f.startsWith('assets/') && f.endsWith('.js'))).toBe(true);
    expect(lms.files).not.toContain('sw.js');
    // Nothing names a file the package leaves out: the manifest's schema files are in it, and
    // index.html keeps no link to the web-app manifest (or anything else not packaged).
    const manifest = lms.text('imsmanifest.xml');
    const located = /xsi:schemaLocation="([^"]+)"/
      .exec(manifest)![1]!
      .split(/\s+/)
      .filter((_, i) => i % 2 === 1);
    expect(located.length).toBeGreaterThan(2);
    expect(located.filter((f) => !lms.files.includes(f))).toEqual([]);
    const html = lms.text('index.html');
    expect(html).not.toContain('manifest.webmanifest');
    const refs = [...html.matchAll(/(?:href|src|content)="\.?\/?((?:assets\/)?[\w.-]+\.\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(2);
    expect(refs.filter((r) => !lms.files.includes(r))).toEqual([]);
  });

  it('reports to the LMS, resumes from suspend_data, and finishes', { timeout: 180_000 }, async () => {
    const b = await browser();
    const p = b.page;
    // The LMS asks for 1.2's percentage or 2004's fraction; make the 2004 run pass and the 1.2 run fail.
    const mastery: Record<string, string> = std === '1.2' ? { 'cmi.student_data.mastery_score': '60' } : { 'cmi.scaled_passing_score': '0.05' };
    let f = await launch(p, lms.url, std, { ...mastery });
    await f.getByRole('button', { name: 'Start' }).click();
    await f.getByRole('button', { name: 'I have read it' }).click();
    await f.getByRole('button', { name: 'Start the exercise' }).click();
    await markFirstItem(f, 0);
    await expect(f.locator('section[aria-label="Your marks"] li').count()).resolves.toBe(1);
    // The learner leaves in the middle of the first exercise: the LMS unloads the frame.
    await p.evaluate(() => document.querySelector('iframe')!.remove());
    await expect.poll(() => recorded(p, std).then((r) => r.finished)).toBe(1);
    const first = await recorded(p, std);
    expect(first.status).toBe('incomplete');
    expect(first.exit).toBe('suspend'); // unfinished: the LMS keeps the attempt open to resume
    expect(first.suspend.length).toBeGreaterThan(0);
    expect(first.suspend.length).toBeLessThanOrEqual(4096);
    expect(first.time).toMatch(std === '1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/);

    // Second launch: the LMS hands back suspend_data; the learner is where they left off.
    f = await launch(p, lms.url, std, { ...mastery, 'cmi.suspend_data': first.suspend, [std === '1.2' ? 'cmi.core.entry' : 'cmi.entry']: 'resume' });
    await f.getByRole('heading', { level: 2, name: lesson.exercises[0]!.title }).waitFor();
    await expect(f.locator('section[aria-label="Your marks"] li').count()).resolves.toBe(1);
    await screenshot(p, `scorm-${std}-resumed`);
    for (const [i] of lesson.exercises.entries()) {
      if (i > 0) {
        await f.getByRole('button', { name: 'Start the exercise' }).click();
        await markFirstItem(f, i);
      }
      await f.getByRole('button', { name: 'Check my marks' }).click();
      await f.getByRole('button', { name: 'Show answers' }).click();
      await f.getByRole('button', { name: 'Continue' }).click();
    }
    await f.getByRole('heading', { name: 'Summary' }).waitFor();
    const max = lesson.exercises.reduce((s, ex) => s + ex.items.length, 0);
    const points = lesson.exercises.length; // the first item of each exercise, exactly, no hints
    await expect.poll(() => recorded(p, std).then((r) => r.status)).not.toBe('incomplete');
    await p.evaluate(() => document.querySelector('iframe')!.remove());
    await expect.poll(() => recorded(p, std).then((r) => r.finished)).toBe(1); // a new LMS page: counted afresh
    const done = await recorded(p, std);
    // Raw is the percentage on 0-100 in both standards (Moodle grades 2004 from raw alone).
    expect(Number(done.raw)).toBe(Math.round((points / max) * 10000) / 100); // 3 of 32: 9.38
    expect([done.min, done.max].map(Number)).toEqual([0, 100]);
    if (std === '1.2') {
      expect(done.status).toBe('failed'); // 3 of max is below the LMS's 60%
      expect(done.exit).toBe(''); // 1.2's normal exit: the attempt is over
    } else {
      expect(done.status).toBe('completed');
      expect(done.success).toBe('passed'); // above the LMS's 0.05
      expect(Number(done.scaled)).toBeCloseTo(points / max, 4);
      expect(done.exit).toBe('normal');
    }
    expect(done.suspend.length).toBeLessThanOrEqual(4096);
    // A third launch opens on the summary.
    f = await launch(p, lms.url, std, { ...mastery, 'cmi.suspend_data': done.suspend });
    await f.getByRole('heading', { name: 'Summary' }).waitFor();
    await expect(f.getByTestId('total').textContent()).resolves.toBe(`${points} of ${max}`);
    expect(b.errors).toEqual([]);
  });
});

describe('an LMS that answers with errors', () => {
  let lms: Awaited<ReturnType<typeof startLms>>;
  beforeAll(async () => (lms = await startLms(zip('1.2'))));
  afterAll(async () => lms?.stop());

  it('tells the learner results may not be recorded, and the lesson goes on', async () => {
    const b = await browser();
    const p = b.page;
    await p.goto(`${lms.url}/lms.html`);
    await p.evaluate(() => {
      const fail = () => 'false';
      (window as unknown as { API: unknown }).API = {
        LMSInitialize: () => 'true',
        LMSFinish: fail,
        LMSGetValue: () => '',
        LMSSetValue: fail,
        LMSCommit: fail,
        LMSGetLastError: () => '101',
        LMSGetErrorString: () => 'General exception',
      };
      const frame = document.createElement('iframe');
      frame.title = 'Lesson';
      frame.src = 'pkg/index.html';
      frame.style.cssText = 'width:100%;height:1400px;border:0';
      document.getElementById('slot')!.append(frame);
    });
    const f = p.frameLocator('iframe');
    await expect(f.getByRole('alert').first().textContent()).resolves.toContain('may not be recorded');
    await f.getByRole('button', { name: 'Start' }).click();
    await f.getByRole('button', { name: 'I have read it' }).click();
    await f.getByRole('button', { name: 'Start the exercise' }).click();
    await markFirstItem(f, 0);
    await f.getByRole('button', { name: 'Check my marks' }).click();
    await f.getByRole('heading', { name: /^Attempt 1: 1 of \d+ points/ }).waitFor();
    await screenshot(p, 'scorm-lms-errors');
    expect(b.errors).toEqual([]);
  });
});

describe('an assignment packaged in the browser', () => {
  it('downloads from the assignment builder and opens on the assignment inside the LMS', { timeout: 120_000 }, async () => {
    const base = inject('baseURL');
    const teacher = await browser();
    await teacher.page.goto(`${base}/#/assign`);
    await teacher.page.getByRole('checkbox', { name: /ISIS-Khorasan/ }).check();
    await teacher.page.getByLabel('Class or assignment label').fill('Year 9 LMS');
    const [download] = await Promise.all([
      teacher.page.waitForEvent('download'),
      teacher.page.getByRole('button', { name: 'Download SCORM 2004 package' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('spotlight-year-9-lms-scorm2004.zip');
    await teacher.page.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();
    await screenshot(teacher.page, 'assign-lms-desktop');
    const lms = await startLms(await download.path());
    try {
      // The XSD files come along from the app's own chunk (makeScormPackage refuses a package without them).
      expect(lms.files).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html', 'spotlight-package.json', 'imscp_v1p1.xsd', 'imsss_v1p0.xsd']));
      const p = (await browser()).page;
      const f = await launch(p, lms.url, '2004');
      await f.getByRole('heading', { level: 1, name: 'Year 9 LMS' }).waitFor();
      await f.getByRole('link', { name: 'Start' }).click();
      await f.getByRole('button', { name: 'Start' }).click();
      await expect.poll(() => recorded(p, '2004').then((r) => r.status)).toBe('incomplete');
      await screenshot(p, 'scorm-assignment-in-lms');
    } finally {
      await lms.stop();
    }
    expect(teacher.errors).toEqual([]);
  });
});
