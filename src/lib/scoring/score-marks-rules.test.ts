// The scoring rule's edges, on short made-up articles where every word count is easy to
// check by eye (score-marks.test.ts covers the rule on a real seed article).
import { describe, expect, it } from 'vitest';
import { wordRangeForSpan } from '../text/segment';
import { article } from './test-article';
import type { AnchoredExercise, AnchoredItem, AnchoredSupported, Mark, ScoreResult } from '../types';
import { matchMode, overlapCredit, scoreMarks, supportedLeftAlone } from './score-marks';

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

// 0 Ministers 1 praised 2 the 3 truly 4 heroic 5 rescue 6 team, 7 while 8 critics 9 called 10 the
// 11 whole 12 shameful 13 botched 14 operation 15 a 16 national 17 scandal 18 today.
const loaded = article('Ministers praised the truly heroic rescue team, while critics called the whole shameful botched operation a national scandal today.');
const emotive = (items: AnchoredItem[], supported: AnchoredSupported[] = []): AnchoredExercise => ({
  ...base,
  id: 'emotive',
  skill: 'emotive',
  kind: 'mark-words',
  items,
  supported,
});

// 0 Officials 1 said 2 on 3 Monday 4 that 5 the 6 new 7 clinic 8 will 9 open 10 soon, 11 a 12 claim
// 13 repeated 14 in 15 a 16 viral 17 post 18 shared 19 by 20 thousands 21 online.
const attributed = article('Officials said on Monday that the new clinic will open soon, a claim repeated in a viral post shared by thousands online.');
const sources = (items: AnchoredItem[]): AnchoredExercise => ({ ...base, id: 'sources', skill: 'sources', kind: 'mark-sources', items });

// Sentences: 0 "Everyone knows the plan failed badly." 1 "Officials admitted that costs doubled." 2 "The mayor spoke on Monday."
const claimed = article('Everyone knows the plan failed badly. Officials admitted that costs doubled. The mayor spoke on Monday.');
const claims = (items: AnchoredItem[]): AnchoredExercise => ({ ...base, id: 'claims', skill: 'claims', kind: 'mark-words', items });

describe('matchMode', () => {
  it('matches claims by sentence and everything else by phrase, unless the exercise says otherwise', () => {
    expect(matchMode({ skill: 'claims' })).toBe('sentence');
    expect(matchMode({ skill: 'emotive' })).toBe('phrase');
    expect(matchMode({ skill: 'sources' })).toBe('phrase');
    expect(matchMode({ skill: 'claims', match: 'phrase' })).toBe('phrase');
    expect(matchMode({ skill: 'emotive', match: 'sentence' })).toBe('sentence');
  });
});

describe('overlapCredit', () => {
  it('gives nothing for a mark that shares no word with the item, in either mode', () => {
    expect(overlapCredit(claimed.doc, 'phrase', [0, 5], [6, 10])).toBe(0);
    expect(overlapCredit(claimed.doc, 'sentence', [0, 5], [6, 10])).toBe(0);
    expect(overlapCredit(claimed.doc, 'sentence', [6, 10], [8, 10])).toBe(1); // 3 words of the same claim
  });
});

describe('scoreMarks: the phrase rule at its boundaries', () => {
  const ex = emotive([loaded.item('heroic', 'truly heroic')]);
  it('finds an item when exactly half of the mark is on it, and only partly finds it below that', () => {
    expect(scoreMarks(loaded.doc, ex, [loaded.mark('the truly heroic rescue', 'emotive')], 0).items[0]).toMatchObject({ status: 'found', credit: 1 });
    expect(scoreMarks(loaded.doc, ex, [loaded.mark('praised the truly heroic rescue', 'emotive')], 0).items[0]).toMatchObject({
      status: 'partial',
      credit: 0.5,
    });
  });
  it('reports an item no mark touched as missed, with no credit and no marks', () => {
    const r = scoreMarks(loaded.doc, ex, [loaded.mark('national scandal', 'emotive')], 0);
    expect(r.items).toEqual([{ itemId: 'heroic', status: 'missed', credit: 0, markIds: [] }]);
    expect(scoreMarks(loaded.doc, ex, [], 0).items[0]).toMatchObject({ status: 'missed', credit: 0 });
  });
  it('counts a mark on no word at all (only punctuation and space) as a wrong mark', () => {
    const punctuation: Mark = { id: 'comma', ...loaded.spanOf(', while'), end: loaded.spanOf(', while').start + 2, category: 'emotive' };
    expect(wordRangeForSpan(loaded.doc, punctuation)).toBeNull();
    const r = scoreMarks(loaded.doc, emotive([loaded.item('team', 'rescue team')]), [punctuation], 0);
    expect(r).toMatchObject({ wrongMarkIds: ['comma'], onSupported: [], points: 0 });
    expect(r.items[0]!.status).toBe('missed');
  });
});

