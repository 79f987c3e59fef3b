import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentArticle, spanOfWords, wordRangeForSpan } from '../text/segment';
import { ATTRIBUTIONS, SKILLS } from '../lesson/schema';
import type { AnchoredExercise, AnchoredItem, Attribution, Mark, MarkCategory } from '../types';
import { scoreMarks } from './score-marks';
import { validateMarks } from './validate-marks';
import { toPublicExercise } from './public-exercise';
import { nextHintItem } from './next-hint';

const text = readFileSync('seeds/000_9d20e17f153f9736.txt', 'utf8');
const doc = segmentArticle(text);
const spanOf = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
const item = (id: string, exact: string, attribution?: Attribution): AnchoredItem => ({
  id, explanation: 'e', hint: 'h', target: [{ type: 'TextQuoteSelector', exact }], span: spanOf(exact), ...(attribution ? { attribution } : {}),
});
const base = { what: 'w', example: { text: 't', highlight: 't', explanation: 'e' }, instructions: 'i', wrongMark: 'w', attempts: 3, hintCost: 0.5, title: 'T' };
const emotive: AnchoredExercise = { ...base, id: 'emotive', skill: 'emotive', kind: 'mark-words', items: [item('heinous', 'heinous phenomenon'), item('clutches', 'capturing them in the clutches of'), item('regrettably', 'Regrettably')] };
const claims: AnchoredExercise = { ...base, id: 'claims', skill: 'claims', kind: 'mark-words', items: [
  item('all', 'prove that the Khorasan branch of ISIS in Central Asia has had a clear involvement in all terrorist attacks and activities'),
  item('assassins', 'they also sometimes fulfill the role of assassins'),
] };
const sources: AnchoredExercise = { ...base, id: 'sources', skill: 'sources', kind: 'mark-sources', items: [item('stats', 'Official statistics indicate', 'vague'), item('fb', 'wrote on his Facebook page a few years ago', 'social-media')] };

let n = 0;
const mark = (exact: string, category: MarkCategory = 'emotive'): Mark => ({ id: `m${++n}`, ...spanOf(exact), category });
const score = (ex: AnchoredExercise, marks: Mark[], hints = 0) => scoreMarks(doc, ex, marks, hints);

describe('scoreMarks: the phrase rule (loaded words, sources)', () => {
  it('gives full credit for the exact item, or a mark that mostly coincides with it', () => {
    expect(score(emotive, [mark('heinous phenomenon')]).items[0]).toMatchObject({ status: 'found', credit: 1 });
    expect(score(emotive, [mark('the heinous phenomenon')]).items[0]).toMatchObject({ status: 'found' }); // 2 of 3 words
    expect(score(emotive, [mark('heinous')]).items[0]).toMatchObject({ status: 'found' }); // half the item, all of the mark
  });
  it('gives half credit for a mark much too long or too short', () => {
    expect(score(emotive, [mark('attracted by the heinous phenomenon of ISIS')]).items[0]).toMatchObject({ status: 'partial', credit: 0.5 });
    expect(score(emotive, [mark('clutches')]).items[1]).toMatchObject({ status: 'partial', credit: 0.5 });
  });
  it('counts a mark for one item only, so a huge mark cannot collect every item', () => {
    const huge: Mark = { id: 'huge', start: 0, end: text.length, category: 'emotive' };
    const r = score(emotive, [huge]);
    expect(r.items.filter((i) => i.credit > 0)).toHaveLength(1);
    expect(r.points).toBe(0.5);
  });
  it('subtracts a point per wrong mark and the cost of hints, never below zero', () => {
    const r = score(emotive, [mark('heinous phenomenon'), mark('Regrettably'), mark('Mohammad')], 1);
    expect(r).toMatchObject({ points: 2 - 1 - 0.5, max: 3, hintPenalty: 0.5 });
    expect(r.wrongMarkIds).toHaveLength(1);
    expect(score(emotive, [mark('Mohammad'), mark('Sadiq')]).points).toBe(0);
  });
});

describe('scoreMarks: the sentence rule (claims)', () => {
  it('accepts the crux of a claim or its whole sentence', () => {
    expect(score(claims, [mark('all terrorist attacks', 'claims')]).items[0]!.status).toBe('found');
    expect(score(claims, [mark('The recent terrorist activities in the country and the region prove that the Khorasan branch of ISIS in Central Asia has had a clear involvement in all terrorist attacks and activities.', 'claims')]).items[0]!.status).toBe('found');
    expect(score(claims, [mark('In addition to the presence of Tajiks as regular members of ISIS, they also sometimes fulfill the role of assassins', 'claims')]).items[1]!.status).toBe('found');
  });
  it('gives half credit for a single word of a long claim, or a mark spilling into other sentences', () => {
    expect(score(claims, [mark('all', 'claims')]).items[0]!.status).toBe('partial');
    expect(score(claims, [mark('with ISIS for years.\nMashreq Information News Service reports on the recruitment of Tajik nationals to ISIS in 2015 and 2016: Official statistics indicate that over 2,000 Tajiks traveled to Syria and Iraq between 2014 and 2016, with 80% of them worked as migrant laborers in Russia.\nSome of these individuals even went to Syria and Iraq with their families, resulting in the deaths of approximately 500 Tajiks, leaving their wives and children missing.\nIn addition to the presence of Tajiks as regular members of ISIS, they also sometimes fulfill the role of assassins', 'claims')]).items[1]!.status).toBe('partial');
  });
});

