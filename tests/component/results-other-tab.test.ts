// Two tabs with the class results page open (two instances on one page, sharing IndexedDB
// and BroadcastChannel as two tabs do): what one imports is never lost by the other's next
// save, the stored set is the union of both tabs' files, and the other tab says so.
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/svelte';
import ResultsPage from '../../src/components/results/ResultsPage.svelte';
import { createResultsFile } from '../../src/lib/results/results-file';
import { body as fixtureBody } from '../fixtures/results-files';
import { clearStoredResults, loadStoredResults } from '../../src/lib/results/results-store';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';

const ADDED = 'Results imported in another tab were added here.';
const body = (student: string) => fixtureBody({ student });

beforeAll(() => loadTeacherMessages());
beforeEach(() => clearStoredResults());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** One "tab": the page, with its stored results loaded. */
async function openTab() {
  const { container } = render(ResultsPage, { target: document.body.appendChild(document.createElement('div')) });
  const tab = within(container);
  await vi.waitFor(() => expect(tab.getByText(/No results imported yet|Scores/)).toBeInTheDocument());
  return {
    tab,
    // jsdom's File has no text(); Node's does, and the page only reads name, size and text().
    import: async (...students: string[]) => {
      const files = await Promise.all(students.map(async (s) => new NodeFile([JSON.stringify(await createResultsFile(body(s)))], `${s}.json`)));
      await fireEvent.change(container.querySelector('input[type=file]')!, { target: { files } });
      await vi.waitFor(() => expect(container.querySelectorAll('.import-report li')).toHaveLength(students.length));
    },
    students: () => [...container.querySelectorAll('tbody th[scope=row] .student-name')].map((c) => c.textContent.trim()).sort(),
    status: () => container.querySelector('.other-tab')!.textContent,
  };
}

it('shows at once what another tab imported, and says so politely', async () => {
  const a = await openTab();
  const b = await openTab();
  await a.import('Ana');
  await vi.waitFor(() => expect(b.students()).toEqual(['Ana']));
  expect(b.tab.getByRole('status')).toHaveTextContent(ADDED);
  expect(a.status()).toBe(''); // the tab that imported has nothing to say about other tabs
  await b.import('Ben');
  await vi.waitFor(() => expect(a.students()).toEqual(['Ana', 'Ben']));
  expect(a.status()).toBe(ADDED);
  expect((await loadStoredResults()).files.map((f) => f.student).sort()).toEqual(['Ana', 'Ben']);
});

it('keeps the other tab’s files when saving, even when that tab was never heard', async () => {
  // No BroadcastChannel, and jsdom fires no storage events between the two: only the merge on saving is left.
  vi.stubGlobal('BroadcastChannel', undefined);
  const a = await openTab();
  const b = await openTab();
  await a.import('Ana');
  await new Promise((r) => setTimeout(r, 50));
  expect(b.students()).toEqual([]);
  await b.import('Ben', 'Cy');
  expect((await loadStoredResults()).files.map((f) => f.student).sort()).toEqual(['Ana', 'Ben', 'Cy']);
  await vi.waitFor(() => expect(b.students()).toEqual(['Ana', 'Ben', 'Cy']));
  expect(b.status()).toBe(ADDED);
});

it('says so when another tab removed the results', async () => {
  const a = await openTab();
  const b = await openTab();
  await a.import('Ana');
  await vi.waitFor(() => expect(b.students()).toEqual(['Ana']));
  await fireEvent.click(a.tab.getByRole('button', { name: 'Remove all imported results from this browser' }));
  await fireEvent.click(a.tab.getByRole('button', { name: 'Remove them' }));
  await vi.waitFor(() => expect(b.students()).toEqual([]));
  expect(b.status()).toBe('Results removed in another tab are no longer shown here.');
});
