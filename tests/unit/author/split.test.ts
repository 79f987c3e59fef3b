// The article panel's summary: whole-text counts, but sentences for the first paragraphs only.
import { expect, it } from 'vitest';
import { PREVIEW_PARAGRAPHS, splitSummary } from '../../../src/lib/author/split';
import { splitOffThread } from '../../../src/lib/author/split-client';

it('counts paragraphs, sentences and words, and previews only the first paragraphs', () => {
  const text = Array.from({ length: PREVIEW_PARAGRAPHS + 5 }, (_, i) => `Paragraph ${i} starts. It ends here.`).join('\n');
  const s = splitSummary(text, 'en');
  expect([s.paragraphs, s.sentences, s.words]).toEqual([PREVIEW_PARAGRAPHS + 5, 2 * (PREVIEW_PARAGRAPHS + 5), 6 * (PREVIEW_PARAGRAPHS + 5)]);
  expect(s.preview).toHaveLength(PREVIEW_PARAGRAPHS);
  expect(s.preview[1]).toEqual({ index: 1, sentences: ['Paragraph 1 starts.', 'It ends here.'] });
});

it('splits by the default rules when the language code is not one Intl knows', async () => {
  expect(splitSummary('One. Two.', 'not a language!').sentences).toBe(2);
  // Without a Worker (jsdom) the client splits in the page.
  await expect(splitOffThread('One. Two.', 'en')).resolves.toMatchObject({ paragraphs: 1, sentences: 2, words: 2 });
});
