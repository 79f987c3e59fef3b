// A broken lesson fails with a message that names the file, the item and the fix.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { SeedSource } from '../../src/lib/lesson/build-lesson';
import { buildLesson, seedFromText } from '../../src/lib/lesson/build-lesson-yaml';
import { formatProblem } from '../../src/lib/lesson/problems';

const TEXT = 'Officials said the plan failed. Experts said it was a disaster.\nThe mayor said nothing.';
const META = stringify({ title: 'Test article', byline: 'A. Writer', known: ['a byline'], unknown: ['the outlet'] });
const seeds: Record<string, SeedSource> = { 'test-seed': seedFromText('test-seed', TEXT, META) };

function lesson(patch: (l: Record<string, any>) => void = () => {}) {
  const l: Record<string, any> = {
    id: 'demo',
    title: 'Demo',
    seed: 'test-seed',
    level: 'Any',
    minutes: 5,
    intro: 'Hi',
    readingNote: 'Read',
    summary: 'Done',
    nextSteps: ['Search the author'],
    exercises: [
      {
        id: 'sources',
        skill: 'sources',
        kind: 'mark-sources',
        title: 'Sources',
        what: 'Who says so?',
        example: { text: 'Sources say rain.', highlight: 'Sources say', explanation: 'Vague.' },
        instructions: 'Mark them.',
        wrongMark: 'Not in the key.',
        items: [
          {
            id: 'sources-officials',
            target: [
              { type: 'TextQuoteSelector', exact: 'Officials said' },
              { type: 'TextPositionSelector', start: 0, end: 14 },
            ],
            explanation: 'Which officials?',
            hint: 'Look at the start.',
            attribution: 'vague',
          },
          {
            id: 'sources-experts',
            target: [{ type: 'TextQuoteSelector', exact: 'Experts said' }],
            explanation: 'Which experts?',
            hint: 'Second sentence.',
            attribution: 'vague',
          },
        ],
      },
    ],
  };
  patch(l);
  return stringify(l);
}
const build = (src: string) => buildLesson('lessons/demo.yaml', src, seeds);
const item = (l: Record<string, any>, i: number) => l.exercises[0].items[i];

