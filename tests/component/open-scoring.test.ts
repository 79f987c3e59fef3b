// Open scoring: the learner is told the rules before checking, and each feedback line says
// what it earned or cost, so "0 of 2 points" never comes without its reasons.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import { claimsExercise, doc, TEXT } from '../machines/fixtures';
import { renderExercise } from './render-exercise';

const spanOf = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });

describe('open scoring', () => {
  it('tells the rules before the first check, with the hint price only when hints are on', () => {
    const actor = createActor(createExerciseMachine(claimsExercise, doc)).start();
    const { unmount } = renderExercise(actor, claimsExercise, doc);
    expect(screen.getByText('Points: a find +1, a partial find +0.5, a mark not in the key −1, each hint −0.5.')).toBeInTheDocument();
    unmount();
    renderExercise(createActor(createExerciseMachine(claimsExercise, doc)).start(), claimsExercise, doc, false);
    expect(screen.getByText('Points: a find +1, a partial find +0.5, a mark not in the key −1.')).toBeInTheDocument();
  });

  it('says on each feedback line what it earned or cost', async () => {
    const actor = createActor(createExerciseMachine(claimsExercise, doc)).start();
    renderExercise(actor, claimsExercise, doc);
    actor.send({ type: 'user.mark', ...spanOf('costs doubled'), category: 'claims' });
    actor.send({ type: 'user.mark', ...spanOf('Everyone'), category: 'claims' });
    actor.send({ type: 'user.mark', ...spanOf('Monday'), category: 'claims' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check my marks' }));
    const line = (kind: RegExp) => screen.getAllByRole('listitem').find((li) => kind.test(li.textContent ?? ''))!;
    expect(within(line(/✓ Found/)).getByText('+1')).toBeInTheDocument();
    expect(within(line(/◐ Partly found/)).getByText('+0.5 (partly found)')).toBeInTheDocument();
    expect(within(line(/✗ Not in the key/)).getByText('−1 (not in the key)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Attempt 1: 0.5 of 2 points/ })).toBeInTheDocument();
  });
});
