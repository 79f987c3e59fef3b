import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentArticle, spanOfWords, wordRangeForSpan } from '../text/segment';
import { anchor, describeSpan } from '../anchoring/anchor';
import { ATTRIBUTIONS, SKILLS } from '../lesson/schema';
import type { AnchoredExercise, AnchoredItem, Attribution, Mark, MarkCategory, Span } from '../types';
import { scoreMarks } from './score-marks';

const text = readFileSync('seeds/000_9d20e17f153f9736.txt', 'utf8');
const doc = segmentArticle(text);
const spanOf = (exact: string): Span => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
// Items are built as lessons are: by anchoring a real quote (with its context) in the article.
const anchored = (span: Span): Span => {
  const r = anchor(text, [describeSpan(text, span)[0]]);
  if (!r.ok) throw new Error(`cannot anchor ${text.slice(span.start, span.end)}: ${r.reason}`);
  return r.span;
};
const item = (id: string, span: Span, attribution?: Attribution): AnchoredItem => ({
  id,
  explanation: 'e',
  hint: 'h',
  target: describeSpan(text, span),
  span: anchored(span),
  ...(attribution ? { attribution } : {}),
});
const base = {
  what: 'w',
  example: { text: 't', highlight: 't', explanation: 'e' },
  instructions: 'i',
  wrongMark: 'w',
  attempts: 3,
  hintCost: 0.5,
  title: 'T',
  supported: [],
};
const emotive: AnchoredExercise = {
  ...base,
  id: 'emotive',
  skill: 'emotive',
  kind: 'mark-words',
  items: [
    item('heinous', spanOf('heinous phenomenon')),
    item('clutches', spanOf('capturing them in the clutches of')),
    item('regrettably', spanOf('Regrettably')),
  ],
};
const claims: AnchoredExercise = {
  ...base,
  id: 'claims',
  skill: 'claims',
  kind: 'mark-words',
  items: [
    item('all', spanOf('prove that the Khorasan branch of ISIS in Central Asia has had a clear involvement in all terrorist attacks and activities')),
    item('assassins', spanOf('they also sometimes fulfill the role of assassins')),
  ],
};
const sources: AnchoredExercise = {
  ...base,
  id: 'sources',
  skill: 'sources',
  kind: 'mark-sources',
  items: [
    item('stats', spanOf('Official statistics indicate'), 'vague'),
    item('over', spanOf('over 2,000 Tajiks'), 'none'),
    item('fb', spanOf('wrote on his Facebook page a few years ago'), 'social-media'),
  ],
};

let n = 0;
const mark = (exact: string, category: MarkCategory = 'emotive'): Mark => ({ id: `m${++n}`, ...spanOf(exact), category });
const score = (ex: AnchoredExercise, marks: Mark[], hints = 0) => scoreMarks(doc, ex, marks, hints);

