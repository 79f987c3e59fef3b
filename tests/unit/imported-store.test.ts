// Imported lessons in IndexedDB (fake-indexeddb here): saved, replaced, listed for the
// catalog, loaded by id like built-in lessons, removed; damaged entries are skipped and named.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, set, clear } from 'idb-keyval';
import { getImported, holdImported, listImported, removeImported, saveImported } from '../../src/lib/lesson/imported-store';
import { loadLesson } from '../../src/lib/lesson/load';
import { readLessonFile } from '../../src/lib/lesson/lesson-file';
import type { LessonFile } from '../../src/lib/lesson/schema';

const raw = (id: string, title = 'Imported demo'): LessonFile => {
  const r = readLessonFile(
    `${id}.yaml`,
    JSON.stringify({
      id,
      title,
      level: 'Any',
      minutes: 5,
      intro: 'Hi',
      readingNote: 'Read',
      summary: 'Done',
      nextSteps: ['Search'],
      article: { title: 'Article <b>one</b>', byline: 'A. Writer', text: 'Officials said the plan failed. It was a disaster.' },
      exercises: [
        {
          id: 'claims',
          skill: 'claims',
          kind: 'mark-words',
          title: 'Claims',
          what: 'What?',
          example: { text: 'It is the best.', highlight: 'the best', explanation: 'Says who?' },
          instructions: 'Mark.',
          wrongMark: 'No.',
          items: [{ id: 'c1', target: [{ type: 'TextQuoteSelector', exact: 'It was a disaster' }], explanation: 'None.', hint: 'Second.' }],
        },
      ],
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.file;
};
const idb = createStore('spotlight-imported', 'lessons');
beforeEach(() => clear(idb));

describe('imported lessons store', () => {
  it('saves, lists with catalog info, replaces the same id and removes', async () => {
    expect(await saveImported(raw('my-demo'), 'file')).toEqual({ ok: true, replaced: false });
    expect(await saveImported(raw('my-demo', 'Second version'), 'assignment')).toEqual({ ok: true, replaced: true });
    const { lessons, skipped } = await listImported();
    expect(skipped).toEqual([]);
    expect(lessons).toEqual([
      expect.objectContaining({
        id: 'my-demo',
        title: 'Second version',
        level: 'Any',
        minutes: 5,
        skills: ['claims'],
        language: 'en',
        dir: 'ltr',
        article: { title: 'Article <b>one</b>', byline: 'A. Writer' },
        origin: 'assignment',
      }),
    ]);
    await removeImported('my-demo');
    expect((await listImported()).lessons).toEqual([]);
    expect(await getImported('my-demo')).toBeUndefined();
  });

  it("an assignment's lesson plays, but does not overwrite the learner's own file of the same id; the same link again rewrites nothing", async () => {
    await saveImported(raw('my-demo', 'My own version'), 'file');
    expect(await holdImported(raw('my-demo', 'Teacher version'), 'assignment')).toEqual({ ok: true, replaced: false });
    expect((await getImported('my-demo'))?.summary.title).toBe('Teacher version'); // what plays now
    expect((await listImported()).lessons.map((l) => [l.title, l.origin])).toEqual([['My own version', 'file']]);
    await removeImported('my-demo');
    await holdImported(raw('other', 'From a link'), 'assignment');
    const first = (await listImported()).lessons[0]!.importedAt;
    await new Promise((r) => setTimeout(r, 5));
    await holdImported(raw('other', 'From a link'), 'assignment');
    expect((await listImported()).lessons[0]!.importedAt).toBe(first);
  });
  it('refuses an id that a built-in lesson has', async () => {
    expect(await saveImported(raw('tajik-isis-k'), 'file')).toEqual({ ok: false, reason: 'built-in' });
    expect((await listImported()).lessons).toEqual([]);
  });

  it('skips and names damaged entries instead of failing the list', async () => {
    await saveImported(raw('fine'), 'file');
    await set('broken', { summary: { id: 'broken', title: 42 } }, idb);
    await set('junk', 'not an entry', idb);
    const { lessons, skipped } = await listImported();
    expect(lessons.map((l) => l.id)).toEqual(['fine']);
    expect(skipped.sort()).toEqual(['broken', 'junk']);
  });

  it('loadLesson finds an imported lesson, and re-checks what IndexedDB holds', async () => {
    await saveImported(raw('my-demo'), 'file');
    const r = await loadLesson('my-demo');
    expect(r?.ok && r.lesson.article.text).toBe('Officials said the plan failed. It was a disaster.');
    expect(r?.ok && r.lesson.exercises[0]!.items[0]!.span).toEqual({ start: 32, end: 49 });
    expect(await loadLesson('nothing-here')).toBeNull();
    const file = raw('tampered');
    await saveImported(
      {
        ...file,
        exercises: [{ ...file.exercises[0]!, items: [{ ...file.exercises[0]!.items[0]!, target: [{ type: 'TextQuoteSelector', exact: 'not there' }] }] }],
      },
      'file',
    );
    const bad = await loadLesson('tampered');
    expect(bad?.ok === false && bad.problems[0]!.message).toMatch(/not in the article/);
  });
});
