// The aids around marking a learner uses on a phone or with the keyboard: the kind for new
// marks chosen next to Mark in the toolbar, a Remove label that keeps the whole quote, help
// text for the pointer in use, and the skip from the article straight to checking.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import type { AnchoredExercise } from '../../src/lib/types';
import { claimsExercise, doc, sourcesExercise } from '../machines/fixtures';
import { renderExercise } from './render-exercise';

function setup(ex: AnchoredExercise) {
  const actor = createActor(createExerciseMachine(ex, doc)).start();
  renderExercise(actor, ex, doc);
  return { actor, user: userEvent.setup() };
}

describe('marking aids', () => {
  it('lets the kind for new marks be chosen in the toolbar, next to Mark', async () => {
    const { actor, user } = setup(sourcesExercise);
    screen.getAllByRole('option')[0]!.focus(); // (the kinds above the article come first by Tab)
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    const toolbar = screen.getByRole('group', { name: 'Marking tools' });
    const kind = within(toolbar).getByRole('combobox', { name: 'Kind of source for new marks' });
    await user.selectOptions(kind, 'vague');
    await user.click(within(toolbar).getByRole('button', { name: /^Mark as/ }));
    expect(actor.getSnapshot().context.marks).toMatchObject([{ category: 'vague' }]);
  });

  it('names the whole quote on the toolbar’s Remove, however long the mark', async () => {
    const { actor, user } = setup(claimsExercise);
    await user.tab();
    await user.keyboard('s{Shift>}{ArrowDown}{/Shift}{Enter}');
    const [mark] = actor.getSnapshot().context.marks;
    const quote = doc.text.slice(mark!.start, mark!.end);
    expect(quote.length).toBeGreaterThan(60);
    const toolbar = screen.getByRole('group', { name: 'Marking tools' });
    expect(within(toolbar).getByRole('button', { name: /^Remove the mark on/ })).toHaveAccessibleName(`Remove the mark on “${quote}”`);
  });

  it('describes the pointer in use: tapping and handles after a touch, clicking after a mouse', async () => {
    setup(claimsExercise);
    const help = () => document.querySelector('.keys-help')!.textContent!;
    const word = screen.getAllByRole('option')[0]!;
    await fireEvent.pointerDown(word, { pointerType: 'touch' });
    await fireEvent.click(word);
    expect(help()).toMatch(/^\s*Tap a word/);
    expect(help()).toContain('handle');
    await fireEvent.pointerDown(word, { pointerType: 'mouse' });
    await fireEvent.click(word);
    expect(help()).toMatch(/^\s*Click a word/);
    expect(help()).toContain('Keyboard:');
  });

  it('skips from the article to Check my marks', async () => {
    const { user } = setup(claimsExercise);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Skip to “Check my marks”');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Check my marks' })).toHaveFocus();
  });
});
