// Sources suggestions: phrases that credit a claim to nobody in particular ("officials
// said", "it is believed", "a viral video"). The shapes live in attribution-patterns.ts;
// this runs them over one sentence and turns matches into candidates.
import { clampScore, type Candidate } from './candidate';
import { ATTRIBUTION_PATTERNS } from './attribution-patterns';

const COMPILED = ATTRIBUTION_PATTERNS.map((p) => ({ ...p, re: new RegExp(p.source, p.caseSensitive ? 'gu' : 'giu') }));

// "the researchers said", "these experts say": a group the text has already named.
const ANAPHOR = /\b(?:the|these|those|his|her|its|their|both)\s+$/i;

/** Vague attributions in the sentence text starting at offset `base` in the article. */
export function vagueAttributions(sentence: string, base: number): Candidate[] {
  const out: Candidate[] = [];
  for (const p of COMPILED) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      if (p.id === 'group-verb' && ANAPHOR.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      const exact = m[0];
      const social = p.attribution === 'social-media';
      out.push({
        skill: 'sources',
        kind: 'vague-attribution',
        start: base + m.index,
        end: base + m.index + exact.length,
        exact,
        score: clampScore(p.weight),
        attribution: p.attribution,
        why: { key: social ? 'socialMedia' : 'vagueAttribution', values: { phrase: exact } },
      });
    }
  }
  return out;
}
