// The results file says what the student marked, from their records and the record rules:
// found, partly found and missed items, wrong marks in their own words (cut short), wrong
// kinds of source, and attempts, checks and time at work over every attempt in the assignment.
import { expect, it } from 'vitest';
import { resultsBody } from '../assignment/assignment-progress';
import type { Assignment } from '../assignment/assignment';
import type { AttemptRecord, ExerciseRecord } from '../record/attempt-record';
import type { Lesson } from '../types';
import { completionCode, createResultsFile } from './results-file';

const text = 'The mayor said everything is fine. Officials said it was a disaster. ' + 'Long words '.repeat(40);
const lesson = {
  id: 'town-news',
  title: 'Town news',
  article: { text },
  exercises: [
    { id: 'claims', skill: 'claims', items: [{ id: 'c-a' }, { id: 'c-b' }, { id: 'c-c' }] },
    { id: 'sources', skill: 'sources', items: [{ id: 's-a' }] },
  ],
} as unknown as Lesson;
const ex = (over: Partial<ExerciseRecord>): ExerciseRecord => ({
  phase: 'done',
  marks: [],
  nextMarkId: 9,
  checks: 1,
  hinted: [],
  hintsUsed: 0,
  result: null,
  ...over,
});
const record = (savedAt: string, checks: number, activeSeconds?: number): AttemptRecord => ({
  format: 'spotlight-attempt',
  version: 2,
  lessonId: 'town-news',
  contentHash: 'h',
  savedAt,
  ...(activeSeconds === undefined ? {} : { activeSeconds }),
  step: 'summary',
  exercises: {
    claims: ex({
      checks,
      hintsUsed: 1,
      marks: [
        { id: 'm1', start: 4, end: 9, category: 'claims' },
        { id: 'm2', start: 70, end: text.length, category: 'claims' },
      ],
      result: {
        points: 1.25,
        max: 3,
        hintPenalty: 0.5,
        wrongMarkIds: ['m1', 'm2'],
        items: [
          { itemId: 'c-a', status: 'found', credit: 1, markIds: [] },
          { itemId: 'c-b', status: 'partial', credit: 0.5, markIds: [] },
          { itemId: 'c-c', status: 'missed', credit: 0, markIds: [] },
        ],
      },
    }),
    sources: ex({
      checks: 1,
      result: {
        points: 0.5,
        max: 1,
        hintPenalty: 0,
        wrongMarkIds: [],
        items: [{ itemId: 's-a', status: 'found', credit: 0.5, markIds: [], categoryCorrect: false, chosenCategory: 'vague' }],
      },
    }),
  },
});
const assignment = { id: 'AbC123xyz0', label: 'Y10' } as Assignment;

it('carries what the student marked, and attempts and checks in total', () => {
  const earlier = [record('2026-11-20T09:00:00.000Z', 3)];
  const body = resultsBody(assignment, '  Ana ', [{ lesson, record: record('2026-11-24T09:00:00.000Z', 2), earlier }], 'browser-abc');
  expect(body).toMatchObject({ version: 2, student: 'Ana', browserId: 'browser-abc', submittedAt: '2026-11-24T09:00:00.000Z' });
  const [l] = body.lessons;
  expect(l).toMatchObject({ lessonId: 'town-news', points: 1.75, max: 4, attempts: 2, checks: 3 + 1 + 2 + 1 });
  expect(l!.exercises[0]).toMatchObject({ found: ['c-a'], partial: ['c-b'], missed: ['c-c'], hintsUsed: 1, checks: 2 });
  expect(l!.exercises[0]!.wrongMarks[0]).toBe('mayor');
  expect([...l!.exercises[0]!.wrongMarks[1]!]).toHaveLength(200);
  expect(l!.exercises[0]!.wrongMarks[1]!.endsWith('…')).toBe(true);
  expect(l!.exercises[1]).toMatchObject({ wrongKinds: [{ itemId: 's-a', chosen: 'vague' }], wrongMarks: [] });
});

it('adds up the time at work over the attempts, and leaves it out when an attempt did not count it', () => {
  const time = (earlier: AttemptRecord[], now: AttemptRecord) => resultsBody(assignment, 'Ana', [{ lesson, record: now, earlier }], 'b-12345678').lessons[0]!;
  expect(time([record('2026-11-20T09:00:00.000Z', 1, 300)], record('2026-11-24T09:00:00.000Z', 1, 420)).activeSeconds).toBe(720);
  expect('activeSeconds' in time([record('2026-11-20T09:00:00.000Z', 1)], record('2026-11-24T09:00:00.000Z', 1, 420))).toBe(false);
});

it('gives the same file and code for the same work downloaded at different times', async () => {
  const make = () => createResultsFile(resultsBody(assignment, 'Ana', [{ lesson, record: record('2026-11-24T09:00:00.000Z', 2) }], 'browser-abc'));
  const first = await make();
  await new Promise((r) => setTimeout(r, 5));
  expect(completionCode(await make())).toBe(completionCode(first));
  const more = await createResultsFile(resultsBody(assignment, 'Ana', [{ lesson, record: record('2026-11-24T09:00:00.000Z', 3) }], 'browser-abc'));
  expect(completionCode(more)).not.toBe(completionCode(first));
});
