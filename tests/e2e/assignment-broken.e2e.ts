// Assignment links broken in ways the checksum cannot catch, in a real browser: a lesson
// named twice is refused by name, and a carried lesson that fails the lesson check is named
// with why while the rest of the assignment still opens. No page error, no blank page.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import * as v from 'valibot';
import { openBrowser, screenshot, type Browser } from './browser';
import { encodeAssignment, type Assignment } from '../../src/lib/assignment/assignment';
import { LessonSchema } from '../../src/lib/lesson/schema';

const base = inject('baseURL');
const assignment: Assignment = { v: 1, id: 'broken-link-1', label: 'Year 10 · broken', lessons: ['tajik-isis-k'], hints: true, attempts: 2, showAnswers: true };
// Passes the schema, so the link opens, but its quote is not in the article.
const unanchored = v.parse(LessonSchema, {
  id: 'bad-import',
  title: 'The <b>bad</b> lesson',
  level: 'Any',
  minutes: 5,
  intro: 'Hi',
  readingNote: 'Read',
  summary: 'Done',
  nextSteps: ['Search'],
  article: { title: 'Article', text: 'Officials said the plan failed. The end.' },
  exercises: [
    {
      id: 'claims',
      skill: 'claims',
      kind: 'mark-words',
      title: 'Claims',
      what: 'What?',
      example: { text: 'It is the best.', highlight: 'the best', explanation: 'Says who?' },
      instructions: 'Mark.',
      wrongMark: 'No.',
      items: [{ id: 'c1', target: [{ type: 'TextQuoteSelector', exact: 'Not in the article' }], explanation: 'None.', hint: 'Last.' }],
    },
  ],
});
let b: Browser;
beforeAll(async () => {
  b = await openBrowser({ width: 412, height: 860 });
});
afterAll(async () => b?.close());

it('refuses a link naming a lesson twice, naming it, and shows the catalog', async () => {
  await b.page.goto(`${base}/#/a/${encodeAssignment({ ...assignment, lessons: ['tajik-isis-k', 'tajik-isis-k'] })}`);
  await b.page.getByRole('heading', { name: 'This assignment link cannot be used' }).waitFor();
  await expect(b.page.getByRole('alert').textContent()).resolves.toContain('names the same lesson more than once (tajik-isis-k)');
  await b.page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  expect(b.errors).toEqual([]);
});

it('names a carried lesson that fails the check, with why, and lists the rest', async () => {
  const payload = encodeAssignment({ ...assignment, lessons: ['tajik-isis-k', 'bad-import'], embedded: [unanchored] });
  await b.page.goto(`${base}/#/a/${payload}/bad-import`);
  await b.page.getByRole('heading', { level: 1, name: 'Year 10 · broken' }).waitFor();
  const alert = b.page.getByRole('alert');
  await expect(alert.textContent()).resolves.toMatch(
    /did not pass Spotlight’s lesson check[\s\S]*The <b>bad<\/b> lesson \(bad-import\)[\s\S]*the quote "Not in the article" is not in the article/,
  );
  await expect(alert.locator('b').count()).resolves.toBe(0);
  await b.page.getByRole('link', { name: 'Start' }).waitFor(); // the lessons load after the heading
  await expect(b.page.getByRole('link', { name: 'Start' }).count()).resolves.toBe(1);
  await screenshot(b.page, 'assignment-broken-lesson-phone');
  expect(b.errors).toEqual([]);
});
