// How hard an article is to read, for the course's level gates (`npm run lessons:check`).
// Words and sentences come from the same segmentation the player uses; the formulas are
// maintained packages (Flesch–Kincaid grade, Automated Readability Index) and syllables
// are counted by `syllable`. All three are for English only: other languages get a word
// count and no grade.
import { automatedReadability } from 'automated-readability';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Band } from './schema';
import { segmentArticle } from '../text/segment';

export interface TextStats {
  words: number;
  sentences: number;
  grade: number | null;
  ari: number | null;
}

export function textStats(text: string, language: string): TextStats {
  const doc = segmentArticle(text, language);
  const words = doc.words.length;
  const sentences = doc.sentences.length;
  if (!language.startsWith('en') || words === 0) return { words, sentences, grade: null, ari: null };
  const syllables = doc.words.reduce((n, w) => n + Math.max(1, syllable(w.text)), 0);
  const characters = doc.words.reduce((n, w) => n + w.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    words,
    sentences,
    grade: round1(fleschKincaid({ sentence: sentences, word: words, syllable: syllables })),
    ari: round1(automatedReadability({ sentence: sentences, word: words, character: characters })),
  };
}

/**
 * What each course level allows. Grades are US school grades (Flesch–Kincaid): the
 * beginner lessons are for ages 11 to 13 (grades 6 to 8), so their text must read at grade 8
 * or below; intermediate is for ages 14 to 16 and ordinary news (grades 7 to 12); advanced
 * texts are allowed to be as dense as real reports and press releases (grade 9 to 18), but no
 * denser. Lengths: beginner texts are shorter.
 */
export const BAND_LIMITS: Record<Band, { words: [number, number]; grade: [number, number] }> = {
  beginner: { words: [150, 450], grade: [0, 8] },
  intermediate: { words: [250, 700], grade: [7, 12] },
  advanced: { words: [250, 700], grade: [9, 18] },
};
