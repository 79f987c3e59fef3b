// What the learner is told after a check, from real scores of marks on a short article.
import { describe, expect, it } from 'vitest';
import { article } from './test-article';
import type { AnchoredExercise, Mark } from '../types';
import { buildFeedback } from './feedback';
import { scoreMarks } from './score-marks';

const text =
  'Ministers praised the truly heroic rescue team, while critics called the whole shameful botched operation a national scandal today. ' +
  'Officials said on Monday that the new clinic will open soon, a claim repeated in a viral post shared by thousands online.';
const { doc, spanOf, item, passage, mark } = article(text);
const base = {
  what: 'w',
  example: { text: 't', highlight: 't', explanation: 'e' },
  instructions: 'i',
  wrongMark: 'Not in the key.',
  attempts: 3,
  hintCost: 0.5,
  title: 'T',
};

const emotive: AnchoredExercise = {
  ...base,
  id: 'emotive',
  skill: 'emotive',
  kind: 'mark-words',
  items: [item('heroic', 'truly heroic'), item('shameful', 'shameful botched operation'), item('scandal', 'national scandal')],
  supported: [passage('praised', 'Ministers praised'), passage('critics', 'critics called')],
};
const feedbackFor = (ex: AnchoredExercise, marks: Mark[], revealed: boolean) => buildFeedback(ex, text, marks, scoreMarks(doc, ex, marks, 0), revealed);

describe('buildFeedback', () => {
  const found = mark('truly heroic', 'emotive');
  const partial = mark('shameful', 'emotive'); // one word of three
  const onPassage = mark('critics called', 'emotive');
  const wrong = mark('today', 'emotive');
  const marks = [found, partial, onPassage, wrong];

  it('lists found and partly found items, then wrong marks, and only counts the missed ones before answers are shown', () => {
    expect(feedbackFor(emotive, marks, false)).toEqual({
      entries: [
        { key: 'heroic', kind: 'found', points: 1, quote: 'truly heroic', explanation: 'Why truly heroic' },
        {
          key: 'shameful',
          kind: 'partial',
          points: 0.5,
          quote: 'shameful botched operation',
          explanation: 'Why shameful botched operation',
          notes: [{ kind: 'partly-matches', quote: 'shameful botched operation' }],
        },
        {
          key: `wrong-${onPassage.id}`,
          kind: 'wrong',
          points: -1,
          quote: 'critics called',
          explanation: 'Fine: critics called',
          supported: { id: 'critics', quote: 'critics called' },
        },
        { key: `wrong-${wrong.id}`, kind: 'wrong', points: -1, quote: 'today', explanation: 'Not in the key.' },
      ],
      counts: { found: 1, partial: 1, missed: 1, wrong: 2 },
      hiddenMissed: 1,
      overlay: { status: { [found.id]: 'found', [partial.id]: 'partial', [onPassage.id]: 'wrong', [wrong.id]: 'wrong' }, missed: [] },
    });
  });

  it('lists the missed items with their explanations once answers are revealed, and shows where they are', () => {
    const view = feedbackFor(emotive, marks, true);
    expect(view.entries.map((e) => e.key)).toEqual(['heroic', 'shameful', 'scandal', `wrong-${onPassage.id}`, `wrong-${wrong.id}`]);
    expect(view.entries[2]).toEqual({ key: 'scandal', kind: 'missed', points: 0, quote: 'national scandal', explanation: 'Why national scandal' });
    expect(view.hiddenMissed).toBe(0);
    expect(view.counts).toEqual({ found: 1, partial: 1, missed: 1, wrong: 2 });
    expect(view.overlay.missed).toEqual([spanOf('national scandal')]);
  });

  it('with no marks, has nothing to list until the answers are revealed', () => {
    expect(feedbackFor(emotive, [], false)).toEqual({
      entries: [],
      counts: { found: 0, partial: 0, missed: 3, wrong: 0 },
      hiddenMissed: 3,
      overlay: { status: {}, missed: [] },
    });
    expect(feedbackFor(emotive, [], true).overlay.missed).toEqual(emotive.items.map((i) => i.span));
  });

  it('explains every wrong mark with the exercise’s words for a result saved before supported passages were recorded', () => {
    const { onSupported: _, ...old } = scoreMarks(doc, emotive, marks, 0);
    const view = buildFeedback(emotive, text, marks, old, false);
    expect(view.entries.filter((e) => e.kind === 'wrong')).toEqual([
      { key: `wrong-${onPassage.id}`, kind: 'wrong', points: -1, quote: 'critics called', explanation: 'Not in the key.' },
      { key: `wrong-${wrong.id}`, kind: 'wrong', points: -1, quote: 'today', explanation: 'Not in the key.' },
    ]);
  });

  it('leaves out a wrong mark that is no longer among the marks', () => {
    const result = scoreMarks(doc, emotive, marks, 0);
    const view = buildFeedback(emotive, text, [found, partial], result, false);
    expect(view.entries.map((e) => e.kind)).toEqual(['found', 'partial']);
    expect(view.counts.wrong).toBe(0);
    expect(view.overlay.status).toEqual({ [found.id]: 'found', [partial.id]: 'partial' });
  });
});

describe('buildFeedback: notes on kinds of source', () => {
  const sources: AnchoredExercise = {
    ...base,
    id: 'sources',
    skill: 'sources',
    kind: 'mark-sources',
    supported: [],
    items: [item('said', 'Officials said', 'vague'), item('clinic', 'the new clinic will open soon', 'none'), item('post', 'in a viral post', 'social-media')],
  };

  it('names the better kind and points to the key marks when the kind is wrong', () => {
    const m = mark('Officials said', 'named-source');
    expect(feedbackFor(sources, [m], false).entries).toEqual([
      {
        key: 'said',
        kind: 'partial',
        points: 0.5,
        quote: 'Officials said',
        explanation: 'Why Officials said',
        notes: [
          { kind: 'category', chosen: 'named-source', better: 'vague' },
          { kind: 'key-marks', quote: 'Officials said' },
        ],
      },
    ]);
  });

  it('says only that the mark partly matches when the kind is right but the span is off, and nothing for an exact find', () => {
    const exact = mark('the new clinic will open soon', 'none');
    const long = mark('a claim repeated in a viral post shared by thousands', 'social-media');
    const view = feedbackFor(sources, [exact, long], false);
    expect(view.entries).toEqual([
      { key: 'clinic', kind: 'found', points: 1, quote: 'the new clinic will open soon', explanation: 'Why the new clinic will open soon' },
      {
        key: 'post',
        kind: 'partial',
        points: 0.5,
        quote: 'in a viral post',
        explanation: 'Why in a viral post',
        notes: [{ kind: 'partly-matches', quote: 'in a viral post' }],
      },
    ]);
    expect(view.overlay.status).toEqual({ [exact.id]: 'found', [long.id]: 'partial' });
  });

  it('names no better kind when the key gives none for the item', () => {
    const unkeyed: AnchoredExercise = { ...sources, items: [item('said', 'Officials said')] };
    const m = mark('Officials said', 'vague');
    expect(feedbackFor(unkeyed, [m], false).entries[0]!.notes).toEqual([{ kind: 'key-marks', quote: 'Officials said' }]);
  });
});
