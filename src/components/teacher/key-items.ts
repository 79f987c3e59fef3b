// The answer key laid over the article. Items of different exercises may overlap or nest
// (a claim containing a loaded word), so the text is cut at every item boundary: each run
// then lies wholly inside or outside every item, and can carry all of its items' labels.
import type { AnchoredExercise, AnchoredItem, Lesson, MarkCategory, Span } from '../../lib/types';

export interface KeyItem {
  /** 1-based, across the whole lesson, so the article and the lists can refer to each other. */
  n: number;
  exercise: AnchoredExercise;
  item: AnchoredItem;
  /** The skill, or for sources the kind of attribution: it picks the label and the pattern. */
  category: MarkCategory;
}

export interface Run extends Span {
  /** Items covering the run, outermost first (the order the marks are nested in). */
  items: KeyItem[];
  /** Items whose label goes here: those that begin in this run. */
  starts: KeyItem[];
}

export function keyItems(lesson: Lesson): KeyItem[] {
  let n = 0;
  return lesson.exercises.flatMap((exercise) => exercise.items.map((item) => ({ n: ++n, exercise, item, category: item.attribution ?? exercise.skill })));
}

/** The runs of each paragraph; an item running across paragraphs is labelled where it begins. */
export function keyRuns(paragraphs: readonly Span[], items: readonly KeyItem[]): Run[][] {
  const outerFirst = [...items].sort((a, b) => a.item.span.start - b.item.span.start || b.item.span.end - a.item.span.end || a.n - b.n);
  const labelled = new Set<number>();
  return paragraphs.map((p) => {
    const inside = outerFirst.filter((k) => k.item.span.start < p.end && k.item.span.end > p.start);
    const cuts = new Set([p.start, p.end]);
    for (const k of inside) {
      cuts.add(Math.max(k.item.span.start, p.start));
      cuts.add(Math.min(k.item.span.end, p.end));
    }
    const at = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < at.length; i++) {
      const start = at[i]!;
      const end = at[i + 1]!;
      const covering = inside.filter((k) => k.item.span.start <= start && k.item.span.end >= end);
      const starts = covering.filter((k) => !labelled.has(k.n));
      for (const k of starts) labelled.add(k.n);
      runs.push({ start, end, items: covering, starts });
    }
    return runs;
  });
}
