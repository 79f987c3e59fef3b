// A long article is built a slice at a time (article-dom.ts), so starting the exercise does
// not freeze the page: the first slice is there at once, the rest follows in later tasks,
// a mark made before its words exist is drawn when they arrive, and a jump to the end
// builds the rest at once and lands on the last word.
import { renderExercise } from './render-exercise';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createActor } from 'xstate';
import { FIRST_SLICE_WORDS } from '../../src/components/exercise/article-dom';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import { segmentArticle } from '../../src/lib/text/segment';
import type { AnchoredExercise } from '../../src/lib/types';
import { claimsExercise } from '../machines/fixtures';

const para = (i: number) => `Paragraph ${i} says the council met and the plan was discussed at length by everyone there.`; // 16 words
const TEXT = Array.from({ length: 200 }, (_, i) => para(i)).join('\n'); // 3,200 words
const doc = segmentArticle(TEXT);
const ex: AnchoredExercise = { ...claimsExercise, items: [] };

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }));
afterEach(() => vi.useRealTimers());

function setup() {
  const actor = createActor(createExerciseMachine(ex, doc)).start();
  renderExercise(actor, ex, doc);
  return { actor, options: () => [...document.querySelectorAll<HTMLElement>('[role=option]')] };
}

it('shows the first slice at once and the rest in later tasks, drawing marks made meanwhile', async () => {
  const { actor, options } = setup();
  expect(options().length).toBeGreaterThanOrEqual(FIRST_SLICE_WORDS);
  expect(options().length).toBeLessThan(doc.words.length);
  // A mark in the last paragraph, made before its words are in the page.
  const last = TEXT.lastIndexOf('council');
  actor.send({ type: 'user.mark', start: last, end: last + 'council'.length, category: 'claims' });
  await vi.runAllTimersAsync();
  expect(options()).toHaveLength(doc.words.length);
  const word = options()
    .filter((o) => o.textContent?.endsWith('council'))
    .at(-1)!;
  expect(word).toHaveClass('marked');
  expect(word).toHaveAccessibleName(/council, Unsupported claim$/);
  // Paragraphs stay whole and in order.
  expect([...document.querySelectorAll('[role=group]')].map((p) => p.getAttribute('aria-label'))).toEqual(
    Array.from({ length: 200 }, (_, i) => `Paragraph ${i + 1}`),
  );
});

it('builds the rest at once when the cursor jumps beyond it, and focuses the last word', async () => {
  const { options } = setup();
  const first = options()[0]!;
  first.focus();
  first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true }));
  flushSync(); // no timer has run: the rest was built in this task
  expect(document.activeElement?.textContent).toBe('there');
  expect(options()).toHaveLength(doc.words.length);
  await vi.runAllTimersAsync(); // nothing is built twice
  expect(options()).toHaveLength(doc.words.length);
});
