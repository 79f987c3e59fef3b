// The class results page as a teacher uses it: a stray file never hides the class, a crafted
// file or a damaged stored entry is named and skipped (the page goes on), removing all asks
// first, and a class of 28 files gives a table, a CSV and "most missed" that agree.
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/svelte';
import { createStore, set } from 'idb-keyval';
import ResultsPage from '../../src/components/results/ResultsPage.svelte';
import { canonical, sha256 } from '../../src/lib/results/completion-code';
import { clearStoredResults, loadStoredResults } from '../../src/lib/results/results-store';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';
import { body, resultsFile, type Work } from '../fixtures/results-files';

beforeAll(() => loadTeacherMessages());
beforeEach(() => clearStoredResults());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const asFile = async (w: Work, name = `${w.student}.json`) => new NodeFile([JSON.stringify(await resultsFile(w))], name);
/** A file made by hand, with a checksum that matches whatever it holds. */
const crafted = async (content: Record<string, unknown>, name: string) =>
  new NodeFile([JSON.stringify({ ...content, checksum: await sha256(canonical(content)) })], name);

async function openPage() {
  const { container } = render(ResultsPage);
  const page = within(container);
  await vi.waitFor(() => expect(page.getByText(/No results imported yet|Scores/)).toBeInTheDocument());
  return {
    page,
    import: async (files: NodeFile[]) => {
      await fireEvent.change(container.querySelector('input[type=file]')!, { target: { files } });
      await vi.waitFor(() => expect(container.querySelectorAll('.import-report li')).toHaveLength(files.length));
    },
    report: () =>
      [...container.querySelectorAll('.import-report li')].map((li) => ({ text: li.textContent.trim(), flagged: li.classList.contains('flagged') })),
    students: () => [...container.querySelectorAll('tbody th[scope=row] .student-name')].map((c) => c.textContent.trim()),
    caption: () => container.querySelector('caption')?.textContent ?? '',
  };
}

it('flags a file for another assignment in any batch, and keeps showing the class', async () => {
  const p = await openPage();
  const stray = { student: 'Stray', assignmentId: 'Other12345', label: 'Other class' };
  await p.import([await asFile(stray), await asFile({ student: 'Ana' }), await asFile({ student: 'Ben' })]);
  expect(p.report()[0]).toEqual({ text: 'Stray.json: imported (Stray), but it is for another assignment: “Other class”.', flagged: true });
  expect(p.students()).toEqual(['Ana', 'Ben']);
  expect(p.page.getByLabelText<HTMLSelectElement>('Assignment').value).toBe('AbC123xyz0');
  // A later batch: its stray file is flagged too, and the class is still what is shown.
  await p.import([await asFile({ ...stray, student: 'Stray two' }), await asFile({ student: 'Cy' })]);
  expect(p.report().map((r) => r.flagged)).toEqual([true, false]);
  expect(p.students()).toEqual(['Ana', 'Ben', 'Cy']);
  expect(p.page.getByText(/Also imported, for other assignments: Other class \(2 students\)/)).toBeInTheDocument();
});

it('names a crafted file and skips it, and the page goes on', async () => {
  const p = await openPage();
  const good = body({ student: 'Eve' });
  await p.import([
    await crafted({ ...good, lessons: [{ ...good.lessons[0], lessonId: 'x/../y' }] }, 'slashes.json'),
    await crafted({ ...good, student: 'E'.repeat(200_000) }, 'huge.json'),
    await crafted({ ...good, ...(JSON.parse('{"__proto__":{"x":1}}') as object) }, 'proto.json'),
    new NodeFile(['{"format":"spotlight-results","version":2,"lessons":"none"}'], 'wrong-types.json'),
    await asFile({ student: 'Ana' }),
  ]);
  const report = p.report();
  expect(report[0]!.text).toBe(
    'slashes.json: not imported: the file is not a valid results file (lessons.0.lessonId: not an id (lower-case letters, digits and hyphens)).',
  );
  expect(report.slice(0, 4).every((r) => r.flagged && r.text.includes('not imported'))).toBe(true);
  expect(report[4]).toEqual({ text: 'Ana.json: imported (Ana).', flagged: false });
  expect(p.students()).toEqual(['Ana']);
});

it('skips a damaged stored entry after a reload, naming it, and shows the rest', async () => {
  const good = await resultsFile({ student: 'Ana' });
  await set(
    'files',
    [good, 'not json {', { format: 'spotlight-results', version: 2, student: 'Eve', checksum: 'abc' }, 42],
    createStore('spotlight', 'results'),
  );
  const p = await openPage();
  await vi.waitFor(() => expect(p.students()).toEqual(['Ana']));
  expect(p.page.getByText(/^3 results stored in this browser could not be read/)).toHaveTextContent(
    'entry 2: it is not a results file (it is not JSON); entry 3 (Eve): the file is not a valid results file',
  );
  // Importing more keeps the unreadable entries as they were: nothing is lost by saving.
  await p.import([await asFile({ student: 'Ben' })]);
  expect((await loadStoredResults()).skipped).toHaveLength(3);
});