function problems(src: string) {
  const r = build(src);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

describe('buildLesson', () => {
  it('anchors a valid lesson and fills in defaults', () => {
    const r = build(lesson());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lesson.exercises[0]!.items.map((i) => i.span)).toEqual([
      { start: 0, end: 14 },
      { start: 32, end: 44 },
    ]);
    expect(r.lesson.exercises[0]!.attempts).toBe(3);
    expect(r.lesson.contentHash).toMatch(/^[0-9a-f]{8}$/);
  });

  it.each<[string, (l: Record<string, any>) => void, RegExp, RegExp, RegExp]>([
    ['unknown seed', (l) => (l.seed = 'nope'), /^seed$/, /unknown seed "nope"/, /seeds\/nope\.txt.*test-seed/],
    ['quote not found', (l) => (item(l, 1).target[0].exact = 'Experts claimed'), /items\[1\] \(sources-experts\)/, /not in the article/, /copy the exact text/],
    ['ambiguous quote', (l) => (item(l, 1).target = [{ type: 'TextQuoteSelector', exact: 'said' }]), /sources-experts/, /occurs 3 times/, /prefix or suffix/],
    ['missing explanation', (l) => delete item(l, 0).explanation, /items\.0\.explanation/, /required/, /add explanation/],
    ['empty explanation', (l) => (item(l, 0).explanation = '  '), /items\.0\.explanation/, /must not be empty/, /correct this value/],
    ['unknown category', (l) => (item(l, 0).attribution = 'tweet'), /items\.0\.attribution/, /one of: named-source/, /correct/],
    ['unknown skill', (l) => (l.exercises[0].skill = 'bias'), /exercises\.0\.skill/, /claims, emotive, sources/, /correct/],
    ['duplicate id', (l) => (item(l, 1).id = 'sources-officials'), /items\[1\]/, /duplicate id "sources-officials"/, /its own id/],
    [
      'stale position',
      (l) => (item(l, 0).target[1] = { type: 'TextPositionSelector', start: 3, end: 17 }),
      /sources-officials/,
      /no longer points/,
      /start: 0 and end: 14/,
    ],
    [
      'overlapping items',
      (l) => (item(l, 1).target = [{ type: 'TextQuoteSelector', exact: 'Officials said the plan' }]),
      /sources-experts/,
      /overlaps item "sources-officials"/,
      /shorten/,
    ],
    ['missing attribution', (l) => delete item(l, 0).attribution, /sources-officials/, /needs an attribution/, /add attribution/],
    ['unknown field', (l) => (l.colour = 'red'), /colour/, /unknown field/, /remove it/],
    ['example highlight not in text', (l) => (l.exercises[0].example.highlight = 'Officials'), /example\.highlight/, /does not occur/, /copy the passage/],
    [
      'example with both highlight and marks',
      (l) => (l.exercises[0].example.marks = [{ text: 'Sources say', attribution: 'vague' }]),
      /exercises\.0\.example/,
      /either highlight .* or marks/,
      /correct/,
    ],
    [
      'sources example mark without its kind',
      (l) => (l.exercises[0].example = { text: 'Sources say rain.', marks: [{ text: 'Sources say' }], explanation: 'Vague.' }),
      /example\.marks\[0\]/,
      /needs its attribution/,
      /add attribution: named-source/,
    ],
    [
      'example mark not in text',
      (l) => (l.exercises[0].example = { text: 'Sources say rain.', marks: [{ text: 'Sources said', attribution: 'vague' }], explanation: 'Vague.' }),
      /example\.marks\[0\]/,
      /"Sources said" does not occur/,
      /copy the passage exactly/,
    ],
    [
      'example marks overlapping',
      (l) =>
        (l.exercises[0].example = {
          text: 'Sources say rain.',
          marks: [
            { text: 'Sources say', attribution: 'vague' },
            { text: 'say rain', attribution: 'none' },
          ],
          explanation: 'Vague.',
        }),
      /example\.marks/,
      /overlap/,
      /its own words/,
    ],
  ])('%s: names the place and the fix', (_name, patch, where, message, fix) => {
    const found = problems(lesson(patch));
    const p = found.find((x) => message.test(x.message));
    expect(p, JSON.stringify(found)).toBeDefined();
    expect(p!.file).toBe('lessons/demo.yaml');
    expect(p!.where).toMatch(where);
    expect(p!.fix).toMatch(fix);
    expect(formatProblem(p!)).toContain('lessons/demo.yaml');
  });

  it('reports unreadable YAML with its line', () => {
    const [p] = problems('id: demo\ntitle: [unclosed\n');
    expect(p!.where).toMatch(/^line \d+, column \d+$/);
    expect(p!.fix).toMatch(/indentation and quoting/);
  });

  it('reports a file whose name differs from its id, and a seed without metadata', () => {
    expect(buildLesson('lessons/other.yaml', lesson(), seeds)).toMatchObject({
      ok: false,
      problems: [{ where: 'id', fix: expect.stringMatching(/rename the file to demo\.yaml/) }],
    });
    const noMeta = buildLesson('lessons/demo.yaml', lesson(), { 'test-seed': { text: TEXT, meta: undefined } });
    expect(noMeta).toMatchObject({ ok: false, problems: [{ file: 'seeds/test-seed.meta.yaml' }] });
    const badMeta = buildLesson('lessons/demo.yaml', lesson(), { 'test-seed': seedFromText('test-seed', TEXT, 'title: [unclosed\n') });
    expect(badMeta).toMatchObject({ ok: false, problems: [{ file: 'seeds/test-seed.meta.yaml', where: expect.stringMatching(/^line \d+, column \d+$/) }] });
  });
});
