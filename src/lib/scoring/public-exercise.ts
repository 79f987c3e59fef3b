// What components may see of an exercise: no items, explanations or hints.
import { ATTRIBUTIONS } from '../lesson/schema';
import type { AnchoredExercise, PublicExercise } from '../types';

export function toPublicExercise(ex: AnchoredExercise): PublicExercise {
  return {
    id: ex.id,
    skill: ex.skill,
    kind: ex.kind,
    title: ex.title,
    instructions: ex.instructions,
    categories: ex.kind === 'mark-sources' ? [...ATTRIBUTIONS] : [ex.skill],
    itemCount: ex.items.length,
    attempts: ex.attempts,
    hintCost: ex.hintCost,
  };
}
