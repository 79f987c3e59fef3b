// One exercise rendered as the lesson player renders it: the public view, feedback and hints
// from the full exercise, the article's paragraph pieces. Shared by the exercise tests.
import { render } from '@testing-library/svelte';
import type { Actor } from 'xstate';
import ExerciseStep from '../../src/components/exercise/ExerciseStep.svelte';
import type { ExerciseMachine } from '../../src/machines/exercise-machine';
import { toPublicExercise } from '../../src/lib/scoring/public-exercise';
import { buildFeedback } from '../../src/lib/scoring/feedback';
import { paragraphPieces } from '../../src/lib/text/pieces';
import type { ArticleDoc } from '../../src/lib/text/segment';
import type { AnchoredExercise, Mark, ScoreResult } from '../../src/lib/types';

export function renderExercise(actor: Actor<ExerciseMachine>, ex: AnchoredExercise, doc: ArticleDoc, hintsEnabled = true) {
  return render(ExerciseStep, {
    actor,
    doc,
    pieces: paragraphPieces(doc),
    exercise: toPublicExercise(ex),
    hintsEnabled,
    feedback: (marks: Mark[], result: ScoreResult, revealed: boolean) => buildFeedback(ex, doc.text, marks, result, revealed),
    hints: (ids: string[]) => ids.map((id) => ex.items.find((i) => i.id === id)?.hint ?? ''),
  });
}
