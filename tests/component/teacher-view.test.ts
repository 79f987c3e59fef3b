// The teacher view of the seed lesson: the answer key marks and explains every item of every
// exercise (overlapping items included), and the worksheet carries no answer at all.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import TeacherView from '../../src/components/teacher/TeacherView.svelte';
import Markdown from '../../src/components/markdown/Markdown.svelte';
import { keyItems, keyRuns } from '../../src/components/teacher/key-items';
import { buildLesson, seedFromText } from '../../src/lib/lesson/build-lesson-yaml';
import type { Lesson } from '../../src/lib/types';
import { parseRoute } from '../../src/lib/router.svelte';
import en from '../../src/locales/en.json';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';

beforeAll(() => loadTeacherMessages());

const SEED = '000_9d20e17f153f9736';
function seedLesson(): Lesson {
  const seeds = { [SEED]: seedFromText(SEED, readFileSync(`seeds/${SEED}.txt`, 'utf8'), readFileSync(`seeds/${SEED}.meta.yaml`, 'utf8')) };
  const r = buildLesson('lessons/tajik-isis-k.yaml', readFileSync('lessons/tajik-isis-k.yaml', 'utf8'), seeds);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.lesson;
}
const lesson = seedLesson();
const items = keyItems(lesson);
/** Lesson prose as it reads once rendered (Markdown syntax gone), to look for in a page. */
const rendered = (source: string) => render(Markdown, { source }).container.textContent.trim();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('answer key', () => {
  it('lists every item of every exercise with its quote, kind, explanation and hint', () => {
    const explanations = items.map((k) => norm(rendered(k.item.explanation)));
    const hints = items.map((k) => norm(rendered(k.item.hint)));
    const { container } = render(TeacherView, { lesson, mode: 'key' });
    const listed = [...container.querySelectorAll<HTMLElement>('.key-item')];
    expect(listed).toHaveLength(items.length);
    expect(items.length).toBe(lesson.exercises.reduce((n, ex) => n + ex.items.length, 0));
    items.forEach((k, i) => {
      const li = container.querySelector<HTMLElement>(`.key-item[data-item="${k.n}"]`)!;
      const text = norm(li.textContent);
      expect(text).toContain(norm(lesson.article.text.slice(k.item.span.start, k.item.span.end)));
      expect(text).toContain(explanations[i]);
      expect(text).toContain(hints[i]);
      if (k.item.attribution) expect(li.querySelector('.kind')).not.toBeNull();
    });
    expect(container.querySelector('[data-mode="key"].paper')).not.toBeNull();
  });

  it('marks every item in the article, labelled once with its number and kind', () => {
    const { container } = render(TeacherView, { lesson, mode: 'screen' });
    const article = container.querySelector('.key-article article')!;
    const tags = [...article.querySelectorAll('.tag')].map((el) => el.textContent.trim());
    expect(tags).toHaveLength(items.length);
    const withoutTags = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.tag').forEach((tag) => tag.remove());
      return copy.textContent;
    };
    for (const k of items) {
      expect(tags).toContain(`${k.n} ${en.tag[k.category]}`);
      // The marks of an item together hold exactly its text, also where items nest.
      const marks = [...article.querySelectorAll(`mark[data-item="${k.n}"]`)];
      expect(marks.map(withoutTags).join('')).toBe(lesson.article.text.slice(k.item.span.start, k.item.span.end));
    }
    // The article's text is all there, in order, besides the labels.
    const plain = norm([...article.querySelectorAll('p')].map(withoutTags).join(' '));
    expect(plain).toBe(norm(lesson.article.text));
    expect(container.querySelector('.paper')).toBeNull();
    expect(norm(container.textContent)).toContain(norm(rendered(lesson.nextSteps[0]!)));
  });

  it('shows the teacher guide and every supported passage with its explanation and question, on screen and on the printed key', () => {
    const guide = lesson.guide!;
    for (const mode of ['screen', 'key'] as const) {
      const { container, unmount } = render(TeacherView, { lesson, mode });
      const text = norm(container.textContent);
      for (const line of [...guide.goals, ...guide.questions, guide.followUp]) expect(text).toContain(norm(rendered(line)));
      for (const ex of lesson.exercises) {
        expect(ex.supported.length).toBeGreaterThanOrEqual(2);
        for (const p of ex.supported) {
          const li = container.querySelector<HTMLElement>(`[data-supported="${p.id}"]`)!;
          expect(norm(li.textContent)).toContain(norm(lesson.article.text.slice(p.span.start, p.span.end)));
          expect(norm(li.textContent)).toContain(norm(rendered(p.explanation)));
          expect(norm(li.textContent)).toContain(norm(rendered(p.hint)));
        }
      }
      unmount();
    }
  });

  it('nests overlapping items and lists all of their labels', () => {
    const runs = keyRuns(
      [{ start: 0, end: 40 }],
      [
        { ...items[0]!, n: 1, item: { ...items[0]!.item, span: { start: 5, end: 30 } } },
        { ...items[1]!, n: 2, item: { ...items[1]!.item, span: { start: 10, end: 15 } } },
        { ...items[2]!, n: 3, item: { ...items[2]!.item, span: { start: 25, end: 35 } } },
      ],
    )[0]!;
    expect(runs.map((r) => [r.start, r.end, r.items.map((k) => k.n), r.starts.map((k) => k.n)])).toEqual([
      [0, 5, [], []],
      [5, 10, [1], [1]],
      [10, 15, [1, 2], [2]],
      [15, 25, [1], []],
      [25, 30, [1, 3], [3]],
      [30, 35, [3], []],
      [35, 40, [], []],
    ]);
  });
});

describe('worksheet', () => {
  it('has the article and every exercise’s instructions, and no explanation or hint', () => {
    const { container } = render(TeacherView, { lesson, mode: 'worksheet' });
    const page = norm(container.textContent);
    for (const k of items) {
      expect(page).not.toContain(norm(rendered(k.item.explanation)));
      expect(page).not.toContain(norm(rendered(k.item.hint)));
    }
    for (const ex of lesson.exercises) {
      expect(page).toContain(norm(rendered(ex.instructions)));
      expect(page).not.toContain(norm(rendered(ex.example.explanation)));
    }
    expect(container.querySelectorAll('mark, .key-item, .tag, [data-supported], #teacher-guide')).toHaveLength(0);
    for (const p of lesson.exercises.flatMap((ex) => ex.supported)) expect(page).not.toContain(norm(rendered(p.explanation)));
    expect(container.querySelectorAll('.paragraphs li')).toHaveLength(lesson.article.text.split('\n').filter((l) => l.trim()).length);
    expect(page).toContain(norm(lesson.article.text.split('\n')[0]!));
  });
});

describe('teacher routes', () => {
  it('opens the screen view and the two print layouts, and nothing else', () => {
    expect(parseRoute('#/teach/tajik-isis-k')).toEqual({ name: 'teach', id: 'tajik-isis-k', mode: 'screen' });
    expect(parseRoute('#/teach/tajik-isis-k/worksheet')).toEqual({ name: 'teach', id: 'tajik-isis-k', mode: 'worksheet' });
    expect(parseRoute('#/teach/tajik-isis-k/key/')).toEqual({ name: 'teach', id: 'tajik-isis-k', mode: 'key' });
    expect(parseRoute('#/teach/tajik-isis-k/answers').name).toBe('not-found');
    expect(parseRoute('#/teach/').name).toBe('not-found');
  });
});
