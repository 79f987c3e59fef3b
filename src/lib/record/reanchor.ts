// A record made against an earlier version of the lesson (another content hash). While the
// article text is the same (textHash) marks keep their places; otherwise they are found again
// by their quote, as answer keys are anchored (position first, then the quote with its
// context). A checked exercise is scored again against this version's key, in the same
// phase, so an edit neither loses a check nor gives one back. Finished results are kept as
// they were; a lesson finished before the edit stays finished. What changed is reported.
import { anchor } from '../anchoring/anchor';
import { contentHash } from '../lesson/content-hash';
import { exerciseOf, type AttemptRecord, type ExerciseRecord } from './attempt-record';
import type { RecordLesson } from './check-record';
import { isFinished, SUMMARY_STEP } from './finished';
import { introStepId } from './steps';

export interface ChangeReport {
  marksKept: number;
  marksLost: number;
  /** Exercises whose finished result was kept from the earlier version. */
  resultsKept: number;
  /** Exercises of the earlier version this one no longer has. */
  exercisesGone: number;
}

let lastHashed: { text: string; hash: string } | null = null;
/** A hash of the article text. Kept for the last text: every save of a lesson asks for the same one. */
export function textHashOf(text: string): string {
  if (lastHashed?.text !== text) lastHashed = { text, hash: contentHash(text) };
  return lastHashed.hash;
}

function reanchorMarks(r: ExerciseRecord, text: string, sameText: boolean): { marks: ExerciseRecord['marks']; lost: number } {
  const marks: ExerciseRecord['marks'] = [];
  let lost = 0;
  for (const m of r.marks) {
    const found = sameText
      ? { ok: true as const, span: { start: m.start, end: m.end } }
      : m.quote
        ? anchor(text, [
            { type: 'TextQuoteSelector', ...m.quote },
            { type: 'TextPositionSelector', start: m.start, end: m.end },
          ])
        : null;
    // Two marks may not land on the same words: the later one is lost.
    if (found?.ok && found.span.end <= text.length && !marks.some((k) => k.start < found.span.end && found.span.start < k.end))
      marks.push({ ...m, ...found.span });
    else lost++;
  }
  return { marks: marks.sort((a, b) => a.start - b.start), lost };
}

/** Where to resume when the step is gone: the first exercise not finished, or the summary. */
function stepFor(record: AttemptRecord, lesson: RecordLesson): string {
  if (lesson.steps.includes(record.step)) return record.step;
  const open = lesson.exercises.find((ex) => exerciseOf(record, ex.id)?.phase !== 'done');
  return open ? introStepId(open.id) : SUMMARY_STEP;
}

export function reanchorRecord(record: AttemptRecord, lesson: RecordLesson): { record: AttemptRecord; report: ChangeReport } {
  const report: ChangeReport = { marksKept: 0, marksLost: 0, resultsKept: 0, exercisesGone: 0 };
  const finished = isFinished(record);
  const sameText = record.textHash !== undefined && record.textHash === textHashOf(lesson.text);
  const exercises: Record<string, ExerciseRecord> = {};
  for (const [id, r] of Object.entries(record.exercises)) {
    const ex = lesson.exercises.find((e) => e.id === id);
    if (!ex) {
      report.exercisesGone++;
      continue;
    }
    const hinted = r.hinted.filter((h) => ex.itemIds.includes(h));
    if (r.phase === 'done') {
      // A finished exercise keeps its result and its count of hints; its marks were against the earlier text.
      report.resultsKept++;
      exercises[id] = { ...r, marks: sameText ? r.marks : [], hinted };
      continue;
    }
    const { marks, lost } = reanchorMarks(r, lesson.text, sameText);
    report.marksKept += marks.length;
    report.marksLost += lost;
    const checked = r.phase !== 'marking' && r.result !== null && lesson.rescore;
    exercises[id] = checked
      ? { ...r, marks, hinted, hintsUsed: hinted.length, result: lesson.rescore!(id, marks, hinted.length) }
      : { ...r, phase: 'marking', marks, hinted, hintsUsed: hinted.length, result: null };
  }
  const kept = { ...record, contentHash: lesson.contentHash, exercises };
  // A lesson finished before the edit stays finished: its results, and its hand-in, stand.
  if (finished) return { record: { ...kept, keptFrom: record.keptFrom ?? record.contentHash }, report };
  const { keptFrom: _dropped, ...rest } = kept;
  return { record: { ...rest, step: stepFor(kept, lesson) }, report };
}
