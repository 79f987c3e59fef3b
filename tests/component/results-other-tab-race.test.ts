// The class results page when reading what is stored is slow (a busy disk, a big class):
// a read that ends after this tab imported must not hide what it just imported.
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import ResultsPage from '../../src/components/results/ResultsPage.svelte';
import { createResultsFile } from '../../src/lib/results/results-file';
import { clearStoredResults } from '../../src/lib/results/results-store';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';

// Every read returns what was stored when it began, but only 150 ms later.
vi.mock('../../src/lib/results/results-store', async (real) => {
  const store = await real<typeof import('../../src/lib/results/results-store')>();
  return {
    ...store,
    loadStoredResults: async () => {
      const stored = await store.loadStoredResults();
      await new Promise((r) => setTimeout(r, 150));
      return stored;
    },
  };
});

beforeAll(() => loadTeacherMessages());
beforeEach(() => clearStoredResults());
afterEach(cleanup);

function openTab() {
  const { container } = render(ResultsPage, { target: document.body.appendChild(document.createElement('div')) });
  return {
    import: async (student: string) => {
      const file = await createResultsFile({
        format: 'spotlight-results',
        version: 1,
        assignmentId: 'AbC123xyz0',
        label: 'Year 10',
        student,
        finishedAt: '2026-11-25T10:00:00.000Z',
        lessons: [
          {
            lessonId: 'tajik-isis-k',
            title: 'Reading',
            skills: [{ exerciseId: 'claims', skill: 'claims', points: 2, max: 7, hintsUsed: 0, checks: 1, missed: [] }],
          },
        ],
      });
      await fireEvent.change(container.querySelector('input[type=file]')!, { target: { files: [new NodeFile([JSON.stringify(file)], `${student}.json`)] } });
    },
    students: () => [...container.querySelectorAll('tbody th[scope=row] .student-name')].map((c) => c.textContent.trim()).sort(),
    status: () => container.querySelector('.other-tab')!.textContent,
  };
}
const settled = () => new Promise((r) => setTimeout(r, 400));

it('keeps files imported before the first read ends', async () => {
  const a = openTab();
  await a.import('Ana');
  await settled();
  expect(a.students()).toEqual(['Ana']);
});

it('ignores a read about another tab’s import that ends after this tab imported', async () => {
  const a = openTab();
  const b = openTab();
  await settled();
  await a.import('Ana');
  await vi.waitFor(() => expect(a.students()).toEqual(['Ana'])); // stored and announced: b starts reading, slowly
  await b.import('Ben'); // saved and shown before b's slow read ends
  await settled();
  expect(b.students()).toEqual(['Ana', 'Ben']);
  expect(b.status()).toBe('Results imported in another tab were added here.');
});
