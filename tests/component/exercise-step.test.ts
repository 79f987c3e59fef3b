// The exercise as a learner uses it in a DOM: keyboard marking in the word listbox,
// the mouse and toolbar path, the live region, checking, feedback, retry and reveal.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import ExerciseStep from '../../src/components/exercise/ExerciseStep.svelte';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import { toPublicExercise } from '../../src/lib/scoring/public-exercise';
import { buildFeedback } from '../../src/lib/scoring/feedback';
import { paragraphPieces } from '../../src/lib/text/pieces';
import type { AnchoredExercise, Mark, ScoreResult } from '../../src/lib/types';
import { claimsExercise, doc, sourcesExercise, TEXT } from '../machines/fixtures';

function setup(ex: AnchoredExercise = claimsExercise) {
  const actor = createActor(createExerciseMachine(ex, doc)).start();
  const user = userEvent.setup();
  render(ExerciseStep, {
    actor,
    doc,
    pieces: paragraphPieces(doc),
    exercise: toPublicExercise(ex),
    hintsEnabled: true,
    feedback: (marks: Mark[], result: ScoreResult, revealed: boolean) => buildFeedback(ex, TEXT, marks, result, revealed),
    hints: (ids: string[]) => ids.map((id) => ex.items.find((i) => i.id === id)!.hint),
  });
  return { actor, user, box: screen.getByRole('listbox') };
}
const option = (name: string) => screen.getAllByRole('option').find((o) => o.textContent?.endsWith(name))!;

describe('ExerciseStep', () => {
  it('does not put the answer key in the page before checking', () => {
    setup();
    expect(document.body.textContent).not.toContain('Why Everyone agrees');
    expect(document.body.textContent).not.toContain('Hint for');
  });

  it('marks a phrase with the keyboard alone and announces it', async () => {
    const { actor, user } = setup();
    // Tab into the listbox: its one tab stop is the cursor word, the first at the start.
    await user.tab();
    expect(option('Everyone')).toHaveFocus();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}');
    expect(screen.getAllByRole('option', { selected: true }).map((o) => o.textContent)).toEqual(['Everyone', 'agrees', 'the', 'plan', 'failed']);
    await user.keyboard('{Enter}');
    expect(actor.getSnapshot().context.marks).toMatchObject([{ start: 0, end: 31, category: 'claims' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Marked “Everyone agrees the plan failed” as Unsupported claim.');
    expect(option('failed')).toHaveAccessibleName('failed., Unsupported claim');
    // Enter on a marked word removes its mark
    await user.keyboard('{Enter}');
    expect(actor.getSnapshot().context.marks).toEqual([]);
  });

  it('moves by sentence with up and down, and S selects a whole sentence', async () => {
    const { actor, user } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(option('Officials')).toHaveFocus();
    await user.keyboard('s{Enter}');
    expect(actor.getSnapshot().context.marks).toMatchObject([{ start: TEXT.indexOf('Officials'), end: TEXT.indexOf('doubled') + 7 }]);
    // the cursor ends on the last word marked, and only it is in the tab order
    expect(option('doubled').getAttribute('tabindex')).toBe('0');
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('checks, lists feedback with explanations, allows a retry and then reveals every item', async () => {
    const { actor, user } = setup();
    // One tap marks a word; "+ word after" then grows that mark into a phrase.
    await user.click(option('costs'));
    expect(actor.getSnapshot().context.marks.map((m) => TEXT.slice(m.start, m.end))).toEqual(['costs']);
    await user.click(screen.getByRole('button', { name: '+ word after' }));
    expect(actor.getSnapshot().context.marks).toMatchObject([{ start: TEXT.indexOf('costs'), end: TEXT.indexOf('doubled') + 7, category: 'claims' }]);
    // A tap on a marked word does not unmark it (no stray unmarking): it offers Remove.
    await user.click(option('doubled'));
    expect(actor.getSnapshot().context.marks).toHaveLength(1);
    expect(within(screen.getByRole('group', { name: 'Marking tools' })).getByRole('button', { name: /Remove .*costs doubled/ })).toBeInTheDocument();
    await user.click(option('Monday'));
    expect(actor.getSnapshot().context.marks).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Check my marks' }));
    const fb = screen.getByRole('region', { name: /Attempt 1/ });
    expect(within(fb).getByText('Why costs doubled')).toBeInTheDocument();
    expect(within(fb).getByText('Not in the key.')).toBeInTheDocument();
    expect(fb).toHaveTextContent('1 still to find');
    expect(fb).not.toHaveTextContent('Why Everyone agrees');
    expect(screen.getByRole('heading', { name: /Attempt 1: 0 of 2 points/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show answers' }));
    const answers = screen.getByRole('region', { name: /Answers/ });
    expect(answers).toHaveTextContent('Why Everyone agrees the plan failed');
    expect(option('Everyone')).toHaveAccessibleName('○ Missed Everyone, missed item');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('asks for a category before checking in the sources exercise', async () => {
    const { actor, user } = setup(sourcesExercise);
    await user.click(option('Officials'));
    await user.click(screen.getByRole('button', { name: '+ word after' }));
    await user.click(screen.getByRole('button', { name: 'Check my marks' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what kind of source');
    expect(actor.getSnapshot().value).toBe('marking');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind of source for “Officials said”/ }), 'vague');
    await user.click(screen.getByRole('button', { name: 'Check my marks' }));
    expect(actor.getSnapshot().context.result?.points).toBe(1);
  });
});
