import { describe, expect, it } from 'vitest';
import { lexiconBaseline, loadFixtures, score } from '../../../scripts/bench-detector';

describe('the detector bench', () => {
  it('has at least ten labelled fixtures of 80–250 words covering all three skills', () => {
    const fixtures = loadFixtures(); // throws if a label is not in its text
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const f of fixtures) {
      const words = f.text.split(/\s+/).filter(Boolean).length;
      expect(words, f.name).toBeGreaterThanOrEqual(80);
      expect(words, f.name).toBeLessThanOrEqual(250);
      for (const l of f.labels) expect(f.text.slice(l.start, l.end)).toBe(l.exact);
    }
    expect(new Set(fixtures.flatMap((f) => f.labels.map((l) => l.skill)))).toEqual(new Set(['claims', 'emotive', 'sources']));
  });

  it('counts a suggestion right when it overlaps a label, and a label found when any suggestion overlaps it', () => {
    const r = score('x', [
      {
        suggested: [
          { start: 0, end: 3 },
          { start: 5, end: 6 },
          { start: 20, end: 22 },
        ],
        labels: [
          { start: 2, end: 8 },
          { start: 10, end: 12 },
        ],
      },
    ]);
    expect(r).toMatchObject({ suggestions: 3, truePositives: 2, labels: 2, hit: 1, precision: 0.67, recall: 0.5, f1: 0.57 });
    expect(score('none', [{ suggested: [], labels: [] }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('the baseline suggests every word AFINN scores', () => {
    const text = 'A good day and a bad day.';
    expect(lexiconBaseline(text).map((s) => text.slice(s.start, s.end))).toEqual(['good', 'bad']);
  });
});
