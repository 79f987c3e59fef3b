// What a screen reader user hears in the exercise's live region: the selection as a range,
// the sentence after Up or Down, each hint's own text, Try again and Show answers; and that
// words say "selected" only when they are, and carry the punctuation next to them.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import { claimsExercise, doc, sourcesExercise } from '../machines/fixtures';
import { renderExercise } from './render-exercise';

function setup(ex = claimsExercise) {
  const actor = createActor(createExerciseMachine(ex, doc)).start();
  renderExercise(actor, ex, doc);
  return { actor, user: userEvent.setup(), status: () => screen.getByRole('status').textContent };
}
const option = (name: string) => screen.getAllByRole('option').find((o) => o.textContent?.endsWith(name))!;

describe('exercise announcements', () => {
  it('says what is selected, as a range, while Shift extends it, and when it is dropped', async () => {
    const { user, status } = setup();
    await user.tab();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(status()).toBe('Selected 2 words: “Everyone agrees”.');
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}');
    expect(status()).toBe('Selected 5 words, from “Everyone agrees” to “plan failed”.');
    await user.keyboard('{Escape}');
    expect(status()).toBe('Selection cleared.');
    await user.keyboard('s');
    expect(status()).toBe('Selected 5 words, from “Everyone agrees” to “plan failed”.');
  });

  it('reads the sentence Up and Down move to', async () => {
    const { user, status } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(status()).toBe('Sentence: Officials said costs doubled.');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(status()).toBe('Sentence: Everyone agrees the plan failed.');
  });

  it('marks words selected only while they are, never "not selected"', async () => {
    const { user } = setup();
    await user.tab();
    expect(screen.getAllByRole('option').filter((o) => o.hasAttribute('aria-selected'))).toEqual([]);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(
      screen
        .getAllByRole('option')
        .filter((o) => o.hasAttribute('aria-selected'))
        .map((o) => [o.textContent, o.getAttribute('aria-selected')]),
    ).toEqual([
      ['Everyone', 'true'],
      ['agrees', 'true'],
    ]);
    await user.keyboard('{Escape}');
    expect(screen.getAllByRole('option').filter((o) => o.hasAttribute('aria-selected'))).toEqual([]);
  });

  it('names a word with the punctuation next to it', () => {
    setup();
    expect(option('failed')).toHaveAccessibleName('failed.');
    expect(option('agrees')).toHaveAccessibleName('agrees');
  });

  it('reads each hint with its own text', async () => {
    const { user, status } = setup();
    await user.click(screen.getByRole('button', { name: /Hint/ }));
    const first = status();
    expect(first).toMatch(/^Hint: Hint for /);
    await user.click(screen.getByRole('button', { name: /Hint/ }));
    expect(status()).toMatch(/^Hint: Hint for /);
    expect(status()).not.toBe(first);
  });

  it('says what Try again did', async () => {
    const { user, status } = setup();
    await user.click(option('Monday'));
    await user.click(screen.getByRole('button', { name: 'Check my marks' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(status()).toBe('Try again: your mark is kept. Change your marks, then check again.');
  });

  it('says what Show answers did', async () => {
    const { user, status } = setup();
    await user.click(option('Monday'));
    await user.click(screen.getByRole('button', { name: 'Check my marks' }));
    await user.click(screen.getByRole('button', { name: 'Show answers' }));
    expect(status()).toBe('Answers shown: 2 items you missed are highlighted in the article.');
  });

  it('takes a Persian or Arabic-Indic digit as a source kind', async () => {
    const { user, status } = setup(sourcesExercise);
    option('Everyone').focus();
    await user.keyboard('۲');
    const persian = status();
    expect(persian).toMatch(/^New marks/);
    await user.keyboard('١');
    expect(status()).not.toBe(persian);
  });

  it("sets the quote in the toolbar's Remove button apart, in the lesson's direction", async () => {
    const { user } = setup();
    await user.click(option('said'));
    const remove = within(screen.getByRole('group', { name: 'Marking tools' })).getByRole('button', { name: 'Remove the mark on “said”' });
    expect(remove.querySelector('bdi')?.textContent).toBe('said');
  });
});
