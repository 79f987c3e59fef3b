// What a student sees when an assignment link is broken in a way the link's checksum cannot
// catch: a lesson named twice (refused, naming it), or a carried lesson that fails the lesson
// check (named with why, the rest still listed). Text from the link is shown as text.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import * as v from 'valibot';
import AssignmentPage from '../../src/components/assign/AssignmentPage.svelte';
import { encodeAssignment, type Assignment } from '../../src/lib/assignment/assignment';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';
import { saveImported } from '../../src/lib/lesson/imported-store';
import { LessonSchema } from '../../src/lib/lesson/schema';

beforeAll(() => loadTeacherMessages());

const base: Assignment = { v: 1, id: 'AbC123xyz0', label: 'Year 10', lessons: ['tajik-isis-k'], hints: true, attempts: 2, showAnswers: true };
// Passes the schema, so the link opens, but its quote is not in the article.
const unanchored = v.parse(LessonSchema, {
  id: 'bad-import',
  title: '<img src=x onerror=alert(1)>Bad lesson',
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
// An earlier, working version of it, kept in this browser from an older link.
const stale = v.parse(LessonSchema, {
  ...unanchored,
  title: 'Old version',
  exercises: [{ ...unanchored.exercises[0]!, items: [{ ...unanchored.exercises[0]!.items[0]!, target: [{ type: 'TextQuoteSelector', exact: 'The end.' }] }] }],
});
// The encoder validates; a link naming a lesson twice is what a hand-edited or buggy link looks like.
const twice = encodeAssignment({ ...base, lessons: ['tajik-isis-k', 'tajik-isis-k'] });
const withBroken = encodeAssignment({ ...base, lessons: ['tajik-isis-k', 'bad-import'], embedded: [unanchored] });
const onlyBroken = encodeAssignment({ ...base, lessons: ['bad-import'], embedded: [unanchored] });

describe('the assignment page with a broken link', () => {
  it('refuses a link naming a lesson twice, names the lesson, and shows the catalog', async () => {
    render(AssignmentPage, { payload: twice, lessonId: null });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'This assignment link cannot be used' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The link names the same lesson more than once (tajik-isis-k)');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lessons' })).toBeInTheDocument();
  });

  it('names a carried lesson that fails the check, with why, and still lists the others', { timeout: 20_000 }, async () => {
    expect(await saveImported(stale, 'assignment')).toMatchObject({ ok: true });
    const { container } = render(AssignmentPage, { payload: withBroken, lessonId: null });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('1 lesson carried in this link did not pass Spotlight’s lesson check');
    expect(alert).toHaveTextContent('<img src=x onerror=alert(1)>Bad lesson (bad-import)');
    expect(alert).toHaveTextContent('the quote "Not in the article" is not in the article');
    expect(container.querySelector('img')).toBeNull(); // the title is text, not markup
    expect(await screen.findByRole('heading', { level: 1, name: 'Year 10' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Start' }, { timeout: 10_000 })).toHaveAttribute('href', `#/a/${withBroken}/tajik-isis-k`);
    // Only the built-in lesson: the stored old version does not stand in for the broken one.
    expect(screen.getAllByRole('link', { name: 'Start' })).toHaveLength(1);
    expect(screen.queryByText('Old version')).toBeNull();
  });

  it('opens the assignment, not the broken lesson, when the link goes to it', { timeout: 20_000 }, async () => {
    render(AssignmentPage, { payload: withBroken, lessonId: 'bad-import' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Year 10' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('(bad-import)');
  });

  it('when every lesson is broken, says so and shows the catalog instead of an empty assignment', { timeout: 20_000 }, async () => {
    render(AssignmentPage, { payload: onlyBroken, lessonId: null });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByRole('heading', { level: 1, name: 'This assignment link cannot be used' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Bad lesson (bad-import)');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lessons' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Year 10' })).toBeNull();
  });
});
