// Few, ranked suggestions: overlapping ones of the same skill are merged into the best,
// each sentence gets at most a couple per skill, and each skill at most maxPerSkill. The
// teacher reads every suggestion, so a short list of likely ones beats a long complete one.
import type { Suggestion } from './types';
import type { Candidate } from './candidate';

export const PER_SENTENCE = 2;

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.start - b.start || b.end - a.end;

/** Candidates of one skill with no two overlapping: the best of each overlapping group survives. */
function withoutOverlaps(list: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...list].sort(byScore)) {
    if (c.end <= c.start) continue;
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept;
}

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
    const perSentence = new Map<number, number>();
    let n = 0;
    for (const c of withoutOverlaps(list)) {
      if (n >= maxPerSkill) break;
      const s = sentenceOf(c.start);
      const used = perSentence.get(s) ?? 0;
      if (used >= PER_SENTENCE) continue;
      perSentence.set(s, used + 1);
      chosen.push(c);
      n++;
    }
  }
  return chosen.sort(byScore).map((c, i) => ({ id: `s${i + 1}`, ...c }));
}