describe('scoreMarks: sources', () => {
  it('needs the right kind of attribution for full credit', () => {
    const right = score(sources, [mark('Official statistics indicate', 'vague')]).items[0]!;
    expect(right).toMatchObject({ status: 'found', credit: 1, categoryCorrect: true });
    const wrongKind = score(sources, [mark('Official statistics indicate', 'named-source')]).items[0]!;
    expect(wrongKind).toMatchObject({ status: 'partial', credit: 0.5, categoryCorrect: false, chosenCategory: 'named-source' });
    expect(score(sources, [mark('Official statistics indicate', 'sources')]).items[0]!.credit).toBe(0.5);
    expect(score(sources, [mark('Facebook', 'vague')]).items[1]!.credit).toBe(0.25);
  });
});

// Property tests over any marks on the real article.
const exercises = [emotive, claims, sources];
const markArb = fc.tuple(fc.nat({ max: doc.words.length - 1 }), fc.nat({ max: 40 }), fc.constantFrom<MarkCategory>(...SKILLS, ...ATTRIBUTIONS))
  .map(([a, len, category]) => ({ ...spanOfWords(doc, a, Math.min(a + len, doc.words.length - 1)), category }));
const marksArb = fc.array(markArb, { maxLength: 12 }).map((ms) => ms.map((m, i) => ({ ...m, id: `p${i}` })));

describe('scoreMarks properties', () => {
  it('any marks and hints score between 0 and the maximum', () => {
    fc.assert(fc.property(fc.constantFrom(...exercises), marksArb, fc.nat({ max: 10 }), (ex, marks, hints) => {
      const r = scoreMarks(doc, ex, marks, hints);
      expect(r.points).toBeGreaterThanOrEqual(0);
      expect(r.points).toBeLessThanOrEqual(r.max);
      expect(r.max).toBe(ex.items.length);
    }));
  });
  it('marking the key exactly, word-aligned, with the right kinds, scores the maximum', () => {
    for (const ex of exercises) {
      const marks = ex.items.map((it, i) => {
        const [a, b] = wordRangeForSpan(doc, it.span)!;
        return { id: `k${i}`, ...spanOfWords(doc, a, b), category: (it.attribution ?? ex.skill) as MarkCategory };
      });
      const r = scoreMarks(doc, ex, marks, 0);
      expect(r.points).toBe(r.max);
      expect(r.items.every((i) => i.status === 'found')).toBe(true);
    }
  });
  it('adding a mark that touches no item never raises the score', () => {
    fc.assert(fc.property(fc.constantFrom(...exercises), marksArb, fc.nat({ max: doc.words.length - 1 }), (ex, marks, w) => {
      const extra = { id: 'x', ...spanOfWords(doc, w, w), category: ex.skill as MarkCategory };
      fc.pre(ex.items.every((it) => it.span.end <= extra.start || extra.end <= it.span.start));
      expect(scoreMarks(doc, ex, [...marks, extra], 0).points).toBeLessThanOrEqual(scoreMarks(doc, ex, marks, 0).points);
    }));
  });
});

describe('validateMarks, toPublicExercise, nextHintItem', () => {
  it('needs a mark, and in sources a kind for every mark', () => {
    expect(validateMarks(toPublicExercise(emotive), [])).toEqual({ complete: false, reason: 'no-marks' });
    expect(validateMarks(toPublicExercise(emotive), [mark('Regrettably')])).toEqual({ complete: true });
    expect(validateMarks(toPublicExercise(sources), [mark('Official', 'vague'), mark('Facebook', 'sources')])).toEqual({ complete: false, reason: 'unclassified' });
  });
  it('shows components no items, explanations or hints', () => {
    const pub = toPublicExercise(sources);
    expect(JSON.stringify(pub)).not.toMatch(/Official statistics|"e"|"h"/);
    expect(pub).toMatchObject({ itemCount: 2, categories: [...ATTRIBUTIONS] });
  });
  it('hints at the first item not yet found and not yet hinted', () => {
    expect(nextHintItem(doc, emotive, [], [])!.id).toBe('heinous');
    expect(nextHintItem(doc, emotive, [mark('heinous phenomenon')], [])!.id).toBe('clutches');
    expect(nextHintItem(doc, emotive, [], ['heinous', 'clutches'])!.id).toBe('regrettably');
    expect(nextHintItem(doc, emotive, [mark('Regrettably')], ['heinous', 'clutches'])).toBeNull();
  });
});