describe('scoreMarks: which item a mark over two items counts for', () => {
  it('the item it earns more credit on, even when that item comes later in the key', () => {
    const ex = emotive([loaded.item('heroic', 'heroic'), loaded.item('team', 'rescue team')]);
    const m = loaded.mark('heroic rescue team', 'emotive'); // half of 'heroic' vs. found 'rescue team'
    const r = scoreMarks(loaded.doc, ex, [m], 0);
    expect(r.items.map((i) => [i.status, i.markIds])).toEqual([
      ['missed', []],
      ['found', [m.id]],
    ]);
  });
  it('on equal credit, the item it shares more words with', () => {
    const ex = emotive([loaded.item('heroic', 'truly heroic'), loaded.item('team', 'rescue team, while critics called')]);
    const m = loaded.mark('heroic rescue team', 'emotive'); // partial on both: 1 word of the first, 2 of the second
    expect(scoreMarks(loaded.doc, ex, [m], 0).items.map((i) => i.markIds)).toEqual([[], [m.id]]);
  });
  it('on equal credit and overlap, the first item in the key', () => {
    const ex = emotive([loaded.item('heroic', 'heroic'), loaded.item('team', 'rescue team')]);
    const m = loaded.mark('heroic rescue', 'emotive'); // one word of each, found on both
    expect(scoreMarks(loaded.doc, ex, [m], 0).items.map((i) => i.markIds)).toEqual([[m.id], []]);
  });
  it('more credit beats more overlap: the right kind of source on one word beats the wrong kind on three', () => {
    const ex = sources([attributed.item('said', 'Officials said', 'vague'), attributed.item('claim', 'on Monday that the new clinic will open soon', 'none')]);
    const m = attributed.mark('said on Monday that', 'vague');
    const r = scoreMarks(attributed.doc, ex, [m], 0);
    expect(r.items[0]).toMatchObject({ status: 'partial', credit: 0.5, markIds: [m.id], categoryCorrect: true });
    expect(r.items[1]).toMatchObject({ status: 'missed', markIds: [] });
  });
});

describe('scoreMarks: the best of several marks on one item (sources)', () => {
  const ex = sources([attributed.item('post', 'in a viral post', 'social-media')]);
  const best = (marks: Mark[]) => scoreMarks(attributed.doc, ex, marks, 0).items[0]!;
  it('keeps the better mark when a worse one comes after it, and lists both', () => {
    const good = attributed.mark('in a viral post', 'social-media');
    const worse = attributed.mark('a viral post', 'named-source');
    expect(best([good, worse])).toEqual({
      itemId: 'post',
      status: 'found',
      credit: 1,
      markIds: [good.id, worse.id],
      categoryCorrect: true,
      chosenCategory: 'social-media',
    });
  });
  it('keeps the mark with more credit over a later one that covers more of the item', () => {
    const half = attributed.mark('a viral', 'social-media'); // half the item, right kind: 1
    const whole = attributed.mark('in a viral post', 'named-source'); // the whole item, wrong kind: 0.5
    expect(best([half, whole])).toMatchObject({ credit: 1, chosenCategory: 'social-media', categoryCorrect: true });
  });
  it('on equal credit, reports the mark that covers more of the item', () => {
    const word = attributed.mark('viral', 'social-media'); // right kind, too short: 0.5
    const whole = attributed.mark('in a viral post', 'named-source'); // wrong kind: 0.5
    expect(best([word, whole])).toMatchObject({ credit: 0.5, chosenCategory: 'named-source', categoryCorrect: false });
  });
  it('on equal credit and overlap, reports the earlier mark', () => {
    const exact = attributed.mark('in a viral post', 'named-source'); // wrong kind: 0.5
    const long = attributed.mark('a claim repeated in a viral post shared by thousands', 'social-media'); // too long: 0.5
    expect(best([exact, long])).toMatchObject({ credit: 0.5, chosenCategory: 'named-source', categoryCorrect: false });
  });
});

describe('scoreMarks: the sentence rule at its boundaries (claims)', () => {
  it('finds a claim from exactly half of its words within its sentence', () => {
    const ex = claims([claimed.item('doubled', 'costs doubled')]);
    expect(scoreMarks(claimed.doc, ex, [claimed.mark('doubled', 'claims')], 0).items[0]).toMatchObject({ status: 'found', credit: 1 });
  });
  it('only partly finds a claim when the mark runs on into the next sentence', () => {
    const ex = claims([claimed.item('costs', 'Officials admitted that costs doubled')]);
    expect(scoreMarks(claimed.doc, ex, [claimed.mark('that costs doubled', 'claims')], 0).items[0]!.status).toBe('found');
    expect(scoreMarks(claimed.doc, ex, [claimed.mark('that costs doubled. The mayor', 'claims')], 0).items[0]).toMatchObject({
      status: 'partial',
      credit: 0.5,
    });
  });
});

