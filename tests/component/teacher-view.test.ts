// The teacher view of the seed lesson: the answer key marks and explains every item of every
// exercise (overlapping items included), and the worksheet carries no answer at all.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import TeacherView from '../../src/components/teacher/TeacherView.svelte';
import Markdown from '../../src/components/markdown/Markdown.svelte';
import { keyItems, keyRuns } from '../../src/components/teacher/key-items';
import { numberParagraphs } from '../../src/components/teacher/paragraphs';
import { segmentArticle } from '../../src/lib/text/segment';
import { readLessonsOnDisk } from '../../scripts/lessons-disk';
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
    // The article's text is all there, in order, besides the labels and paragraph numbers.
    const plain = norm(
      [...article.querySelectorAll('p')]
        .map((p) => {
          const copy = p.cloneNode(true) as Element;
          copy.querySelector('.para-n')?.remove();
          return withoutTags(copy);
        })
        .join(' '),
    );
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
  it('has the article and every exercise, and no explanation or hint', () => {
    const { container } = render(TeacherView, { lesson, mode: 'worksheet' });
    const page = norm(container.textContent);
    for (const k of items) {
      expect(page).not.toContain(norm(rendered(k.item.explanation)));
      expect(page).not.toContain(norm(rendered(k.item.hint)));
    }
    for (const ex of lesson.exercises) expect(page).not.toContain(norm(rendered(ex.example.explanation)));
    expect(container.querySelectorAll('.ws-exercise')).toHaveLength(lesson.exercises.length);
    expect(container.querySelectorAll('mark, .key-item, .tag, [data-supported], #teacher-guide, .key-grid')).toHaveLength(0);
    for (const p of lesson.exercises.flatMap((ex) => ex.supported)) expect(page).not.toContain(norm(rendered(p.explanation)));
  });

  it('gives instructions for pen and paper, not for the screen', () => {
    const { container } = render(TeacherView, { lesson, mode: 'worksheet' });
    const page = norm(container.textContent);
    expect(page).not.toMatch(/Check my marks|check your marks|keys 1|buttons above|three attempts|each hint costs/i);
    for (const ex of lesson.exercises) expect(page).not.toContain(norm(rendered(ex.instructions)));
    const instructions = [...container.querySelectorAll('.paper-instructions')].map((el) => el.textContent);
    expect(instructions).toHaveLength(lesson.exercises.length);
    instructions.forEach((text, i) => {
      expect(text).toMatch(/^(Underline|Circle) /);
      // The exercise's number goes in the margin, beside the passage.
      expect(text).toMatch(new RegExp(`[Ww]rite ${i + 1}\\b.*margin|margin, write ${i + 1}\\b`));
    });
    // The sources exercise lists the kinds with the letters learners write in the margin.
    expect(norm(container.querySelector('.kinds')!.textContent)).toContain('b Named person');
  });

  it('numbers the body paragraphs only: the byline is printed but not counted, as in the key', () => {
    const { container } = render(TeacherView, { lesson, mode: 'worksheet' });
    const lines = lesson.article.text.split('\n').filter((l) => l.trim());
    expect(lines[0]).toBe(lesson.article.meta.byline);
    const numbered = [...container.querySelectorAll<HTMLLIElement>('.paragraphs li')];
    expect(numbered).toHaveLength(lines.length - 1);
    expect(norm(numbered[0]!.textContent)).toBe(norm(lines[1]!));
    expect(numbered.map((li) => li.value)).toEqual(lines.slice(1).map((_, i) => i + 1));
    expect(norm(container.querySelector('.front-matter')!.textContent)).toBe(lesson.article.meta.byline);
    expect(numbered.some((li) => li.textContent.includes(lesson.article.meta.byline!))).toBe(false);
    // The hint "Look at the second paragraph. The writer says something "must be acknowledged""
    // points at worksheet paragraph 2, and the key's article numbers it 2 as well.
    expect(numbered[1]!.textContent).toContain('must be acknowledged');
    const key = render(TeacherView, { lesson, mode: 'key' }).container;
    const keyParagraphs = [...key.querySelectorAll('.key-article article p')];
    expect(keyParagraphs[0]!.querySelector('.para-n')).toBeNull();
    expect(keyParagraphs[2]!.querySelector('.para-n')!.textContent).toBe('2');
    expect(keyParagraphs[2]!.textContent).toContain('must be acknowledged');
  });

  it('gives every exercise at least one answer line per item, and two spare', () => {
    const { container } = render(TeacherView, { lesson, mode: 'worksheet' });
    const sections = [...container.querySelectorAll('.ws-exercise')];
    lesson.exercises.forEach((ex, i) => {
      expect(ex.items.length).toBeGreaterThan(8); // more than the 8 lines the worksheet used to give
      expect(sections[i]!.querySelectorAll('.line').length).toBe(ex.items.length + 2);
    });
  });
});

