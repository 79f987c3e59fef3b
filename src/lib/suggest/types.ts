// The interface between the authoring page and whatever makes suggestions. A detector is
// any function with the Detector signature; the page never looks inside it, so a better
// one (a trained model, a service) can replace the rule-and-lexicon one in this folder.
import type { Skill } from '../lesson/schema';

/** Why a passage was suggested; each kind has its own explanation shown to the teacher. */
export type SuggestionKind =
  | 'loaded-word' // emotive: a strongly charged word from the sentiment lexicon
  | 'vague-attribution' // sources: "officials said", "experts believe", "it is said"...
  | 'unattributed-figure' // claims: a number or statistic with no source in its sentence
  | 'superlative' // claims: "the largest", "the worst"... with no source in its sentence
  | 'absolute'; // claims: "all", "never", "every", "a vast majority"...

export interface Suggestion {
  /** Stable within one run, e.g. "s12". */
  id: string;
  /** The exercise it would belong to. */
  skill: Skill;
  kind: SuggestionKind;
  /** Half-open UTF-16 offsets into the text given to the detector; text.slice(start, end) === exact. */
  start: number;
  end: number;
  exact: string;
  /** 0..1, higher first; the page shows suggestions ranked by it. */
  score: number;
  /** Message key and values for the "why" line (locale section "suggest.why"), e.g. { key: 'loadedWord', values: { word: 'butchers', afinn: -3 } }. */
  why: { key: string; values: Record<string, string | number> };
  /** Sources suggestions: the attribution a vague phrase most likely is. */
  attribution?: 'vague' | 'social-media' | 'none';
}

export interface DetectorOptions {
  /** BCP 47 language of the text; detectors may return nothing for languages they do not know. */
  language?: string;
  /** At most this many suggestions per skill, best first (default 12). */
  maxPerSkill?: number;
}

export type Detector = (text: string, options?: DetectorOptions) => Suggestion[];