it('asks before removing everything, says what goes, and can be kept', async () => {
  const p = await openPage();
  await p.import([await asFile({ student: 'Ana' }), await asFile({ student: 'Ben' })]);
  await fireEvent.click(p.page.getByRole('button', { name: 'Remove all imported results from this browser' }));
  const question = p.page.getByRole('group', { name: /^Remove all 2 results files from this browser \(Year 10 \(2 students\)\)\?/ });
  expect(within(question).getByRole('button', { name: 'Remove them' })).toHaveFocus();
  await fireEvent.click(within(question).getByRole('button', { name: 'Keep them' }));
  expect(p.students()).toEqual(['Ana', 'Ben']);
  expect(p.page.getByRole('button', { name: 'Remove all imported results from this browser' })).toHaveFocus();
  await fireEvent.click(p.page.getByRole('button', { name: 'Remove all imported results from this browser' }));
  await fireEvent.click(p.page.getByRole('button', { name: 'Remove them' }));
  await vi.waitFor(() => expect(p.page.getByRole('status')).toHaveTextContent('Removed 2 results files from this browser.'));
  expect(p.students()).toEqual([]);
  expect((await loadStoredResults()).files).toEqual([]);
});

it('a class of 28 files: the table, the CSV and "most missed" count the same students', async () => {
  const works: Work[] = Array.from({ length: 23 }, (_, i) => ({ student: `Student ${i + 1}`, missed: i % 3 === 0 ? ['claims-a'] : [] }));
  works.push({ student: 'Sara', browserId: 'browser-sara-1', missed: ['claims-a'] }, { student: 'Sara', browserId: 'browser-sara-2' });
  // Student 2 hands in again, later, having missed claims-a this time: the latest counts.
  works.push({ student: 'Student 2', at: '2026-11-26T10:00:00.000Z', missed: ['claims-a'] });
  works.push({ student: 'Stray', assignmentId: 'Other12345', label: 'Other class', missed: ['claims-a'] });
  const files = await Promise.all(works.map((w, i) => asFile(w, `${i}.json`)));
  const good = body({ student: 'Crafty' });
  files.push(await crafted({ ...good, lessons: [{ ...good.lessons[0], lessonId: 'a/b' }] }, 'crafted.json'));
  expect(files).toHaveLength(28);

  const p = await openPage();
  await p.import(files);
  const students = 25; // 23 + two Saras; Student 2 once; not the stray, not the crafted file
  const missedA = 8 + 1 + 1; // Student 1, 4, …, 22; Sara on browser 1; Student 2's latest file
  expect(p.caption()).toBe(`Scores (${students} students)`);
  expect(p.students()).toHaveLength(students);
  expect(p.students().filter((s) => s === 'Sara')).toHaveLength(2);
  const student2 = [...document.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('.student-name')?.textContent === 'Student 2')!;
  expect(student2.querySelector('th')).toHaveTextContent('2 files');

  const missed = [...document.querySelectorAll('.missed-list li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
  expect(missed).toEqual([
    `Missing or weak sources: src-b — missed by ${students} of ${students}`,
    `Unsupported claims: claims-a — missed by ${missedA} of ${students}`,
  ]);

  let csv: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((csv = b as Blob), 'blob:csv'));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await fireEvent.click(p.page.getByRole('button', { name: 'Download as CSV' }));
  // jsdom's Blob has no arrayBuffer(); its FileReader reads the bytes.
  const bytes = await new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(csv!);
  });
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = new TextDecoder().decode(bytes).trim().split('\r\n').slice(1);
  expect(rows).toHaveLength(students);
  const claimsA = (row: string) => row.split(',').at(-5) === '2'; // claims points (5th from the end: the title has a comma): 2 of 3 when claims-a was missed
  expect(rows.filter(claimsA)).toHaveLength(missedA);
});

it("opens a student's details with their time at work, and says when a file did not record it", async () => {
  const p = await openPage();
  await p.import([await asFile({ student: 'Ana', seconds: 754, attempts: 2 }), await asFile({ student: 'Ben' })]);
  const details = (name: string) => [...document.querySelectorAll('.student-details')].find((d) => d.querySelector('summary')?.textContent.startsWith(name))!;
  await fireEvent.click(details('Ana').querySelector('summary')!);
  expect(details('Ana')).toHaveTextContent(/attempts: 2 · checks in all: 4 · time at work: 13 min/);
  expect(details('Ben')).toHaveTextContent(/time at work: not recorded \(older results file\)/);
});
