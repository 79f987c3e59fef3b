// xAPI from an assignment that names an LRS: a student works through the seed lesson, part
// of it offline; statements (launched, answered per item with the marked text, completed,
// failed with the score) reach a stand-in LRS on 127.0.0.1 once the connection returns,
// each once, with the xAPI headers and shape it checks.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser';
import { loadLessonFromDisk } from './keyboard-plan';
import { startLrs, type LrsStandIn } from './lms/lrs-server';
import { encodeAssignment } from '../../src/lib/assignment/assignment';
import { wordRangeForSpan } from '../../src/lib/text/segment';

const base = inject('baseURL');
const { lesson, doc } = loadLessonFromDisk('tajik-isis-k');
const CATEGORY = {
  'named-source': 'Named document or outlet',
  'named-person': 'Named person',
  vague: 'Vague (“officials said”)',
  'social-media': 'Social media post',
  none: 'No source given',
} as const;
const verb = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
let lrs: LrsStandIn;
let b: Browser;
beforeAll(async () => {
  lrs = await startLrs('class-key', 'class-secret');
  b = await openBrowser({ width: 412, height: 860 });
});
afterAll(async () => {
  await b?.close();
  await lrs?.stop();
});

it('queues statements offline and delivers each once when the connection returns', { timeout: 120_000 }, async () => {
  const payload = encodeAssignment({
    v: 1,
    id: 'xapi-class-1',
    label: 'xAPI class',
    lessons: [lesson.id],
    hints: true,
    // One check: answers may be shown only after the last check, so they appear at once.
    attempts: 1,
    showAnswers: true,
    lrs: { endpoint: lrs.endpoint, username: 'class-key', password: 'class-secret' },
  });
  const p = b.page;
  await p.goto(`${base}/#/a/${payload}`);
  await p.getByText('sent to your teacher’s learning record store (127.0.0.1').waitFor();
  await p.getByLabel('Your name, sent with your progress').fill('Ana');
  await p.getByLabel('Your name, sent with your progress').blur();
  await p.getByRole('link', { name: 'Start' }).click();
  await p.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => lrs.statements.map((s) => s.verb.id)).toEqual([verb('launched')]);
  expect(lrs.statements[0]!.actor.name).toBe('Ana');

  await p.getByRole('button', { name: 'I have read it' }).click();
  await b.context.setOffline(true);
  const marked: string[] = [];
  for (const [i, ex] of lesson.exercises.entries()) {
    await p.getByRole('button', { name: 'Start the exercise' }).click();
    const item = ex.items[0]!;
    if (item.attribution) await p.getByLabel(CATEGORY[item.attribution]).check();
    const [first, last] = wordRangeForSpan(doc, item.span)!;
    await p.locator(`#${ex.id}-w${first}`).click();
    if (last > first) await p.locator(`#${ex.id}-w${last}`).click({ modifiers: ['Shift'] });
    await p.keyboard.press('Enter');
    marked.push(doc.text.slice(item.span.start, item.span.end));
    await p.getByRole('button', { name: 'Check my marks' }).click();
    if (i === 0) {
      // Offline: the answers wait in the browser's queue, not lost.
      const queued = await p.evaluate(() => JSON.parse(localStorage.getItem('spotlight:xapi-queue') ?? '[]').length);
      expect(queued).toBe(ex.items.length);
      expect(lrs.statements).toHaveLength(1);
      // And the page says so, politely, in words.
      await p
        .getByRole('status')
        .filter({ hasText: /waiting to be sent to the learning record store: (it|they) will go as soon as you are back online/ })
        .waitFor();
      await b.context.setOffline(false);
    }
    await p.getByRole('heading', { name: /^Answers:/ }).waitFor();
    await p.getByRole('button', { name: 'Continue' }).click();
  }
  await p.getByRole('heading', { name: 'Summary' }).waitFor();
  const items = lesson.exercises.reduce((n, ex) => n + ex.items.length, 0);
  await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(1 + items + 2);
  await p.getByRole('status').filter({ hasText: 'All your results have been sent to the learning record store.' }).waitFor();
  await screenshot(p, 'xapi-summary');

  const ids = lrs.statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(lrs.refusals).toEqual([]);
  const byVerb = (name: string) => lrs.statements.filter((s) => s.verb.id === verb(name));
  expect(byVerb('answered')).toHaveLength(items);
  // The item each exercise's mark was for is answered with the marked text, and found.
  for (const [i, ex] of lesson.exercises.entries()) {
    const st = byVerb('answered').find((s) => s.object.id.endsWith(`/${ex.id}/${ex.items[0]!.id}`))!;
    expect(st.result).toMatchObject({ success: true, response: marked[i] });
    expect(st.context.contextActivities.grouping[0].id).toMatch(/#\/a\/xapi-class-1$/);
  }
  expect(byVerb('completed')).toHaveLength(1);
  const graded = byVerb('failed'); // one item of each exercise is below 60%
  expect(graded).toHaveLength(1);
  expect(graded[0]!.result.score).toEqual({
    raw: lesson.exercises.length,
    min: 0,
    max: items,
    scaled: Math.round((lesson.exercises.length / items) * 10000) / 10000,
  });
  expect(await p.evaluate(() => JSON.parse(localStorage.getItem('spotlight:xapi-queue') ?? '[]').length)).toBe(0);
  expect(b.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
});
