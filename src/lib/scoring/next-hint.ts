// Which item the next hint is about: the first, in key order, not yet found and not
// already hinted. Hints follow the learner's progress instead of a fixed list.
import type { ArticleDoc } from '../text/segment';
import type { AnchoredExercise, AnchoredItem, Mark } from '../types';
import { scoreMarks } from './score-marks';

export function nextHintItem(doc: ArticleDoc, exercise: AnchoredExercise, marks: readonly Mark[], alreadyHinted: readonly string[]): AnchoredItem | null {
  const { items } = scoreMarks(doc, exercise, marks, 0);
  const index = items.findIndex((r) => r.status !== 'found' && !alreadyHinted.includes(r.itemId));
  return index >= 0 ? exercise.items[index]! : null;
}
