// Splits the article off the main thread: segmenting 50,000 words takes a few hundred ms.
import { splitSummary } from './split';

self.onmessage = (e: MessageEvent<{ id: number; text: string; locale: string }>) => {
  const { id, text, locale } = e.data;
  self.postMessage({ id, summary: splitSummary(text, locale) });
};
