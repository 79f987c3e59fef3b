import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/lib/suggest/detector';
import type { Suggestion } from '../../../src/lib/suggest/types';

const SAMPLE = 'Officials said the storm was the worst disaster ever. Experts believe thousands of terrified people fled, and everyone knows it.';

function expectValid(text: string, list: Suggestion[]): void {
  for (const s of list) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.exact);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(1);
  }
  for (const a of list)
    for (const b of list) if (a !== b && a.skill === b.skill) expect(a.start < b.end && b.start < a.end, `${a.exact} / ${b.exact}`).toBe(false);
}

describe('the detector contract', () => {
  it('finds all three skills, ranked best first with ids', () => {
    const list = suggest(SAMPLE);
    expect(new Set(list.map((s) => s.skill))).toEqual(new Set(['claims', 'emotive', 'sources']));
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    expect(list.map((s) => s.id)).toEqual(list.map((_, i) => `s${i + 1}`));
    expectValid(SAMPLE, list);
  });

  it('has a message in every teacher locale for every why key it uses', () => {
    const list = suggest(`${SAMPLE} Almost all of it was on Twitter, a viral video shows. Prices rose 30 percent.`);
    const keys = new Set(list.map((s) => s.why.key));
    expect(keys.size).toBeGreaterThanOrEqual(6);
    for (const lang of ['en', 'fa', 'ru']) {
      const why = (JSON.parse(readFileSync(`src/locales/teacher/${lang}.json`, 'utf8')) as { suggest: { why: Record<string, string> } }).suggest.why;
      for (const k of keys) expect(why[k], `${lang}: suggest.why.${k}`).toBeTruthy();
      // Every placeholder the message uses is filled by the suggestion's values.
      for (const s of list) {
        const used = [...why[s.why.key]!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        expect(used.length).toBeGreaterThan(0);
        for (const u of used) expect(s.why.values, `${lang}: ${s.why.key}.${u}`).toHaveProperty(u);
      }
    }
  });

  it('keeps offsets exact around emoji, surrogate pairs, RTL text and CRLF', () => {
    const text = '😀👩‍👩‍👧 Officials said 😡 the vile plan was the largest ever.\r\nسلام Experts believe 𝒜 thousands of people fled! مرحبا';
    const list = suggest(text);
    expect(list.map((s) => s.exact)).toEqual(expect.arrayContaining(['Officials said', 'vile', 'Experts believe', 'thousands of people']));
    expectValid(text, list);
  });

  it('caps each skill at maxPerSkill, keeping the best', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Officials said the ${i + 10} vile plans were the largest ever.`).join('\n');
    const all = suggest(text, { maxPerSkill: 100 });
    const capped = suggest(text, { maxPerSkill: 3 });
    for (const skill of ['claims', 'emotive', 'sources'] as const) {
      expect(capped.filter((s) => s.skill === skill)).toHaveLength(3);
      const best = all
        .filter((s) => s.skill === skill)
        .map((s) => s.score)
        .sort((a, b) => b - a)
        .slice(0, 3);
      expect(capped.filter((s) => s.skill === skill).map((s) => s.score)).toEqual(best);
    }
    expect(suggest(text).filter((s) => s.skill === 'sources')).toHaveLength(12);
    expect(suggest(text, { maxPerSkill: 0 })).toEqual([]);
  });

  it('returns nothing for other languages and for empty text', () => {
    expect(suggest(SAMPLE, { language: 'en-GB' }).length).toBeGreaterThan(0);
    expect(suggest(SAMPLE, { language: 'fa' })).toEqual([]);
    expect(suggest(SAMPLE, { language: 'ru-RU' })).toEqual([]);
    expect(suggest('   \n ')).toEqual([]);
  });

  it('treats HTML and script as plain text', () => {
    const text = '<script>alert("Officials said")</script><img src=x onerror=alert(1)> <b>Experts believe</b> the vile plan &amp; more.';
    const list = suggest(text);
    expectValid(text, list);
    expect(list.map((s) => s.exact)).toEqual(expect.arrayContaining(['Experts believe', 'vile']));
  });

  it('completes on a 50,000-word text', () => {
    const text = Array.from({ length: 2500 }, () => SAMPLE).join('\n'); // ~50k words
    const list = suggest(text);
    expect(list.filter((s) => s.skill === 'sources')).toHaveLength(12);
    expectValid(text, list);
  });

  it('completes on a 50,000-word paste with no line breaks, and on long runs of mixed-script letters', () => {
    // Both were quadratic once (V8's segmenter on one long line; a regex re-scanning a run
    // of letters from each position); Vitest's timeout is the bound.
    const line = Array.from({ length: 2500 }, () => SAMPLE).join(' ');
    expectValid(line, suggest(line));
    const runs = 'aé'.repeat(50_000) + ' almost all '.repeat(10_000);
    expectValid(runs, suggest(runs));
  });

  it('for any string, offsets are valid and no two suggestions of a skill overlap', () => {
    const words = fc.constantFrom(
      'Officials',
      'said',
      'experts',
      'believe',
      'all',
      'never',
      'the',
      'largest',
      'most',
      'dangerous',
      '40',
      'percent',
      'thousands',
      'of',
      'vile',
      'cruel',
      'fed',
      'up',
      'cover-up',
      'it',
      'is',
      'said',
      'on',
      'X',
      'Twitter',
      '"',
      '.',
      '!',
      '\n',
      '😀',
      'سلام',
      '\u0301',
      '\ud800',
    );
    const texty = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), texty), (text) => {
        expectValid(text, suggest(text));
      }),
      { numRuns: 400 },
    );
  });
});