describe('scoreMarks: wrong marks on supported passages', () => {
  // Passages that are fine, next to each other: "Ministers praised" and "the truly heroic".
  const ex = emotive(
    [loaded.item('shameful', 'shameful botched operation')],
    [loaded.passage('praised', 'Ministers praised'), loaded.passage('heroic', 'the truly heroic')],
  );
  const on = (exact: string) => {
    const m = loaded.mark(exact, 'emotive');
    return { m, r: scoreMarks(loaded.doc, ex, [m], 0) };
  };
  it('names the passage a wrong mark falls on', () => {
    const { m, r } = on('truly heroic');
    expect(r.wrongMarkIds).toEqual([m.id]);
    expect(r.onSupported).toEqual([{ markId: m.id, passageId: 'heroic' }]);
  });
  it('names the passage it overlaps most, or the first listed on a tie', () => {
    const second = on('praised the truly'); // 1 word of the first passage, 2 of the second
    expect(second.r.onSupported).toEqual([{ markId: second.m.id, passageId: 'heroic' }]);
    const first = on('Ministers praised the');
    expect(first.r.onSupported).toEqual([{ markId: first.m.id, passageId: 'praised' }]);
    const tie = on('praised the');
    expect(tie.r.onSupported).toEqual([{ markId: tie.m.id, passageId: 'praised' }]);
  });
  it('records no passage for a wrong mark elsewhere, nor for a mark that counts for an item', () => {
    const elsewhere = on('national scandal');
    expect(elsewhere.r).toMatchObject({ wrongMarkIds: [elsewhere.m.id], onSupported: [] });
    const onItem = on('shameful botched operation');
    expect(onItem.r).toMatchObject({ wrongMarkIds: [], onSupported: [] });
  });
  it('says how many passages the learner left alone, counting a passage marked twice once', () => {
    const marks = [loaded.mark('Ministers', 'emotive'), loaded.mark('praised', 'emotive'), loaded.mark('national', 'emotive')];
    const r = scoreMarks(loaded.doc, ex, marks, 0);
    expect(supportedLeftAlone(ex, r)).toEqual({ left: 1, total: 2 });
    expect(supportedLeftAlone(ex, scoreMarks(loaded.doc, ex, [], 0))).toEqual({ left: 2, total: 2 });
    expect(supportedLeftAlone(emotive(ex.items), scoreMarks(loaded.doc, emotive(ex.items), marks, 0))).toEqual({ left: 0, total: 0 });
  });
  it('does not know, for a result saved before passages were recorded', () => {
    const { onSupported: _, ...rest } = scoreMarks(loaded.doc, ex, [], 0);
    const old: ScoreResult = rest;
    expect(supportedLeftAlone(ex, old)).toBeNull();
  });
});

describe('scoreMarks: the crux of an item', () => {
  // "Everyone knows" is what makes sentence 0 unsupported: marking just it is the skill.
  const withCrux = (crux: string[]): AnchoredItem => ({ ...claimed.item('c', 'Everyone knows the plan failed badly'), crux });

  it('finds a claim from a mark on its crux alone, which without a crux only partly finds it', () => {
    const mark = claimed.mark('Everyone', 'claims');
    expect(scoreMarks(claimed.doc, claims([{ ...withCrux([]), crux: undefined }]), [mark], 0).items[0]).toMatchObject({ status: 'partial', credit: 0.5 });
    expect(scoreMarks(claimed.doc, claims([withCrux(['Everyone'])]), [mark], 0).items[0]).toMatchObject({ status: 'found', credit: 1 });
  });

  it('only partly finds it from a mark on part of a crux, or one that runs into the next sentence', () => {
    const ex = claims([withCrux(['Everyone knows'])]);
    expect(scoreMarks(claimed.doc, ex, [claimed.mark('knows', 'claims')], 0).items[0]!.status).toBe('partial');
    expect(scoreMarks(claimed.doc, ex, [claimed.mark('Everyone knows the plan failed badly. Officials', 'claims')], 0).items[0]!.status).toBe('partial');
  });

  it('in phrase mode, still needs half of the mark on the item, so a long mark over a crux does not pay', () => {
    const ex = emotive([{ ...loaded.item('e', 'truly heroic rescue team'), crux: ['heroic'] }]);
    expect(scoreMarks(loaded.doc, ex, [loaded.mark('heroic', 'emotive')], 0).items[0]!.status).toBe('found');
    expect(scoreMarks(loaded.doc, ex, [loaded.mark('Ministers praised the truly heroic', 'emotive')], 0).items[0]!.status).toBe('partial');
  });
});
