// The same authoring draft open in two tabs: when the other tab writes it (a storage event
// on the draft's key, as the browser fires it), this tab stops autosaving and asks, in
// plain words, which version to keep; neither is overwritten without the teacher choosing.
// Opening the page does not write the draft, so a second tab alone alarms nobody.
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AuthorPage from '../../src/components/author/AuthorPage.svelte';
import { DRAFT_KEY, newDraft, type Draft } from '../../src/lib/author/draft';
import { loadTeacherMessages, t, type MessageKey } from '../../src/lib/i18n/i18n.svelte';

const CHANGED = 'This draft was changed in another tab.';
const LOAD = "Load the other tab's version";
const KEEP = "Keep this tab's version";

beforeAll(() => loadTeacherMessages());
beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const draftNamed = (title: string): Draft => {
  const d = newDraft((k, v) => t(k as MessageKey, v));
  d.text = `${title} wrote this.`;
  d.meta.title = d.lesson.title = title;
  d.lesson.id = title.toLowerCase();
  return d;
};
const stored = () => localStorage.getItem(DRAFT_KEY);
/** Watches this tab's writes of the draft (a rewrite of the same JSON fires no event, but a reordered one would). */
const draftWrites = () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  return () => setItem.mock.calls.filter(([k]) => k === DRAFT_KEY).length;
};
const storedTitle = () => (JSON.parse(stored()!) as Draft).meta.title;
/** Longer than the autosave's pause. */
const pause = () => new Promise((r) => setTimeout(r, 600));
/** What the other tab does, and what this tab's browser then fires. */
function otherTabSaves(draft: Draft) {
  const oldValue = stored();
  localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, oldValue, newValue: stored(), storageArea: localStorage }));
}
async function open() {
  localStorage.setItem(DRAFT_KEY, JSON.stringify(draftNamed('Mine')));
  render(AuthorPage);
  const title = screen.getByLabelText<HTMLInputElement>('Article title');
  expect(title.value).toBe('Mine');
  return title;
}

it('writes nothing on opening, and ignores storage events that change nothing of its draft', async () => {
  await open();
  const writes = draftWrites();
  await pause();
  expect(writes()).toBe(0);
  window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: stored(), storageArea: localStorage }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'spotlight:language', newValue: 'fa', storageArea: localStorage }));
  await pause();
  expect(screen.queryByText(CHANGED, { exact: false })).toBeNull();
});

it('stops saving when another tab writes the draft, then loads that version on request', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  const title = await open();
  otherTabSaves(draftNamed('Theirs'));
  const alert = (await screen.findByText(CHANGED, { exact: false })).closest('[role=alert]') as HTMLElement;
  expect(alert).toHaveTextContent('this tab has stopped saving: what you change here is not saved until you choose a version.');

  await user.type(title, ' edited');
  await pause();
  expect(storedTitle()).toBe('Theirs'); // this tab's edit did not overwrite it

  await user.click(within(alert).getByRole('button', { name: LOAD }));
  expect(title.value).toBe('Theirs');
  expect(screen.getByLabelText<HTMLTextAreaElement>('Article text').value).toBe('Theirs wrote this.');
  expect(screen.queryByText(CHANGED, { exact: false })).toBeNull();
  expect(document.querySelector('.author > p.sr-only[role=status]')).toHaveTextContent("Loaded the other tab's version.");
  const writes = draftWrites();
  await pause();
  expect(writes()).toBe(0); // loading is not a change to write back (it would alarm the other tab)

  await user.type(title, ' too');
  await vi.waitFor(() => expect(storedTitle()).toBe('Theirs too'), { timeout: 2000 }); // saving again
});

it('keeps this tab’s version only after the teacher confirms, and saves it at once', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  const title = await open();
  await user.type(title, ' edited');
  await vi.waitFor(() => expect(storedTitle()).toBe('Mine edited'), { timeout: 2000 });
  otherTabSaves(draftNamed('Theirs')); // this tab has nothing unsaved, yet keeping it writes it again
  const alert = (await screen.findByText(CHANGED, { exact: false })).closest('[role=alert]') as HTMLElement;

  const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
  await user.click(within(alert).getByRole('button', { name: KEEP }));
  expect(confirm).toHaveBeenCalledWith("Save this tab's version over the other tab's? The changes made in the other tab will be lost.");
  expect(storedTitle()).toBe('Theirs');
  expect(screen.getByText(CHANGED, { exact: false })).toBeInTheDocument();

  confirm.mockReturnValue(true);
  await user.click(within(alert).getByRole('button', { name: KEEP }));
  expect(storedTitle()).toBe('Mine edited');
  expect(title.value).toBe('Mine edited');
  expect(screen.queryByText(CHANGED, { exact: false })).toBeNull();
  expect(document.querySelector('.author > p.sr-only[role=status]')).toHaveTextContent("Saved this tab's version.");
});
