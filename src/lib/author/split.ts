// What the article panel shows of the text's structure: counts for the whole text and the
// sentences of the first paragraphs only (a 50,000-word paste must not become 50,000 nodes).
import { segmentArticle } from '../text/segment';

export const PREVIEW_PARAGRAPHS = 20;

export interface SplitSummary {
  paragraphs: number;
  sentences: number;
  words: number;
  preview: { index: number; sentences: string[] }[];
}

export function splitSummary(text: string, locale: string): SplitSummary {
  const doc = segmentArticle(text, locale); // an unknown language code splits by the default rules
  const preview = doc.paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((p) => ({
    index: p.index,
    sentences: doc.sentences.slice(p.firstSentence, p.lastSentence + 1).map((s) => text.slice(s.start, s.end)),
  }));
  return { paragraphs: doc.paragraphs.length, sentences: doc.sentences.length, words: doc.words.length, preview };
}
