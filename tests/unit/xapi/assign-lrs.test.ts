// The assignment builder's LRS endpoint: it takes exactly what the app may send to (https,
// or plain http to this computer) and says clearly, in a polite status rather than an
// alert, why it will not take anything else; a refused endpoint never goes into the link.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AssignBuilder from '../../../src/components/assign/AssignBuilder.svelte';
import { decodeAssignment } from '../../../src/lib/assignment/assignment';
import { loadTeacherMessages } from '../../../src/lib/i18n/i18n.svelte';

// The builder keeps the assignment being made in localStorage: each test starts a new one.
beforeEach(() => localStorage.clear());
beforeAll(() => loadTeacherMessages());

it('refuses what the Content-Security-Policy would block, says why, and keeps it out of the link', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  render(AssignBuilder);
  await user.click(screen.getByRole('checkbox', { name: /ISIS-Khorasan/ }));
  const field = screen.getByLabelText('LRS endpoint');
  const note = () => document.getElementById('lrs-endpoint-note')!;
  const linked = () => {
    const decoded = decodeAssignment((screen.getByLabelText('Link', { exact: true }) as HTMLInputElement).value.split('#/a/')[1]!, ['tajik-isis-k']);
    return decoded.ok ? decoded.assignment.lrs?.endpoint : 'bad link';
  };
  const enter = async (text: string) => {
    await user.clear(field);
    await user.type(field, text);
    await user.tab(); // the message waits until the teacher leaves the field
  };

  await enter('http://lrs.school.lan/xapi/');
  expect(note()).toHaveRole('status');
  expect(note()).toHaveTextContent(
    'The LRS endpoint must start with https://. Browsers let Spotlight use plain http:// only for an LRS on this computer (localhost or 127.0.0.1), for testing.',
  );
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(note().textContent.trim());
  expect(linked()).toBeUndefined();
  expect(screen.queryByRole('alert')).toBeNull();

  await enter('https://key:secret@lrs.example.org/xapi/');
  expect(note()).toHaveTextContent('Put the key and the secret in their own fields below, not in the endpoint address.');
  expect(linked()).toBeUndefined();

  await enter('lrs.example.org/xapi/');
  expect(note()).toHaveTextContent('Enter the whole address of the LRS endpoint, such as https://lrs.example.org/xapi/.');

  await enter('http://localhost:8080/xapi/');
  expect(note()).toHaveTextContent('Statements will go to localhost:8080.');
  expect(field).not.toHaveAttribute('aria-invalid');
  expect(linked()).toBe('http://localhost:8080/xapi/');

  await enter('https://lrs.example.org/xapi/');
  expect(note()).toHaveTextContent('Statements will go to lrs.example.org.');
  expect(linked()).toBe('https://lrs.example.org/xapi/');
});

it('says nothing about a half-typed address until the teacher leaves the field', async () => {
  const user = userEvent.setup();
  render(AssignBuilder);
  await user.type(screen.getByLabelText('LRS endpoint'), 'htt');
  expect(document.getElementById('lrs-endpoint-note')).toHaveTextContent('');
});
