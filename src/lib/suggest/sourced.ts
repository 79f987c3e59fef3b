// Whether a sentence credits its claim to someone: "according to", a reporting verb, a
// quotation or a link. Figures, superlatives and absolutes in such a sentence are the
// source's words, which the learner checks in the sources exercise instead. Vague
// attributions are blanked out first: "experts say it is the best" is still unsupported.
import type { Candidate } from './candidate';

const SOURCE_CUE =
  /\baccording\s+to\b|\b(?:said|says|told|tells|reported|reports|wrote|writes|stated|states|announced|announces|found|finds|published|estimated|recorded|confirmed|concluded|cited)\b|["“”«»„]|https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|gov|net|edu|int|example)\b/i;

export function isSourced(sentence: string, base: number, vague: readonly Candidate[]): boolean {
  if (vague.length === 0) return SOURCE_CUE.test(sentence);
  const blank = new Uint8Array(sentence.length);
  for (const v of vague) blank.fill(1, v.start - base, v.end - base);
  let text = '';
  for (let i = 0; i < sentence.length; i++) text += blank[i] ? ' ' : sentence[i];
  return SOURCE_CUE.test(text);
}
