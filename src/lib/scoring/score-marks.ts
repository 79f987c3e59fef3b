/*
 * Scoring a learner's marks against an exercise's answer key. Pure: no DOM, no state.
 *
 * THE RULE (shown to teachers in the README):
 * - Overlap is measured in words: a word belongs to a span if its characters intersect it.
 * - For an item I and a mark M sharing O words:
 *     O = 0                                   → no match;
 *     O ≥ half of I's words and O ≥ half of M's words → credit 1, "found";
 *     otherwise                               → credit 0.5, "partial" (the mark touches
 *                                               the item but is much too short or too long).
 * - An item's credit is the best over all marks that overlap it.
 * - Sources exercise: the best mark's category must be the item's attribution for full
 *   value; the right place with the wrong (or no) category keeps half of that credit.
 * - A mark that overlaps no item is wrong.
 * - points = max(sum of credits − wrong marks − hints used × hintCost, 0); max = items.
 * So marking the key exactly scores the maximum, and marking everything scores little:
 * each wrong mark costs as much as a find earns.
 */
import { wordRangeForSpan, type ArticleDoc } from '../text/segment';
import type { AnchoredExercise, ItemResult, Mark, ScoreResult, Span } from '../types';

function sharedWords(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);
}
const size = (r: [number, number]) => r[1] - r[0] + 1;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Credit for one mark on one item by the overlap rule (before the category rule). */
export function overlapCredit(item: [number, number], mark: [number, number]): number {
  const o = sharedWords(item, mark);
  if (o === 0) return 0;
  return 2 * o >= size(item) && 2 * o >= size(mark) ? 1 : 0.5;
}

export function scoreMarks(doc: ArticleDoc, exercise: AnchoredExercise, marks: readonly Mark[], hintsUsed: number): ScoreResult {
  const classify = exercise.kind === 'mark-sources';
  const markRanges = marks.map((m) => ({ mark: m, range: wordRangeForSpan(doc, m) }));
  const touched = new Set<string>();

  const items: ItemResult[] = exercise.items.map((item) => {
    const itemRange = wordRangeForSpan(doc, item.span as Span);
    let best: { credit: number; overlap: number; mark: Mark } | null = null;
    const markIds: string[] = [];
    for (const { mark, range } of markRanges) {
      if (!itemRange || !range) continue;
      const overlap = sharedWords(itemRange, range);
      if (overlap === 0) continue;
      markIds.push(mark.id);
      touched.add(mark.id);
      const base = overlapCredit(itemRange, range);
      const credit = classify && mark.category !== item.attribution ? base / 2 : base;
      if (!best || credit > best.credit || (credit === best.credit && overlap > best.overlap)) best = { credit, overlap, mark };
    }
    const credit = best?.credit ?? 0;
    const result: ItemResult = { itemId: item.id, status: credit === 1 ? 'found' : credit > 0 ? 'partial' : 'missed', credit, markIds };
    if (classify && best) {
      result.categoryCorrect = best.mark.category === item.attribution;
      result.chosenCategory = best.mark.category;
    }
    return result;
  });

  const wrongMarkIds = marks.filter((m) => !touched.has(m.id)).map((m) => m.id);
  const hintPenalty = round2(hintsUsed * exercise.hintCost);
  const earned = items.reduce((s, i) => s + i.credit, 0);
  return {
    points: round2(Math.max(earned - wrongMarkIds.length - hintPenalty, 0)),
    max: exercise.items.length,
    items,
    wrongMarkIds,
    hintPenalty,
  };
}
