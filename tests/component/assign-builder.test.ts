// The assignment builder: the link it shows carries exactly the options the teacher chose.
import { beforeAll, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AssignBuilder from '../../src/components/assign/AssignBuilder.svelte';
import { decodeAssignment } from '../../src/lib/assignment/assignment';
import { loadTeacherMessages } from '../../src/lib/i18n/i18n.svelte';

beforeAll(() => loadTeacherMessages());

it('makes a link that decodes to the chosen lessons and options', async () => {
  const user = userEvent.setup();
  render(AssignBuilder);
  const link = () => (screen.getByLabelText('Link', { exact: true }) as HTMLInputElement).value;
  // Nothing is chosen at first: with a course of many lessons, the teacher picks.
  expect(screen.queryByLabelText('Link', { exact: true })).toBeNull();
  await user.click(screen.getByRole('checkbox', { name: /ISIS-Khorasan/ }));
  await user.click(screen.getByRole('checkbox', { name: /four-day school week/ }));
  await user.type(screen.getByLabelText('Class or assignment label'), '  8B media  ');
  await user.click(screen.getByLabelText('Hints allowed (each costs points)'));
  await user.clear(screen.getByLabelText('Checks allowed per exercise'));
  await user.type(screen.getByLabelText('Checks allowed per exercise'), '1');
  await user.click(screen.getByLabelText('Show the answers after the last check'));
  const decoded = decodeAssignment(link().split('#/a/')[1]!, ['tajik-isis-k', 'four-day-week-column']);
  // In the course's order, whatever order they were ticked in.
  expect(decoded).toMatchObject({
    ok: true,
    assignment: { label: '8B media', lessons: ['four-day-week-column', 'tajik-isis-k'], hints: false, attempts: 1, showAnswers: false },
  });
  expect(screen.getByRole('img', { name: 'QR code of the assignment link' })).toBeInTheDocument();

  // With no lesson chosen there is no link, and the page says why.
  await user.click(screen.getByRole('checkbox', { name: /ISIS-Khorasan/ }));
  await user.click(screen.getByRole('checkbox', { name: /four-day school week/ }));
  expect(screen.queryByLabelText('Link', { exact: true })).toBeNull();
  expect(screen.getByText('Choose at least one lesson to get a link.')).toBeInTheDocument();
});
