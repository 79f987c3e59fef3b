// The cap on marks as a learner meets it: at MAX_MARKS marks a further mark is refused with
// a message that says why, instead of silently doing nothing.
import { renderExercise } from './render-exercise';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { createExerciseMachine } from '../../src/machines/exercise-machine';
import { MAX_MARKS } from '../../src/lib/scoring/validate-marks';
import { segmentArticle } from '../../src/lib/text/segment';
import type { AnchoredExercise } from '../../src/lib/types';

// One word more than the cap allows, plus a few: "word0 word1 … word49."
const TEXT = `${Array.from({ length: MAX_MARKS + 10 }, (_, i) => `word${i}`).join(' ')}.`;
const doc = segmentArticle(TEXT);
const exercise: AnchoredExercise = {
  id: 'emotive',
  skill: 'emotive',
  kind: 'mark-words',
  title: 'Loaded words',
  what: 'w',
  example: { text: 'An example.', highlight: 'example', explanation: 'e' },
  instructions: 'Mark.',
  wrongMark: 'Not in the key.',
  attempts: 2,
  hintCost: 0.5,
  supported: [],
  items: [{ id: 'i0', target: [{ type: 'TextQuoteSelector', exact: 'word0' }], explanation: 'Why', hint: 'Hint', span: { start: 0, end: 5 } }],
};

function setup() {
  const actor = createActor(createExerciseMachine(exercise, doc)).start();
  // MAX_MARKS one-word marks, made before rendering: word0 … word39
  for (const w of doc.words.slice(0, MAX_MARKS)) actor.send({ type: 'user.mark', start: w.start, end: w.end, category: 'emotive' });
  expect(actor.getSnapshot().context.marks).toHaveLength(MAX_MARKS);
  renderExercise(actor, exercise, doc, false);
  return { actor, user: userEvent.setup() };
}
// The option for one word (`hidden: true` skips jsdom's slow visibility checks on 50 options).
const word = (w: string) => screen.getAllByRole('option', { hidden: true }).find((o) => o.textContent?.trim().split(/\s/).pop() === w)!;

// 50 words and 40 marks make a slower page than the other component tests: allow for a loaded machine.
describe('ExerciseStep: the most marks an exercise takes', { timeout: 15_000 }, () => {
  it('refuses one more mark and says why, naming the limit', async () => {
    const { actor, user } = setup();
    // One tap on an unmarked word would mark it: at the cap it is refused.
    await user.click(word(`word${MAX_MARKS}`));
    expect(actor.getSnapshot().context.marks).toHaveLength(MAX_MARKS);
    expect(screen.getByRole('alert', { hidden: true })).toHaveTextContent(`You have ${MAX_MARKS} marks, the most an exercise takes.`);
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent(`You have ${MAX_MARKS} marks`);
  });

  it('still lets a mark replace one it overlaps, and unmarking makes room again', async () => {
    const { actor, user } = setup();
    // A tap on a marked word only moves the cursor there.
    await user.click(word('word0'));
    expect(actor.getSnapshot().context.marks).toHaveLength(MAX_MARKS);
    // At the cap, a mark over marked words replaces them: allowed, and no message.
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}{Enter}');
    expect(actor.getSnapshot().context.marks).toHaveLength(MAX_MARKS - 1);
    expect(actor.getSnapshot().context.marks.map((m) => TEXT.slice(m.start, m.end))).toContain('word0 word1');
    expect(screen.queryByRole('alert', { hidden: true })).toBeNull();
    // That made room: one tap marks a new word.
    await user.click(word(`word${MAX_MARKS}`));
    expect(actor.getSnapshot().context.marks.map((m) => TEXT.slice(m.start, m.end))).toContain(`word${MAX_MARKS}`);
    expect(actor.getSnapshot().context.marks).toHaveLength(MAX_MARKS);
    expect(screen.queryByRole('alert', { hidden: true })).toBeNull();
  });
});
