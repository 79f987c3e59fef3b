// A teacher makes an assignment link; two students open it and finish (one takes hints,
// one does not) and download their results files; the teacher imports both and sees the
// right table and CSV. A damaged link shows a message and the catalog.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';
import { loadLessonFromDisk } from './keyboard-plan';
import { wordRangeForSpan } from '../../src/lib/text/segment';
import { createResultsFile } from '../../src/lib/results/results-file';

const base = inject('baseURL');
const { lesson, doc } = loadLessonFromDisk('tajik-isis-k');
const CATEGORY = {
  'named-source': 'Named document or outlet',
  'named-person': 'Named person',
  vague: 'Vague (“officials said”)',
  'social-media': 'Social media post',
  none: 'No source given',
} as const;
const browsers: Browser[] = [];
const open = async (width = 412) => {
  const b = await openBrowser({ width, height: 860 });
  browsers.push(b);
  return b;
};
afterAll(async () => Promise.all(browsers.map((b) => b.close())));

let link = '';
beforeAll(async () => {
  const teacher = await open(1280);
  const p = teacher.page;
  await p.goto(`${base}/#/`);
  await p.getByRole('link', { name: 'Assign' }).click();
  await p.getByRole('heading', { name: 'Assign lessons' }).waitFor();
  await p.getByRole('checkbox', { name: lesson.title }).check();
  await p.getByLabel('Class or assignment label').fill('Year 10 · test');
  // One check: answers are shown after the last check, so the key appears at once.
  await p.getByLabel('Checks allowed per exercise').fill('1');
  link = await p.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/#\/a\/[A-Za-z0-9_-]+$/);
  await expect(p.getByRole('img', { name: 'QR code of the assignment link' }).count()).resolves.toBe(1);
  await p.getByText('a determined student can still find the answer key').waitFor();
  await screenshot(p, 'assign-desktop');
  expect(teacher.errors).toEqual([]);
});

/** Plays the whole lesson from the assignment page: the first key item of each exercise, exactly. */
async function doAssignment(b: Browser, name: string, withHints: boolean): Promise<{ file: string; code: string }> {
  const p = b.page;
  await p.goto(link);
  await p.getByRole('heading', { name: 'Year 10 · test' }).waitFor();
  // A student in an assignment is not pointed at the teacher's pages or the answer key.
  for (const name of ['Assign', 'Results', 'Make a lesson', /Teacher view/]) await expect(p.getByRole('link', { name, exact: true }).count()).resolves.toBe(0);
  await p.getByRole('link', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'I have read it' }).click();
  for (const ex of lesson.exercises) {
    await p.getByRole('button', { name: 'Start the exercise' }).click();
    if (withHints) await p.getByRole('button', { name: 'Hint (−0.5)' }).click();
    const item = ex.items[0]!;
    if (item.attribution) await p.getByLabel(CATEGORY[item.attribution]).check();
    const [first, last] = wordRangeForSpan(doc, item.span)!;
    await p.locator(`#${ex.id}-w${first}`).click();
    if (last > first) await p.locator(`#${ex.id}-w${last}`).click({ modifiers: ['Shift'] });
    await p.keyboard.press('Enter');
    await p.getByRole('button', { name: 'Check my marks' }).click();
    await p.getByRole('heading', { name: /^Answers:/ }).waitFor();
    await p.getByRole('button', { name: 'Continue' }).click();
  }
  await p.getByRole('heading', { name: 'Summary' }).waitFor();
  await p.getByRole('link', { name: 'Back to the assignment' }).click();
  await p.getByRole('heading', { name: 'Hand in' }).waitFor();
  await p.getByRole('button', { name: 'Download my results file' }).click();
  await expect(p.getByRole('alert').textContent()).resolves.toContain('Type your name first');
  await p.getByLabel('Your name, as your teacher knows it').fill(name);
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download my results file' }).click()]);
  const file = await download.path();
  const code = (await p.locator('.code').textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await screenshot(p, `hand-in-${withHints ? 'hints' : 'no-hints'}-phone`);
  expect(b.errors).toEqual([]);
  return { file, code };
}