describe('scoreMarks: the phrase rule (loaded words, sources)', () => {
  it('gives full credit for the exact item, or a mark that mostly coincides with it', () => {
    expect(score(emotive, [mark('heinous phenomenon')]).items[0]).toEqual({ itemId: 'heinous', status: 'found', credit: 1, markIds: [`m${n}`] });
    expect(score(emotive, [mark('the heinous phenomenon')]).items[0]).toMatchObject({ status: 'found' }); // 2 of 3 words
    expect(score(emotive, [mark('heinous')]).items[0]).toMatchObject({ status: 'found' }); // exactly half the item, all of the mark
    expect(score(emotive, [mark('egrettabl')]).items[2]).toMatchObject({ status: 'found' }); // inside a word = the whole word
  });
  it('gives half credit for a mark much too long or too short', () => {
    expect(score(emotive, [mark('attracted by the heinous phenomenon of ISIS')]).items[0]).toMatchObject({ status: 'partial', credit: 0.5 });
    expect(score(emotive, [mark('clutches')]).items[1]).toMatchObject({ status: 'partial', credit: 0.5 });
  });
  it('counts a mark for one item only, so a mark over two items or a huge mark cannot collect both', () => {
    const two = score(sources, [mark('Official statistics indicate that over 2,000 Tajiks', 'vague')]);
    expect(two.items.map((i) => i.credit)).toEqual([0.5, 0, 0]); // equal credit and overlap: the first item
    const huge = score(emotive, [{ id: 'huge', start: 0, end: text.length, category: 'emotive' }]);
    expect(huge.items.filter((i) => i.credit > 0)).toHaveLength(1);
    expect(huge.points).toBe(0.5);
  });
  it('takes the best mark for an item, and lists every mark that counts for it', () => {
    const r = score(emotive, [mark('clutches'), mark('capturing them in the clutches of')]);
    expect(r.items[1]).toMatchObject({ status: 'found', credit: 1, markIds: [`m${n - 1}`, `m${n}`] });
    expect(r.points).toBe(1);
  });
  it('subtracts a point per wrong mark and the cost of hints, never below zero', () => {
    const r = score(emotive, [mark('heinous phenomenon'), mark('Regrettably'), mark('Mohammad')], 1);
    expect(r).toMatchObject({ points: 2 - 1 - 0.5, max: 3, hintPenalty: 0.5, wrongMarkIds: [`m${n}`] });
    expect(score(emotive, [mark('Mohammad'), mark('Sadiq')]).points).toBe(0);
    expect(score(emotive, [mark('heinous phenomenon')], 5)).toMatchObject({ points: 0, hintPenalty: 2.5 });
    expect(score(emotive, [], 0)).toMatchObject({ points: 0, max: 3, wrongMarkIds: [] });
  });
  it('rounds away float noise', () => {
    const r = scoreMarks(doc, { ...emotive, hintCost: 0.1 }, [mark('heinous phenomenon'), mark('Regrettably')], 3);
    expect(r).toMatchObject({ points: 1.7, hintPenalty: 0.3 });
  });
});

describe('scoreMarks: the sentence rule (claims)', () => {
  it('accepts the crux of a claim or its whole sentence', () => {
    expect(score(claims, [mark('all terrorist attacks', 'claims')]).items[0]!.status).toBe('found');
    expect(score(claims, [mark(text.split('\n')[1]!, 'claims')]).items[0]!.status).toBe('found');
    expect(
      score(claims, [mark('In addition to the presence of Tajiks as regular members of ISIS, they also sometimes fulfill the role of assassins', 'claims')])
        .items[1]!.status,
    ).toBe('found');
  });
  it('gives half credit for a single word of a long claim, or a mark spilling into other sentences', () => {
    expect(score(claims, [mark('all', 'claims')]).items[0]!.status).toBe('partial');
    const spill = text.slice(text.indexOf('with ISIS for years.'), spanOf('the role of assassins').end);
    expect(score(claims, [mark(spill, 'claims')]).items[1]!.status).toBe('partial');
  });
});

describe('scoreMarks: sources', () => {
  it('needs the right kind of attribution for full credit; the wrong kind keeps half', () => {
    expect(score(sources, [mark('Official statistics indicate', 'vague')]).items[0]).toMatchObject({
      status: 'found',
      credit: 1,
      categoryCorrect: true,
      chosenCategory: 'vague',
    });
    expect(score(sources, [mark('Official statistics indicate', 'named-source')]).items[0]).toMatchObject({
      status: 'partial',
      credit: 0.5,
      categoryCorrect: false,
      chosenCategory: 'named-source',
    });
    expect(score(sources, [mark('Official statistics indicate', 'sources')]).items[0]!.credit).toBe(0.5); // not classified yet
    expect(score(sources, [mark('Facebook', 'vague')]).items[2]).toMatchObject({ credit: 0.25, categoryCorrect: false }); // too short and wrong kind
  });
  it('prefers the mark with the right kind over a closer mark of the wrong kind', () => {
    const r = score(sources, [mark('Official statistics indicate', 'named-source'), mark('Official statistics', 'vague')]);
    expect(r.items[0]).toMatchObject({ credit: 1, chosenCategory: 'vague', categoryCorrect: true });
  });
});

