import { describe, expect, it } from 'vitest';
import { of, exacts } from './helpers';

describe('vague attributions', () => {
  it.each([
    ['Officials said the road would reopen.', 'Officials said'],
    ['Experts believe the dam is unsafe.', 'Experts believe'],
    ['Statistics indicate a rise in thefts.', 'Statistics indicate'],
    ['It is said that the mayor will resign.', 'It is said'],
    ['It was widely believed that the plan would fail.', 'It was widely believed'],
    ['Sources say the deal is close.', 'Sources say'],
    ['According to reports, the talks collapsed.', 'According to reports'],
    ['Many people say the water tastes strange.', 'Many people say'],
    ['Studies show that sleep matters.', 'Studies show'],
    ['Some say the tax is unfair.', 'Some say'],
    ['The singer reportedly left the band.', 'reportedly'],
    ['Senior officials have warned of delays.', 'Senior officials have warned'],
    ['Sources close to the minister say she will stay.', 'Sources close to the minister say'],
  ])('%s → %s (vague)', (text, phrase) => {
    const s = of(text, 'sources');
    expect(s.map((x) => x.exact)).toContain(phrase);
    expect(s.find((x) => x.exact === phrase)).toMatchObject({
      kind: 'vague-attribution',
      attribution: 'vague',
      why: { key: 'vagueAttribution', values: { phrase } },
    });
  });

  it.each([
    ['A Facebook post claims the bridge will close.', 'A Facebook post'],
    ['The rumour started on Twitter last week.', 'on Twitter'],
    ['The claim spread on X within hours.', 'on X'],
    ['A viral video shows the flood.', 'A viral video'],
    ['One TikTok video says the cure works.', 'One TikTok video'],
  ])('%s → %s (social media)', (text, phrase) => {
    const s = of(text, 'sources').find((x) => x.exact === phrase);
    expect(s).toMatchObject({ attribution: 'social-media', why: { key: 'socialMedia' } });
  });

  it('does not take a named or already introduced source for a vague one', () => {
    expect(exacts('The official said in a statement to Reuters that the road would reopen.', 'sources')).toEqual([]);
    expect(exacts('Dr Ana Silva led the study. The researchers said the effect was small.', 'sources')).toEqual([]);
    expect(exacts('The fire service said in a statement that 200 homes were flooded.', 'sources')).toEqual([]);
    expect(exacts('Next week an expert panel will meet in Oslo.', 'sources')).toEqual([]);
    expect(exacts('He lives on Xavier Street, near the station.', 'sources')).toEqual([]);
    expect(exacts('Put the plate on x, the teacher joked.', 'sources')).toEqual([]);
  });
});
