/*
 * Scoring a learner's marks against an exercise's answer key. Pure: no DOM, no state.
 *
 * THE RULE (also in the README, for teachers):
 * - Overlap is measured in words: a word belongs to a span if its characters intersect it.
 * - Each mark counts for at most one item: the one it matches best. So one huge mark
 *   cannot collect credit from every item it touches.
 * - A mark that touches an item "finds" it (1 point) when it matches closely enough,
 *   and otherwise "partly finds" it (half a point). "Closely enough" depends on the
 *   exercise's `match`:
 *     phrase   (loaded words, sources): the mark covers at least half of the item's words
 *              and at least half of the mark is on the item;
 *     sentence (claims, the default there): the mark covers at least half of the item's
 *              words or at least 3 of them, and stays within the item's sentence(s): the
 *              crux of a claim or its whole sentence are both right answers.
 *   Either way, a mark that covers every word of one of the item's `crux` quotes (the words
 *   that make it unsupported or loaded, e.g. "all", "vast majority") finds it, as long as it
 *   keeps to the same bounds (within the sentence(s); at least half of the mark on the item).
 *   The bounds are what keep this from paying for gaming: a mark over several sentences or
 *   mostly off the item still only partly finds it.
 * - An item's credit is the best of the marks that count for it.
 * - Sources: a mark in the right place with the wrong (or no) kind of attribution keeps
 *   half of its credit.
 * - A mark that touches no item is wrong. If it touches one of the exercise's supported
 *   passages (a passage that is fine), it is still wrong, and the result says which passage,
 *   so the feedback can explain why that passage is fine.
 * - points = max(sum of credits − wrong marks − hints used × hintCost, 0); max = items.
 * So marking the key exactly scores the maximum, and marking at random scores little:
 * each wrong mark costs as much as a find earns.
 */
import { wordRangeForSpan, type ArticleDoc } from '../text/segment';
import type { AnchoredExercise, AnchoredItem, ItemResult, Mark, ScoreResult, SupportedMark } from '../types';

