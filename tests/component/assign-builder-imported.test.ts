// The assignment builder with a lesson imported into this browser: listed and marked as
// imported, and a link that chooses it carries the lesson file (too long for a QR code).
import 'fake-indexeddb/auto';
import { beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AssignBuilder from '../../src/components/assign/AssignBuilder.svelte';
import { decodeAssignment } from '../../src/lib/assignment/assignment';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';
import { readLessonFile } from '../../src/lib/lesson/lesson-file';
import { saveImported } from '../../src/lib/lesson/imported-store';

const read = readLessonFile('river-report.yaml', readFileSync('tests/fixtures/import/river-report.yaml'));
beforeAll(async () => {
  await loadTeacherMessages();
  if (!read.ok) throw new Error('fixture');
  await saveImported(read.file, 'file');
});

it('lists the imported lesson, marked, and embeds it in the link', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  render(AssignBuilder);
  const box = await screen.findByRole('checkbox', { name: 'The river clean-up report Imported' }, { timeout: 10_000 });
  const link = () => (screen.getByLabelText('Link', { exact: true }) as HTMLInputElement).value;
  await user.click(screen.getByRole('checkbox', { name: /ISIS-Khorasan/ }));
  expect(screen.getByRole('img', { name: 'QR code of the assignment link' })).toBeInTheDocument();
  await user.click(box);
  const decoded = decodeAssignment(link().split('#/a/')[1]!, ['tajik-isis-k']);
  expect(decoded.ok && decoded.assignment.lessons).toEqual(['tajik-isis-k', 'river-report']);
  expect(decoded.ok && decoded.assignment.embedded).toEqual([read.ok && read.file]);
  expect(screen.queryByRole('img', { name: 'QR code of the assignment link' })).toBeNull();
  expect(screen.getByText('This link carries the article of an imported lesson, too long for a QR code; share the link instead.')).toBeInTheDocument();
});
