// The default suggestion detector: rules and the AFINN lexicon, English only.
//
// Contract (see types.ts; any replacement must keep it):
// - `suggest(text, { language, maxPerSkill })` is pure and synchronous; it never throws on
//   any string and treats the text as plain text (HTML or script in it is just characters).
// - Every suggestion has text.slice(start, end) === exact, in UTF-16 offsets into `text`
//   exactly as given (no normalisation), so the page can anchor it like a mark.
// - Within one skill no two suggestions overlap; each skill has at most maxPerSkill
//   (default 12); the list is sorted by score (0..1), best first; ids are "s1", "s2"…
// - `why.key` names a message under "suggest.why" in the teacher locales; `why.values`
//   fills its placeholders. Sources suggestions carry the attribution they most likely are.
// - A language other than English (by BCP 47 primary subtag) gives []; no language means English.
// For long texts call it through client.ts, which runs it in a Web Worker.
import { segmentArticle } from '../text/segment';
import type { Candidate } from './candidate';
import { claims } from './claims';
import { loadedWords } from './loaded-words';
import { rank } from './rank';
import { isSourced } from './sourced';
import type { Detector, DetectorOptions, Suggestion } from './types';
import { vagueAttributions } from './vague-attributions';

export const DEFAULT_MAX_PER_SKILL = 12;

/** Whether the default detector has rules for this language. */
export function supportsLanguage(language: string | undefined): boolean {
  return !language || language.trim().toLowerCase().split(/[-_]/)[0] === 'en';
}

export const suggest: Detector = (text: string, options: DetectorOptions = {}): Suggestion[] => {
  if (!supportsLanguage(options.language) || typeof text !== 'string' || text.trim() === '') return [];
  const maxPerSkill = Math.max(0, Math.floor(options.maxPerSkill ?? DEFAULT_MAX_PER_SKILL));
  const doc = segmentArticle(text, 'en');
  const candidates: Candidate[] = loadedWords(doc);
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    const vague = vagueAttributions(sentence, s.start);
    candidates.push(...vague);
    if (!isSourced(sentence, s.start, vague)) candidates.push(...claims(sentence, s.start));
  }
  const starts = doc.sentences.map((s) => s.start);
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return rank(candidates, maxPerSkill, sentenceOf);
};