type Range = [number, number];
const shared = (a: Range, b: Range) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);
const size = (r: Range) => r[1] - r[0] + 1;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What each outcome is worth, in points. The one place these numbers live: scoring uses them,
 * and the rules line and feedback show them (hints cost the exercise's own `hintCost`).
 */
export const POINTS = {
  /** A mark that finds an item. */
  found: 1,
  /** A mark that touches an item without matching it closely. */
  partial: 0.5,
  /** A mark that touches no item. */
  wrongMark: 1,
  /** Sources: the share of its credit a mark keeps with the wrong (or no) kind of attribution. */
  wrongKindShare: 0.5,
} as const;

export function matchMode(ex: Pick<AnchoredExercise, 'match' | 'skill'>): 'phrase' | 'sentence' {
  return ex.match ?? (ex.skill === 'claims' ? 'sentence' : 'phrase');
}

/**
 * Credit for one mark on one item by the overlap rule, before the category rule. `cruxes` are
 * word ranges inside the item: covering all of one is a find, within the mode's bounds.
 */
export function overlapCredit(doc: ArticleDoc, mode: 'phrase' | 'sentence', item: Range, mark: Range, cruxes: readonly Range[] = []): number {
  const o = shared(item, mark);
  if (o === 0) return 0;
  const coversCrux = cruxes.some((c) => shared(c, mark) === size(c));
  if (mode === 'phrase') return 2 * o >= size(mark) && (2 * o >= size(item) || coversCrux) ? POINTS.found : POINTS.partial;
  const sentence = (w: number) => doc.words[w]!.sentence;
  const within = sentence(mark[0]) >= sentence(item[0]) && sentence(mark[1]) <= sentence(item[1]);
  return within && (2 * o >= size(item) || o >= 3 || coversCrux) ? POINTS.found : POINTS.partial;
}

/** The word ranges of an item's crux quotes: each is looked for inside the item's own text. */
function cruxRanges(doc: ArticleDoc, item: Pick<AnchoredItem, 'span' | 'crux'>): Range[] {
  const text = doc.text.slice(item.span.start, item.span.end);
  return (item.crux ?? []).flatMap((quote) => {
    const at = text.indexOf(quote);
    const r = at < 0 ? null : wordRangeForSpan(doc, { start: item.span.start + at, end: item.span.start + at + quote.length });
    return r ? [r] : [];
  });
}

export function scoreMarks(doc: ArticleDoc, exercise: AnchoredExercise, marks: readonly Mark[], hintsUsed: number): ScoreResult {
  const classify = exercise.kind === 'mark-sources';
  const mode = matchMode(exercise);
  const itemRanges = exercise.items.map((item) => wordRangeForSpan(doc, item.span));
  const itemCruxes = exercise.items.map((item) => cruxRanges(doc, item));
  const best: ({ credit: number; overlap: number; mark: Mark } | null)[] = exercise.items.map(() => null);
  const counted: string[][] = exercise.items.map(() => []);
  const wrongMarkIds: string[] = [];
  const onSupported: SupportedMark[] = [];

  for (const mark of marks) {
    const range = wordRangeForSpan(doc, mark);
    let pick: { index: number; credit: number; overlap: number } | null = null;
    exercise.items.forEach((item, index) => {
      const itemRange = itemRanges[index];
      if (!range || !itemRange) return;
      const overlap = shared(itemRange, range);
      if (overlap === 0) return;
      const base = overlapCredit(doc, mode, itemRange, range, itemCruxes[index]);
      const credit = classify && mark.category !== item.attribution ? base * POINTS.wrongKindShare : base;
      if (!pick || credit > pick.credit || (credit === pick.credit && overlap > pick.overlap)) pick = { index, credit, overlap };
    });
    if (!pick) {
      wrongMarkIds.push(mark.id);
      const passage = range && supportedFor(doc, exercise, range);
      if (passage) onSupported.push({ markId: mark.id, passageId: passage });
      continue;
    }
    const { index, credit, overlap } = pick;
    counted[index]!.push(mark.id);
    const current = best[index];
    if (!current || credit > current.credit || (credit === current.credit && overlap > current.overlap)) best[index] = { credit, overlap, mark };
  }

  const items: ItemResult[] = exercise.items.map((item, i) => {
    const b = best[i];
    const credit = b?.credit ?? 0;
    const result: ItemResult = { itemId: item.id, status: credit === POINTS.found ? 'found' : credit > 0 ? 'partial' : 'missed', credit, markIds: counted[i]! };
    if (classify && b) {
      result.categoryCorrect = b.mark.category === item.attribution;
      result.chosenCategory = b.mark.category;
    }
    return result;
  });

  const hintPenalty = round2(hintsUsed * exercise.hintCost);
  const earned = items.reduce((s, i) => s + i.credit, 0);
  return {
    points: round2(Math.max(earned - wrongMarkIds.length * POINTS.wrongMark - hintPenalty, 0)),
    max: exercise.items.length * POINTS.found,
    items,
    wrongMarkIds,
    onSupported,
    hintPenalty,
  };
}

/** The supported passage a (wrong) mark overlaps most, if any. */
function supportedFor(doc: ArticleDoc, exercise: AnchoredExercise, range: Range): string | null {
  let best: { id: string; overlap: number } | null = null;
  for (const passage of exercise.supported) {
    const r = wordRangeForSpan(doc, passage.span);
    const overlap = r ? shared(r, range) : 0;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: passage.id, overlap };
  }
  return best?.id ?? null;
}

/**
 * How many of an exercise's supported passages no mark touched (the learner left them alone),
 * or null for a result saved before supported passages were recorded: nobody knows.
 */
export function supportedLeftAlone(
  exercise: Pick<AnchoredExercise, 'supported'>,
  result: Pick<ScoreResult, 'onSupported'>,
): { left: number; total: number } | null {
  if (!result.onSupported) return null;
  const marked = new Set(result.onSupported.map((m) => m.passageId));
  const total = exercise.supported.length;
  return { left: exercise.supported.filter((p) => !marked.has(p.id)).length, total };
}
