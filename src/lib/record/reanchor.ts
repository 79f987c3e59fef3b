// A record made against an earlier version of the lesson (another content hash). Marks are
// found again by their quote, as answer keys are anchored (position first, then the quote
// with its context); finished results are kept as they were; a check made against the old
// answer key is not trusted for the new one, so that exercise goes back to marking (its
// checks used still count). What changed is reported, to be told to the learner.
import { anchor } from '../anchoring/anchor';
import type { AttemptRecord, ExerciseRecord } from './attempt-record';
import type { RecordLesson } from './check-record';
import { isFinished } from './finished';

export interface ChangeReport {
  marksKept: number;
  marksLost: number;
  /** Exercises whose finished result was kept from the earlier version. */
  resultsKept: number;
  /** Exercises of the earlier version this one no longer has. */
  exercisesGone: number;
}

function reanchorMarks(r: ExerciseRecord, text: string): { marks: ExerciseRecord['marks']; lost: number } {
  const marks: ExerciseRecord['marks'] = [];
  let lost = 0;
  for (const m of r.marks) {
    const found = m.quote
      ? anchor(text, [{ type: 'TextQuoteSelector', ...m.quote }, { type: 'TextPositionSelector', start: m.start, end: m.end }])
      : null;
    // Two marks may not land on the same words: the later one is lost.
    if (found?.ok && !marks.some((k) => k.start < found.span.end && found.span.start < k.end)) marks.push({ ...m, ...found.span });
    else lost++;
  }
  return { marks: marks.sort((a, b) => a.start - b.start), lost };
}

export function reanchorRecord(record: AttemptRecord, lesson: RecordLesson): { record: AttemptRecord; report: ChangeReport } {
  const report: ChangeReport = { marksKept: 0, marksLost: 0, resultsKept: 0, exercisesGone: 0 };
  const finished = isFinished(record);
  const exercises: Record<string, ExerciseRecord> = {};
  for (const [id, r] of Object.entries(record.exercises)) {
    const ex = lesson.exercises.find((e) => e.id === id);
    if (!ex) {
      report.exercisesGone++;
      continue;
    }
    if (r.phase === 'done') {
      // A finished exercise keeps its result; its marks were against the earlier text.
      report.resultsKept++;
      exercises[id] = { ...r, marks: [] };
    } else {
      const { marks, lost } = reanchorMarks(r, lesson.text);
      report.marksKept += marks.length;
      report.marksLost += lost;
      exercises[id] = { ...r, phase: 'marking', marks, result: null, hinted: r.hinted.filter((h) => ex.itemIds.includes(h)), hintsUsed: r.hintsUsed };
      exercises[id].hintsUsed = exercises[id].hinted.length;
    }
  }
  // A lesson finished before the edit stays finished: its results, and its hand-in, stand.
  const step = finished ? record.step : lesson.steps.includes(record.step) ? record.step : 'welcome';
  return { record: { ...record, contentHash: lesson.contentHash, step, exercises }, report };
}