describe('paragraph numbers (one rule for the worksheet, the key and the grid)', () => {
  const numbers = (text: string, meta: { title: string; byline?: string }) => numberParagraphs(segmentArticle(text), meta).map((p) => p.n);
  it('leaves out a headline equal to the title and the byline or dateline under it', () => {
    const text = 'Library reopens\nBy Priya Salter, The Courier, 8 March 2026\nThe library opened on Saturday.\nIt cost £2m.';
    expect(numbers(text, { title: 'Library reopens', byline: 'Priya Salter' })).toEqual([null, null, 1, 2]);
    expect(numbers('Mohammad Sadiq Tariq\nThe first paragraph.\nThe second.', { title: 'Ours', byline: 'Mohammad Sadiq Tariq' })).toEqual([null, 1, 2]);
    // No front matter: a first line that is a sentence is paragraph 1.
    expect(numbers('The first paragraph.\nThe second.', { title: 'Other' })).toEqual([1, 2]);
  });
  it('finds the front matter of every course lesson', () => {
    for (const { id, result } of readLessonsOnDisk(process.cwd())) {
      if (!result.ok) continue;
      const l = result.lesson;
      const doc = segmentArticle(l.article.text, l.language);
      const numbered = numberParagraphs(doc, l.article.meta);
      const front = numbered.filter((p) => p.n === null).length;
      expect(front, id).toBe(id === 'tajik-isis-k' ? 1 : 2);
      expect(
        numbered.slice(front).map((p) => p.n),
        id,
      ).toEqual(numbered.slice(front).map((_, i) => i + 1));
    }
  });
});

describe('the answer grid', () => {
  it('comes first in the key, one row per item: paragraph as on the worksheet, passage, kind and the reason in short', () => {
    const { container } = render(TeacherView, { lesson, mode: 'key' });
    const grid = container.querySelector('.key-grid')!;
    expect(grid).not.toBeNull();
    // Before the detailed pages: the marked article and the exercises follow it.
    expect(grid.compareDocumentPosition(container.querySelector('.key-article')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = [...grid.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(rows).toHaveLength(items.length);
    const worksheet = render(TeacherView, { lesson, mode: 'worksheet' }).container;
    const numbered = [...worksheet.querySelectorAll<HTMLLIElement>('.paragraphs li')];
    items.forEach((k, i) => {
      const cells = [...rows[i]!.cells].map((c) => norm(c.textContent));
      expect(cells[0]).toBe(String(k.n));
      const quote = norm(lesson.article.text.slice(k.item.span.start, k.item.span.end));
      expect(quote.startsWith(cells[2]!.replace(/…$/, ''))).toBe(true);
      expect(cells[2]!.length).toBeLessThanOrEqual(30);
      expect(cells[3]).toBe(en.tag[k.category]);
      expect(cells[4]!.length).toBeLessThanOrEqual(72);
      expect(norm(rendered(k.item.explanation))).toContain(cells[4]!.replace(/…$/, '').slice(0, 20));
      // The paragraph the grid names is the worksheet's paragraph holding the passage.
      if (cells[1] === 'before 1') expect(lesson.article.meta.byline).toContain(quote.slice(0, 10));
      else expect(norm(numbered[Number(cells[1]) - 1]!.textContent)).toContain(quote.slice(0, 30));
    });
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