it('two students finish, the teacher imports both and sees the right table and CSV', { timeout: 180_000 }, async () => {
  const ana = await doAssignment(await open(), 'Ana (hints)', true);
  const ben = await doAssignment(await open(), 'Ben', false);
  const ids = JSON.parse(readFileSync(ana.file, 'utf8'));
  expect(ids).toMatchObject({ version: 2, lessons: [{ attempts: 1, checks: lesson.exercises.length }] });
  expect(ids.lessons[0].exercises.map((e: { points: number }) => e.points)).toEqual([0.5, 0.5, 0.5]);
  // The time at work is the student's own, counted in their browser while they marked.
  expect(ids.lessons[0].activeSeconds).toBeGreaterThan(0);
  expect(ids.lessons[0].activeSeconds).toBeLessThan(600);
  const minutes = (f: string) => Math.round(JSON.parse(readFileSync(f, 'utf8')).lessons[0].activeSeconds / 6) / 10;

  const teacher = browsers[0]!;
  const p = teacher.page;
  await p.goto(`${base}/#/results`);
  await p.getByLabel('Choose results files').setInputFiles([ana.file, ben.file]);
  await p.locator('.import-report li').nth(1).waitFor();
  await expect(p.locator('.import-report').textContent()).resolves.toMatch(/imported \(Ana \(hints\)\)[\s\S]*imported \(Ben\)/);
  const table = p.getByRole('table');
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.querySelector('.student-name') ?? c).textContent.trim())));
  const max = lesson.exercises.map((e) => e.items.length);
  expect(rows).toEqual([
    ['Ana (hints)', ...max.map((m) => `0.5 of ${m}`)],
    ['Ben', ...max.map((m) => `1 of ${m}`)],
  ]);
  // The same file again is not counted twice.
  await p.getByLabel('Choose results files').setInputFiles([ben.file]);
  await p.locator('.import-report li', { hasText: 'already imported' }).waitFor();
  await expect(p.locator('.import-report').textContent()).resolves.toContain('already imported (Ben)');
  await expect(table.locator('tbody tr').count()).resolves.toBe(2);
  // The class missed the other items; the most-missed list quotes the article.
  await expect(p.getByRole('heading', { name: 'Most missed by the class' }).count()).resolves.toBe(1);

  const [csvDownload] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download as CSV' }).click()]);
  const bytes = readFileSync(await csvDownload.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel needs
  const csv = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  // UTF-8 with a byte-order mark (Excel), one row per student and lesson, the same codes the students saw.
  const skills = lesson.exercises.map((e) => e.skill).sort();
  expect(csv[0]).toBe(
    `student,browser,submissions,lesson,lesson title,submitted at,attempts,checks,minutes at work,points,max,hints used,${skills.map((k) => `${k} points,${k} max`).join(',')},completion code`,
  );
  const total = max.reduce((a, b) => a + b, 0);
  const perSkill = (pts: number) => skills.map((k) => `${pts},${lesson.exercises.find((e) => e.skill === k)!.items.length}`).join(',');
  expect(
    csv.slice(1).map((l) =>
      l
        .split(',')
        .slice(-(7 + 2 * skills.length))
        .join(','),
    ),
  ).toEqual([`1,3,${minutes(ana.file)},1.5,${total},3,${perSkill(0.5)},${ana.code}`, `1,3,${minutes(ben.file)},3,${total},0,${perSkill(1)},${ben.code}`]);
  await screenshot(p, 'results-desktop');

  // A file for another assignment, dropped on the page, is imported but flagged, and kept apart.
  const { checksum: _, ...benBody } = JSON.parse(readFileSync(ben.file, 'utf8'));
  const other = JSON.stringify(await createResultsFile({ ...benBody, assignmentId: 'Other12345', label: 'Other class', student: 'Cy' }));
  const dropped = await p.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'cy.json', { type: 'application/json' }));
    return dt;
  }, other);
  await p.dispatchEvent('.drop', 'drop', { dataTransfer: dropped });
  await p.locator('.import-report li.flagged', { hasText: 'for another assignment: “Other class”' }).waitFor();
  await expect(table.locator('tbody tr').count()).resolves.toBe(2);
  await expect(p.getByLabel('Assignment').locator('option').allTextContents()).resolves.toEqual(['Year 10 · test', 'Other class']);

  // Results survive a reload (IndexedDB).
  await p.reload();
  await p.getByRole('table').waitFor();
  await expect(p.getByRole('table').locator('tbody tr').count()).resolves.toBe(2);
  expect(teacher.errors).toEqual([]);
});

it('answers a damaged link with a message and the catalog', async () => {
  const b = await open();
  await b.page.goto(link.slice(0, -6));
  await b.page.getByRole('heading', { name: 'This assignment link cannot be used' }).waitFor();
  await expect(b.page.getByRole('alert').textContent()).resolves.toContain('damaged or incomplete');
  await b.page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  expect(b.errors).toEqual([]);
});