// Property tests: any key built from real quotes of the article, any marks.
const kinds = [
  { skill: 'emotive', kind: 'mark-words' },
  { skill: 'claims', kind: 'mark-words' },
  { skill: 'sources', kind: 'mark-sources' },
] as const;
const lastWord = doc.words.length - 1;
/** 1–6 disjoint word ranges, each anchored from its quote, for any kind of exercise. */
const exerciseArb = fc
  .record({
    kind: fc.constantFrom(...kinds),
    cuts: fc.uniqueArray(fc.nat({ max: lastWord }), { minLength: 2, maxLength: 12 }),
    attributions: fc.array(fc.constantFrom(...ATTRIBUTIONS), { minLength: 6, maxLength: 6 }),
    hintCost: fc.constantFrom(0, 0.25, 0.5, 1),
  })
  .map(({ kind, cuts, attributions, hintCost }): AnchoredExercise => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const items: AnchoredItem[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const span = spanOfWords(doc, sorted[i]!, Math.min(sorted[i + 1]!, sorted[i]! + 25)); // keys are phrases or sentences
      items.push(item(`k${i}`, span, kind.kind === 'mark-sources' ? attributions[i / 2] : undefined));
    }
    return { ...base, ...kind, id: 'random', hintCost, items };
  });
const markArb = fc
  .tuple(fc.nat({ max: lastWord }), fc.nat({ max: 40 }), fc.constantFrom<MarkCategory>(...SKILLS, ...ATTRIBUTIONS))
  .map(([a, len, category]) => ({ ...spanOfWords(doc, a, Math.min(a + len, lastWord)), category }));
const marksArb = fc.array(markArb, { maxLength: 12 }).map((ms) => ms.map((m, i): Mark => ({ ...m, id: `p${i}` })));
const exactMarks = (ex: AnchoredExercise): Mark[] =>
  ex.items.map((it, i) => {
    const [a, b] = wordRangeForSpan(doc, it.span)!;
    return { id: `x${i}`, ...spanOfWords(doc, a, b), category: it.attribution ?? ex.skill };
  });

describe('scoreMarks properties', () => {
  it('(a) any marks and hints score between 0 and the maximum', () => {
    fc.assert(
      fc.property(exerciseArb, marksArb, fc.nat({ max: 10 }), (ex, marks, hints) => {
        const r = scoreMarks(doc, ex, marks, hints);
        expect(r.max).toBe(ex.items.length);
        expect(r.points).toBeGreaterThanOrEqual(0);
        expect(r.points).toBeLessThanOrEqual(r.max);
        expect(r.items.map((i) => i.itemId)).toEqual(ex.items.map((i) => i.id));
      }),
    );
  });
  it('(b) marking the key exactly, word-aligned, with the right kinds and no hints, scores the maximum', () => {
    fc.assert(
      fc.property(exerciseArb, (ex) => {
        const r = scoreMarks(doc, ex, exactMarks(ex), 0);
        expect(r.points).toBe(r.max);
        expect(r.items.every((i) => i.status === 'found')).toBe(true);
      }),
    );
  });
  it('(c) adding a mark that overlaps no item never raises the score', () => {
    fc.assert(
      fc.property(exerciseArb, marksArb, markArb, fc.nat({ max: 3 }), (ex, marks, extra, hints) => {
        fc.pre(ex.items.every((it) => it.span.end <= extra.start || extra.end <= it.span.start));
        const before = scoreMarks(doc, ex, marks, hints);
        const after = scoreMarks(doc, ex, [...marks, { ...extra, id: 'extra' }], hints);
        expect(after.points).toBeLessThanOrEqual(before.points);
        expect(after.wrongMarkIds).toContain('extra');
      }),
    );
  });
});
