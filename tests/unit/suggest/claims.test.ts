import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/lib/suggest/detector';
import { of, exacts, kinds } from './helpers';

describe('figures with no source in their sentence', () => {
  it('suggests numbers, percentages and number words', () => {
    expect(kinds('Crime rose by 40 percent last year.', 'unattributed-figure')).toEqual(['40 percent']);
    expect(kinds('The scheme cost 3.5 million pounds.', 'unattributed-figure')).toEqual(['3.5 million pounds']);
    expect(kinds('Thousands of people marched.', 'unattributed-figure')).toEqual(['Thousands of people']);
    expect(kinds('Dozens of shops closed.', 'unattributed-figure')).toEqual(['Dozens of shops']);
    expect(kinds('Prices have doubled.', 'unattributed-figure')).toEqual(['doubled']);
  });

  it('leaves alone a figure whose sentence names its source', () => {
    expect(exacts('Crime rose by 40 percent last year, according to police data.', 'claims')).toEqual([]);
    expect(exacts('Crime rose by 40 percent last year, the Home Office said.', 'claims')).toEqual([]);
    expect(exacts('“Crime rose by 40 percent,” she wrote.', 'claims')).toEqual([]);
    expect(exacts('Crime rose by 40 percent (see https://example.org/crime).', 'claims')).toEqual([]);
  });

  it('still suggests a figure credited only vaguely', () => {
    expect(kinds('Experts say crime rose by 40 percent.', 'unattributed-figure')).toEqual(['40 percent']);
  });

  it('does not take years, dates, times, small counts or product numbers for statistics', () => {
    for (const text of [
      'The law was passed in 2019 and changed in 1961.',
      'The hearing is on 14 March.',
      'The shop opens on June 1st.',
      'The train left at 10:30.',
      'Two bus routes and 3 stops were added.',
      'The Lumen 5 router ships soon.',
    ])
      expect(kinds(text, 'unattributed-figure'), text).toEqual([]);
  });
});

describe('superlatives', () => {
  it('suggests rankings with no source, ranking "ever" higher', () => {
    expect(kinds('It is the largest bridge in Europe.', 'superlative')).toEqual(['the largest']);
    expect(kinds('This is the most dangerous road.', 'superlative')).toEqual(['the most dangerous']);
    const plain = of('It is the biggest fire.', 'claims')[0]!;
    const ever = of('It is the biggest fire ever.', 'claims')[0]!;
    expect(ever.score).toBeGreaterThan(plain.score);
  });

  it('skips -est words that are not superlatives, and compounds such as "best-selling"', () => {
    // Decision: "best-selling author", "longest-serving minister" name a category; the
    // claim in them is weak, and flagging every one would bury the stronger suggestions.
    expect(kinds('The best-selling author spoke at the protest.', 'superlative')).toEqual([]);
    expect(kinds('Their interest in the forest grew. The latest figures came out.', 'superlative')).toEqual([]);
    expect(kinds('She is the best player.', 'superlative')).toEqual(['the best']);
  });

  it('leaves a sourced superlative alone', () => {
    expect(kinds('It was the wettest day since 1961, the Met Office said.', 'superlative')).toEqual([]);
  });
});

describe('absolute words', () => {
  it('suggests absolutes, ranking hedged ones lower', () => {
    expect(kinds('Everyone knows the plan failed.', 'absolute')).toEqual(['Everyone']);
    expect(kinds('The vast majority of voters agree.', 'absolute')).toEqual(['The vast majority']);
    const all = suggest('All trains will be cancelled.').find((s) => s.kind === 'absolute')!;
    const almost = suggest('Almost all trains will be cancelled.').find((s) => s.kind === 'absolute')!;
    expect(almost).toMatchObject({ exact: 'Almost all', why: { key: 'absoluteHedged' } });
    expect(almost.score).toBeLessThan(all.score);
  });

  it('"all of the 12 passengers" is suggested without a source and not with one', () => {
    expect(kinds('All of the 12 passengers were rescued.', 'absolute')).toEqual(['All']);
    expect(exacts('All of the 12 passengers were rescued, the coastguard said.', 'claims')).toEqual([]);
  });

  it('does not take idioms for absolutes', () => {
    expect(kinds('After all, the shop opens every day and is not busy at all.', 'absolute')).toEqual([]);
  });
});
