// Whether a sentence credits its claim to someone: "according to", a reporting verb, a
// quotation or a link. Figures, superlatives and absolutes in such a sentence are the
// source's words, which the learner checks in the sources exercise instead. Vague
// attributions are blanked out first: "experts say it is the best" is still unsupported.
import type { Candidate } from './candidate';

const SOURCE_CUE = /\baccording\s+to\b|\b(?:said|says|told|tells|reported|reports|wrote|writes|stated|states|announced|announces|found|finds|published|estimated|recorded|confirmed|concluded|cited)\b|["“”«»„]|https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|gov|net|edu|int|example)\b/i;

export function isSourced(sentence: string, base: number, vague: readonly Candidate[]): boolean {
  let text = sentence;
  for (const v of vague) {
    const a = v.start - base;
    const b = v.end - base;
    text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return SOURCE_CUE.test(text);
}
