// Few, ranked suggestions: overlapping ones of the same skill are merged into the best,
// each sentence gets at most a couple per skill, and each skill at most maxPerSkill. The
// teacher reads every suggestion, so a short list of likely ones beats a long complete one.
import type { Suggestion } from './types';
import type { Candidate } from './candidate';

const PER_SENTENCE = 2;

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.start - b.start || b.end - a.end;

/**
 * The final list, best first, with ids. `sentenceOf` maps an offset to its sentence index
 * (for the per-sentence cap).
 */
export function rank(candidates: Candidate[], maxPerSkill: number, sentenceOf: (offset: number) => number): Suggestion[] {
  const bySkill = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = bySkill.get(c.skill);
    if (list) list.push(c);
    else bySkill.set(c.skill, [c]);
  }
  const chosen: Candidate[] = [];
  for (const list of bySkill.values()) {
    // Best first; a candidate overlapping a kept one is merged into it (dropped). Sentences
    // do not overlap, so one dropped by the per-sentence cap could only have hidden others
    // in its sentence, which the cap drops too: checking the kept ones is enough, and keeps
    // this O(candidates × maxPerSkill).
    const perSentence = new Map<number, number>();
    const kept: Candidate[] = [];
    for (const c of list.sort(byScore)) {
      if (kept.length >= maxPerSkill) break;
      if (c.end <= c.start || kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      const s = sentenceOf(c.start);
      const used = perSentence.get(s) ?? 0;
      if (used >= PER_SENTENCE) continue;
      perSentence.set(s, used + 1);
      kept.push(c);
    }
    chosen.push(...kept);
  }
  return chosen.sort(byScore).map((c, i) => ({ id: `s${i + 1}`, ...c }));
}
