// Lessons carried in an assignment link: each is built (anchored) before it is kept, so
// one that fails comes back named, with what is wrong, and the others still play.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clear, createStore } from 'idb-keyval';
import * as v from 'valibot';
import { keepEmbedded } from './embedded';
import type { Assignment } from './assignment';
import { getImported } from '../lesson/imported-store';
import { loadLesson } from '../lesson/load';
import { LessonSchema, type LessonFile } from '../lesson/schema';

const lessonFile = (id: string, exact: string, extra: object = {}): LessonFile =>
  v.parse(LessonSchema, {
    id,
    title: `Title of ${id}`,
    level: 'Any',
    minutes: 5,
    intro: 'Hi',
    readingNote: 'Read',
    summary: 'Done',
    nextSteps: ['Search'],
    article: { title: 'Article', text: 'Officials said the plan failed. It was a disaster, everyone agrees. The end.' },
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
        items: [{ id: 'c1', target: [{ type: 'TextQuoteSelector', exact }], explanation: 'None.', hint: 'Last.' }],
      },
    ],
    ...extra,
  });
const good = lessonFile('good-import', 'The end.');
// Passes the schema (so the link opens) but its quote is not in the article: fails anchoring.
const unanchored = lessonFile('bad-import', 'Not in the article at all.');
const assignment = (embedded: LessonFile[]): Assignment => ({
  v: 1,
  id: 'AbC123xyz0',
  label: '',
  lessons: ['tajik-isis-k', ...embedded.map((l) => l.id)],
  hints: true,
  attempts: 2,
  showAnswers: true,
  embedded,
});
beforeEach(() => clear(createStore('spotlight-imported', 'lessons')));

describe('keeping the lessons an assignment link carries', () => {
  it('keeps lessons that pass the check, and they play', async () => {
    expect(await keepEmbedded(assignment([good]))).toEqual([]);
    expect(await loadLesson('good-import')).toMatchObject({ ok: true, lesson: { title: 'Title of good-import' } });
    expect(await keepEmbedded(assignment([]))).toEqual([]);
  });

  it('names a lesson that fails anchoring, says why, and does not keep it', async () => {
    const broken = await keepEmbedded(assignment([good, unanchored]));
    expect(broken).toEqual([
      {
        id: 'bad-import',
        title: 'Title of bad-import',
        language: 'en',
        dir: 'ltr',
        problems: [
          expect.objectContaining({
            where: expect.stringContaining('exercises'),
            message: expect.stringContaining('Not in the article at all.'),
          }),
        ],
      },
    ]);
    expect(await getImported('bad-import')).toBeUndefined();
    expect(await getImported('good-import')).toBeDefined();
  });

  it('names a lesson whose article is not in this copy of Spotlight', async () => {
    const { article: _, ...rest } = lessonFile('seeded-import', 'The end.');
    const seeded = v.parse(LessonSchema, { ...rest, seed: '000_not_a_seed' });
    expect(await keepEmbedded(assignment([seeded]))).toEqual([
      expect.objectContaining({
        id: 'seeded-import',
        problems: [expect.objectContaining({ where: 'seed', message: expect.stringContaining('seeds/000_not_a_seed.txt') })],
      }),
    ]);
  });
});
