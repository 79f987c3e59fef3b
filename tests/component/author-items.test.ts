// The authoring page's item editor from the keyboard: the exact words, which occurrence,
// explanation and hint; problems list what is missing and export waits for them.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AuthorPage from '../../src/components/author/AuthorPage.svelte';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';

beforeAll(() => loadTeacherMessages());
beforeEach(() => localStorage.clear());

const problems = () => document.querySelector('[aria-labelledby="author-problems-h"]')!.textContent;
const TEXT = 'Officials said the bridge is safe.\nThe mayor disagreed. Officials said nothing else.';

it('adds an item at the chosen occurrence, asks for its texts, then allows export', { timeout: 30_000 }, async () => {
  const user = userEvent.setup();
  render(AuthorPage);
  const area = screen.getByLabelText('Article text') as HTMLTextAreaElement;
  await user.click(area);
  await user.paste(TEXT);
  expect(area.value).toBe(TEXT);
  await user.type(screen.getByLabelText('Article title'), 'Bridge');
  expect(screen.getByRole('button', { name: 'Export lesson file' })).toBeDisabled();
  expect(problems()).toContain('The lesson has no items yet.');

  const find = document.getElementById('author-find-sources') as HTMLInputElement;
  await user.type(find, 'Officials said');
  expect(find.parentElement!.textContent).toContain('Found 2 times. Which one?');
  await user.selectOptions(document.getElementById('author-which-sources') as HTMLSelectElement, '1');
  await user.tab(); // "Use my selection"
  await user.tab(); // "Add item"
  expect(document.activeElement).toBe(screen.getAllByRole('button', { name: 'Add item' })[2]);
  await user.keyboard('{Enter}');

  const explanation = document.getElementById('author-item-sources-1-explanation') as HTMLTextAreaElement;
  expect(document.activeElement).toBe(explanation);
  expect(problems()).toContain('The explanation is empty.');
  expect(problems()).toContain('The kind of source is not chosen.');
  await user.keyboard('Which officials?');
  await user.tab();
  await user.keyboard('Look at the last sentence.');
  await user.selectOptions(document.getElementById('author-item-sources-1-attribution') as HTMLSelectElement, 'Vague (“officials said”)');
  expect(problems()).toContain('No problems: the lesson can be previewed and exported.');
  expect(screen.getByRole('button', { name: 'Export lesson file' })).toBeEnabled();

  // The item is the second "Officials said" (kept in the autosaved draft after a pause).
  await new Promise((r) => setTimeout(r, 500));
  const saved = JSON.parse(localStorage.getItem('spotlight:author-draft')!);
  expect(saved.exercises.sources.items[0]).toMatchObject({ start: TEXT.lastIndexOf('Officials said'), exact: 'Officials said', attribution: 'vague' });

  await user.click(screen.getByRole('button', { name: 'Remove item' }));
  expect(problems()).toContain('The lesson has no items yet.');
  expect(screen.getByRole('button', { name: 'Export lesson file' })).toBeDisabled();
});
