// The draft becomes a lesson file that the real lesson builder accepts, or a list of
// problems that name the field to fix; exported YAML builds back to the same lesson.
import { describe, expect, it } from 'vitest';
import en from '../../../src/locales/teacher/en.json';
import { newDraft, loadDraft, saveDraft, slugify, directionOf, rejectionKey, DRAFT_KEY, type Draft } from '../../../src/lib/author/draft';
import { checkDraft } from '../../../src/lib/author/draft-to-lesson';
import { lessonToYaml } from '../../../src/lib/lesson/lesson-yaml';
import { buildLesson } from '../../../src/lib/lesson/build-lesson-yaml';

const tr = (key: string, values: Record<string, unknown> = {}) => {
  const base = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], en);
  // As i18next does: "{{x, number}}" is formatted for the language (English here).
  return (typeof base === 'string' ? base : key).replace(/\{\{(\w+)(, *number)?[^}]*\}\}/g, (_, k: string, num?: string) =>
    num ? Number(values[k]).toLocaleString('en') : String(values[k]),
  );
};
const TEXT = 'The mayor said the bridge is safe.\nExperts believe it will collapse. Experts believe a lot.\nIt is the worst bridge ever built.';

function readyDraft(): Draft {
  const d = newDraft(tr);
  d.text = TEXT;
  d.meta.title = 'Bridge story';
  d.lesson.id = 'bridge-story';
  d.lesson.title = 'Reading a bridge story';
  const start = TEXT.indexOf('Experts believe');
  d.exercises.sources.items.push({
    id: 'sources-1',
    start,
    end: start + 15,
    exact: 'Experts believe',
    explanation: 'Which experts?',
    hint: 'Who says so?',
    attribution: 'vague',
  });
  const w = TEXT.indexOf('the worst bridge ever built');
  d.exercises.claims.items.push({
    id: 'claims-2',
    start: w,
    end: w + 27,
    exact: 'the worst bridge ever built',
    explanation: 'No evidence.',
    hint: 'Last sentence.',
  });
  return d;
}

describe('checkDraft', () => {
  it('a new draft lists what is missing, with the field to go to', () => {
    const r = checkDraft(newDraft(tr), tr);
    expect(r.ok).toBe(false);
    const fields = r.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['author-text', 'author-meta-title', 'author-lesson-id', 'author-lesson-title', 'author-find-claims']));
    expect(r.problems.find((p) => p.field === 'author-text')).toMatchObject({ where: 'Article text', message: 'This is empty.' });
  });
  it('names an item missing its explanation, hint or attribution', () => {
    const d = readyDraft();
    d.exercises.sources.items[0]!.explanation = ' ';
    d.exercises.sources.items[0]!.hint = '';
    delete d.exercises.sources.items[0]!.attribution;
    const r = checkDraft(d, tr);
    expect(r.problems.map((p) => p.field)).toEqual(['author-item-sources-1-explanation', 'author-item-sources-1-hint', 'author-item-sources-1-attribution']);
    expect(r.problems[0]!.where).toBe('Sources › Item 1 (“Experts believe”)');
  });
  it('names overlapping items of one exercise', () => {
    const d = readyDraft();
    const w = TEXT.indexOf('worst bridge');
    d.exercises.claims.items.push({ id: 'claims-3', start: w, end: w + 12, exact: 'worst bridge', explanation: 'x', hint: 'y' });
    const r = checkDraft(d, tr);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      {
        field: 'author-item-claims-3-remove',
        where: 'Unsupported claims › Item 2 (“worst bridge”)',
        message: 'It shares words with item 1 of this exercise.',
        fix: expect.stringContaining('Remove one of the two items'),
      },
    ]);
  });
  it('a complete draft builds; its exported YAML builds to the same lesson, skills without items left out', () => {
    const r = checkDraft(readyDraft(), tr);
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.lesson.exercises.map((e) => e.skill)).toEqual(['claims', 'sources']);
    const repeated = r.lesson.exercises[1]!.items[0]!;
    expect(repeated.span).toEqual({ start: TEXT.indexOf('Experts believe'), end: TEXT.indexOf('Experts believe') + 15 });
    const yaml = lessonToYaml(r.file);
    const back = buildLesson('bridge-story.yaml', yaml, {});
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.lesson.article.text).toBe(TEXT);
      expect(back.lesson.exercises.map((e) => e.items.map((i) => i.span))).toEqual(r.lesson.exercises.map((e) => e.items.map((i) => i.span)));
    }
  });
  it('an article over the lesson limit is named before the schema would refuse it', () => {
    const d = readyDraft();
    d.text = `${TEXT}\n${'word '.repeat(80_001)}`;
    expect(checkDraft(d, tr).problems.find((p) => p.field === 'author-text')?.message).toMatch(/^The article is longer than 400.000 characters\.$/);
  });
  it('an item whose words left the article is reported', () => {
    const d = readyDraft();
    d.text = TEXT.replace('worst', 'best');
    expect(checkDraft(d, tr).problems.map((p) => p.field)).toContain('author-item-claims-2-remove');
  });
});

describe('draft helpers', () => {
  it('slugify and direction', () => {
    expect(slugify('Ça va? The City’s Budget — 2024!')).toBe('ca-va-the-city-s-budget-2024');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
  });
  it('saves and loads; a corrupt draft is reported and kept aside', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    expect(loadDraft(storage)).toEqual({ kind: 'none' });
    const d = readyDraft();
    expect(saveDraft(storage, d)).toBe(true);
    expect(loadDraft(storage)).toEqual({ kind: 'ok', draft: d });
    store.set(DRAFT_KEY, '{"version":1,"text":');
    expect(loadDraft(storage)).toEqual({ kind: 'corrupt' });
    expect(store.get(`${DRAFT_KEY}:unreadable`)).toBe('{"version":1,"text":');
    expect(store.has(DRAFT_KEY)).toBe(false);
  });
  it('a rejected suggestion stays rejected when the text above it is edited; another occurrence does not', () => {
    const at = (text: string, exact: string, nth = 0) => {
      let start = text.indexOf(exact);
      for (let k = 0; k < nth; k++) start = text.indexOf(exact, start + 1);
      return { skill: 'sources' as const, start, exact };
    };
    const edited = `A new first paragraph.\n${TEXT}`;
    expect(rejectionKey(at(edited, 'Experts believe'), edited)).toBe(rejectionKey(at(TEXT, 'Experts believe'), TEXT));
    expect(rejectionKey(at(TEXT, 'Experts believe', 1), TEXT)).not.toBe(rejectionKey(at(TEXT, 'Experts believe'), TEXT));
  });
  it('an empty exercise title is named by its own label', () => {
    const d = readyDraft();
    d.exercises.sources.title = ' ';
    const check = checkDraft(d, tr);
    expect(check.problems.find((p) => p.field === 'author-ex-sources-title')?.where).toBe(`${en.author.skills.sources} › ${en.author.fields.exerciseTitle}`);
  });
  it('a draft saved with Minutes cleared loads again, and the check names Minutes', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const d = readyDraft();
    d.lesson.minutes = null; // what an emptied number input gives
    saveDraft(storage, d);
    const loaded = loadDraft(storage);
    expect(loaded).toEqual({ kind: 'ok', draft: d });
    const check = checkDraft(d, tr);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.field)).toContain('author-lesson-minutes');
  });
});
