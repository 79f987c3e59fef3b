// Plans the key presses a keyboard-only learner makes to mark a passage: down by
// sentence, right by word, Shift+right to extend. Computed from the same segmenter
// and answer key the app uses, so the test marks exactly the key.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedSource } from '../../src/lib/lesson/build-lesson';
import { buildLesson, seedFromText } from '../../src/lib/lesson/build-lesson-yaml';
import { segmentArticle, wordRangeForSpan, type ArticleDoc } from '../../src/lib/text/segment';
import type { Lesson, Span } from '../../src/lib/types';

/** `lessonFile`: another copy of the lesson's YAML, such as the content saved progress was recorded on. */
export function loadLessonFromDisk(id: string, root = process.cwd(), lessonFile = join(root, 'lessons', `${id}.yaml`)): { lesson: Lesson; doc: ArticleDoc } {
  const seeds: Record<string, SeedSource> = {};
  for (const name of readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt'))) {
    const stem = name.slice(0, -4);
    let meta: string | undefined;
    try {
      meta = readFileSync(join(root, 'seeds', `${stem}.meta.yaml`), 'utf8');
    } catch {
      meta = undefined;
    }
    seeds[stem] = seedFromText(stem, readFileSync(join(root, 'seeds', name), 'utf8'), meta);
  }
  const r = buildLesson(`lessons/${id}.yaml`, readFileSync(lessonFile, 'utf8'), seeds);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { lesson: r.lesson, doc: segmentArticle(r.lesson.article.text, r.lesson.language) };
}

/** Keys that take the cursor from word `from` to the words of `span` and select them. */
export function keysToSelect(doc: ArticleDoc, from: number, span: Span): { keys: string[]; cursor: number } {
  const range = wordRangeForSpan(doc, span);
  if (!range) throw new Error(`no words in span ${span.start}-${span.end}`);
  const [a, b] = range;
  const keys: string[] = [];
  let c = from;
  if (c > a) {
    keys.push('Control+Home');
    c = 0;
  }
  while (doc.words[c]!.sentence < doc.words[a]!.sentence) {
    keys.push('ArrowDown');
    c = doc.sentences[doc.words[c]!.sentence + 1]!.firstWord;
  }
  for (; c < a; c++) keys.push('ArrowRight');
  for (; c < b; c++) keys.push('Shift+ArrowRight');
  return { keys, cursor: b };
}

/** Presses Tab until the focused element's text (or label) matches, as a keyboard user would. */
export async function tabTo(page: import('playwright-core').Page, match: RegExp | string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('role') === 'option' ? 'option:' : ''}${el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''}`;
    });
    if (typeof match === 'string' ? text === match : match.test(text)) return;
  }
  throw new Error(`could not reach "${match}" with Tab`);
}
