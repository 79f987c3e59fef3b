// Turns a score into what the learner is told. Called only after a check, so the
// explanations (the answer key) reach components only once they have been earned.
// Before answers are revealed, missed items are counted but not shown, so a retry
// still asks the learner to look; once revealed, every item is listed.
import { POINTS } from './score-marks';
import type { AnchoredExercise, Mark, MarkCategory, ScoreResult, Span } from '../types';

export type EntryKind = 'found' | 'partial' | 'missed' | 'wrong';
export interface FeedbackEntry {
  key: string;
  kind: EntryKind;
  quote: string;
  explanation: string;
  /** What this line earned (the item's credit) or cost (negative, a wrong mark), in points. */
  points: number;
  /** A wrong mark on a passage that is fine: which passage (its explanation is `explanation`). */
  supported?: { id: string; quote: string };
  /** Extra advice (span too long or short, wrong kind of attribution), put in words by the panel. */
  notes?: FeedbackNote[];
}
export type FeedbackNote =
  { kind: 'category'; chosen: MarkCategory; better: MarkCategory } | { kind: 'partly-matches'; quote: string } | { kind: 'key-marks'; quote: string };
export interface FeedbackView {
  entries: FeedbackEntry[];
  counts: Record<EntryKind, number>;
  hiddenMissed: number;
  overlay: { status: Record<string, 'found' | 'partial' | 'wrong'>; missed: Span[] };
}

export function buildFeedback(ex: AnchoredExercise, text: string, marks: Mark[], result: ScoreResult, revealed: boolean): FeedbackView {
  const byId = new Map(marks.map((m) => [m.id, m]));
  const entries: FeedbackEntry[] = [];
  const status: FeedbackView['overlay']['status'] = {};
  const missed: Span[] = [];
  const counts = { found: 0, partial: 0, missed: 0, wrong: 0 };

  result.items.forEach((r, i) => {
    const item = ex.items[i]!;
    counts[r.status]++;
    const quote = text.slice(item.span.start, item.span.end);
    if (r.status === 'missed') {
      if (revealed) {
        entries.push({ key: item.id, kind: 'missed', quote, explanation: item.explanation, points: 0 });
        missed.push(item.span);
      }
      return;
    }
    for (const id of r.markIds) status[id] = r.status === 'found' ? 'found' : 'partial';
    const notes: FeedbackNote[] = [];
    if (r.categoryCorrect === false && r.chosenCategory && item.attribution) {
      notes.push({ kind: 'category', chosen: r.chosenCategory, better: item.attribution });
    }
    if (r.credit < 1 && r.categoryCorrect !== false) notes.push({ kind: 'partly-matches', quote });
    else if (r.credit < 1) notes.push({ kind: 'key-marks', quote });
    entries.push({ key: item.id, kind: r.status, quote, explanation: item.explanation, points: r.credit, ...(notes.length ? { notes } : {}) });
  });

  // A wrong mark on a supported passage is explained by that passage's own explanation: the
  // learner is told why it is fine, not just that it is not in the key.
  const passageOf = new Map((result.onSupported ?? []).map((s) => [s.markId, ex.supported.find((p) => p.id === s.passageId)]));
  for (const id of result.wrongMarkIds) {
    const mark = byId.get(id);
    if (!mark) continue;
    counts.wrong++;
    status[id] = 'wrong';
    const passage = passageOf.get(id);
    entries.push({
      key: `wrong-${id}`,
      kind: 'wrong',
      quote: text.slice(mark.start, mark.end),
      explanation: passage?.explanation ?? ex.wrongMark,
      points: -POINTS.wrongMark,
      ...(passage ? { supported: { id: passage.id, quote: text.slice(passage.span.start, passage.span.end) } } : {}),
    });
  }
  return { entries, counts, hiddenMissed: revealed ? 0 : counts.missed, overlay: { status, missed } };
}
