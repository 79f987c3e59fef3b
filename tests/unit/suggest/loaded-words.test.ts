import { describe, expect, it } from 'vitest';
import { lookupWord } from '../../../src/lib/suggest/lexicon';
import { of, exacts } from './helpers';

describe('loaded words (AFINN-165)', () => {
  it('suggests strongly charged words with their AFINN score in the why', () => {
    const [s] = of('The minister gave a vile and cruel speech on Monday.', 'emotive');
    expect(s).toMatchObject({ kind: 'loaded-word', why: { key: 'loadedWord', values: { afinn: -3 } } });
    expect(exacts('The minister gave a vile and cruel speech on Monday.', 'emotive').sort()).toEqual(['cruel', 'vile']);
  });

  it('finds inflected forms only through entries the lexicon has', () => {
    expect(lookupWord('outrages')).toEqual({ lemma: 'outrage', afinn: -3 });
    expect(lookupWord('cruelly')).toEqual({ lemma: 'cruel', afinn: -3 });
    expect(lookupWord('bullies')).toEqual({ lemma: 'bully', afinn: -2 });
    expect(lookupWord('Outraged')).toEqual({ lemma: 'outraged', afinn: -3 });
    expect(lookupWord('news')).toBeUndefined(); // not "new" + s
    expect(exacts('Critics say the mayor cruelly ignored the homeless.', 'emotive')).toContain('cruelly');
  });

  it('leaves a moderately charged word alone without a second cue, and takes it with one', () => {
    expect(exacts('The bridge was closed after a crash, and traffic was grim on Tuesday.', 'emotive')).toEqual([]);
    expect(exacts('The traffic was so grim on Tuesday!', 'emotive')).toEqual(['grim']);
    expect(exacts('Our streets are grim.', 'emotive')).toEqual(['grim']);
  });

  it('does not flag words that news uses as plain description', () => {
    expect(exacts('Two people were killed and three injured in the crash, and a suspect was arrested.', 'emotive')).toEqual([]);
    expect(exacts('Protesters gathered outside parliament as the crisis deepened.', 'emotive')).toEqual([]);
  });

  it('skips negated words and names', () => {
    expect(exacts('The result was not terrible, the coach said.', 'emotive')).toEqual([]);
    expect(exacts('She flew to the Great Lakes with Hope Evil, a reporter.', 'emotive')).toEqual([]);
  });

  it('matches multi-word entries of the lexicon as one suggestion', () => {
    const s = of('Residents called the inquiry a cover-up and said they were fed up.', 'emotive');
    expect(s.map((x) => x.exact).sort()).toEqual(['cover-up', 'fed up']);
  });

  it('suggests at most three per paragraph and two per sentence', () => {
    expect(of('The vile, cruel, evil and disgusting plan.', 'emotive')).toHaveLength(2);
    const text = 'It was vile. It was cruel. It was evil. It was disgusting.';
    const s = of(text, 'emotive');
    expect(s).toHaveLength(3);
    expect(of(`${text}\n${text}`, 'emotive')).toHaveLength(6);
  });
});
