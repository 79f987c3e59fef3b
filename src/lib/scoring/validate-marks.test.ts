import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../text/segment';
import { ATTRIBUTIONS } from '../lesson/schema';
import type { AnchoredExercise, AnchoredItem, Attribution, Mark, MarkCategory } from '../types';
import { validateMarks } from './validate-marks';
import { toPublicExercise } from './public-exercise';
import { nextHintItem } from './next-hint';

const text = readFileSync('seeds/000_9d20e17f153f9736.txt', 'utf8');
const doc = segmentArticle(text);
const spanOf = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
const item = (id: string, exact: string, attribution?: Attribution): AnchoredItem => ({
  id,
  explanation: `secret explanation ${id}`,
  hint: `secret hint ${id}`,
  target: [{ type: 'TextQuoteSelector', exact }],
  span: spanOf(exact),
  ...(attribution ? { attribution } : {}),
});
const base = {
  what: 'w',
  example: { text: 't', highlight: 't', explanation: 'e' },
  instructions: 'Mark them.',
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
  items: [item('heinous', 'heinous phenomenon'), item('clutches', 'capturing them in the clutches of'), item('regrettably', 'Regrettably')],
};
const sources: AnchoredExercise = {
  ...base,
  id: 'sources',
  skill: 'sources',
  kind: 'mark-sources',
  items: [item('stats', 'Official statistics indicate', 'vague'), item('fb', 'wrote on his Facebook page a few years ago', 'social-media')],
};

let n = 0;
const mark = (exact: string, category: MarkCategory): Mark => ({ id: `m${++n}`, ...spanOf(exact), category });

describe('validateMarks', () => {
  const words = toPublicExercise(emotive);
  const kinds = toPublicExercise(sources);
  it('needs at least one mark', () => {
    expect(validateMarks(words, [])).toEqual({ complete: false, reason: 'no-marks' });
    expect(validateMarks(kinds, [])).toEqual({ complete: false, reason: 'no-marks' });
  });
  it('accepts any marks in a mark-words exercise', () => {
    expect(validateMarks(words, [mark('Regrettably', 'emotive')])).toEqual({ complete: true });
    expect(validateMarks(words, [mark('Regrettably', 'emotive'), mark('Mohammad', 'emotive')])).toEqual({ complete: true });
  });
  it('in a sources exercise, needs a kind of attribution for every mark', () => {
    expect(validateMarks(kinds, [mark('Official', 'vague'), mark('Facebook', 'social-media')])).toEqual({ complete: true });
    expect(validateMarks(kinds, [mark('Official', 'vague'), mark('Facebook', 'sources')])).toEqual({ complete: false, reason: 'unclassified' });
    expect(validateMarks(kinds, [mark('Official', 'sources')])).toEqual({ complete: false, reason: 'unclassified' });
    for (const a of ATTRIBUTIONS) expect(validateMarks(kinds, [mark('Official', a)]).complete).toBe(true);
  });
  it('does not need the answer key (it sees only the public exercise)', () => {
    expect(Object.keys(kinds)).not.toContain('items');
  });
});

describe('toPublicExercise', () => {
  it('shows components no items, explanations or hints', () => {
    for (const ex of [emotive, sources]) expect(JSON.stringify(toPublicExercise(ex))).not.toMatch(/secret|Official statistics|heinous/);
  });
  it('offers the skill as the only category of a mark-words exercise, and the attributions in a sources one', () => {
    expect(toPublicExercise(emotive)).toEqual({
      id: 'emotive',
      skill: 'emotive',
      kind: 'mark-words',
      title: 'T',
      instructions: 'Mark them.',
      categories: ['emotive'],
      itemCount: 3,
      attempts: 3,
      hintCost: 0.5,
    });
    expect(toPublicExercise(sources)).toMatchObject({ kind: 'mark-sources', categories: [...ATTRIBUTIONS], itemCount: 2 });
  });
});

describe('nextHintItem', () => {
  it('hints at the first item, in key order, not yet found and not yet hinted', () => {
    expect(nextHintItem(doc, emotive, [], [])!.id).toBe('heinous');
    expect(nextHintItem(doc, emotive, [mark('heinous phenomenon', 'emotive')], [])!.id).toBe('clutches');
    expect(nextHintItem(doc, emotive, [], ['heinous', 'clutches'])!.id).toBe('regrettably');
    expect(nextHintItem(doc, emotive, [mark('Regrettably', 'emotive')], ['heinous', 'clutches'])).toBeNull();
  });
  it('still hints at an item only partly found, or found with the wrong kind', () => {
    expect(nextHintItem(doc, emotive, [mark('clutches', 'emotive'), mark('heinous phenomenon', 'emotive')], [])!.id).toBe('clutches');
    expect(nextHintItem(doc, sources, [mark('Official statistics indicate', 'named-source')], [])!.id).toBe('stats');
  });
  it('returns null when every item is found', () => {
    const all = emotive.items.map((it, i): Mark => ({ id: `a${i}`, ...it.span, category: 'emotive' }));
    expect(nextHintItem(doc, emotive, all, [])).toBeNull();
  });
});
