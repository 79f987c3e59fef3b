// Cross-field rules a record must keep to be resumed, and the repair when it does not: the
// damaged exercise is dropped (it starts again), and if a finished one is damaged the
// learner goes back to it, keeping everything before. Pure: every case is a unit test.
import { MAX_MARKS } from '../scoring/validate-marks';
import { exerciseOf, type AttemptRecord, type ExerciseRecord } from './attempt-record';
import type { Mark, ScoreResult } from '../types';
import { exerciseStepId as exerciseStep, introStepId as introStep } from './steps';

export interface RecordLesson {
  lessonId: string;
  contentHash: string;
  text: string;
  /** Step ids in order (lessonSteps). */
  steps: readonly string[];
  exercises: readonly { id: string; categories: readonly string[]; itemIds: readonly string[] }[];
  /** Scores marks against this version's key (used when marks were re-anchored after an edit). */
  rescore?: (exerciseId: string, marks: Mark[], hintsUsed: number) => ScoreResult;
}

export interface Problem {
  exerciseId: string | null;
  detail: string;
}

const MARK_ID = /^m([1-9]\d{0,5})$/;

/** Why an exercise's record cannot be resumed as it is, or null when it can. */
export function exerciseProblem(r: ExerciseRecord, ex: RecordLesson['exercises'][number], textLength: number, contentChanged = false): string | null {
  const ids = new Set<string>();
  let last = -1;
  for (const m of [...r.marks].sort((a, b) => a.start - b.start)) {
    const n = MARK_ID.exec(m.id);
    if (!n) return `a mark has an unknown id "${m.id}"`;
    if (ids.has(m.id)) return `two marks have the id "${m.id}"`;
    ids.add(m.id);
    if (Number(n[1]) >= r.nextMarkId) return `the next mark number (${r.nextMarkId}) is not above mark "${m.id}"`;
    if (m.end <= m.start || m.end > textLength) return 'a saved mark lies outside the article';
    if (m.start < last) return 'two saved marks overlap';
    last = m.end;
    if (!ex.categories.includes(m.category)) return `a mark has a kind this exercise does not offer ("${m.category}")`;
  }
  if (r.marks.length > MAX_MARKS) return `more than ${MAX_MARKS} marks`;
  if (new Set(r.hinted).size !== r.hinted.length) return 'a hint is counted twice';
  if (r.hinted.some((h) => !ex.itemIds.includes(h))) return 'a hint for an item this exercise does not have';
  if (r.hintsUsed < r.hinted.length || (r.phase !== 'done' && r.hintsUsed !== r.hinted.length)) return 'the hints taken do not add up';
  if (r.phase !== 'marking' && !r.result) return `the exercise is "${r.phase}" but has no result`;
  if (r.result) {
    if (r.checks < 1) return 'a result with no check made';
    if (r.result.points > r.result.max + 1e-9) return 'more points than the exercise has';
    // After an edit of the lesson a finished result is kept as it was, items and all.
    if (!contentChanged || r.phase !== 'done') {
      const items = r.result.items.map((i) => i.itemId);
      if (items.length !== ex.itemIds.length || !ex.itemIds.every((i) => items.includes(i))) return "the result's items are not this exercise's";
      if (r.result.max !== ex.itemIds.length) return 'the result is out of the wrong number of points';
    }
    // The feedback shown names marks: they must be in the record. Back at marking after a
    // retry the last result stays while marks change, and a finished exercise migrated from
    // version 1 (or kept after an edit) has no marks.
    if (r.phase === 'feedback' || r.phase === 'revealed' || (r.phase === 'done' && r.marks.length > 0)) {
      const named = [...r.result.items.flatMap((i) => i.markIds), ...r.result.wrongMarkIds];
      if (named.some((m) => !ids.has(m))) return 'the result names a mark the record does not have';
    }
  }
  return null;
}

/**
 * The record made consistent with the lesson. Exercises before the step must be done, the
 * current one in progress, none after it; the first exercise that breaks a rule and every
 * exercise after it start again, and the step goes back as far as needed.
 */
export function checkRecord(record: AttemptRecord, lesson: RecordLesson, contentChanged = false): { record: AttemptRecord; problems: Problem[] } {
  const problems: Problem[] = [];
  const exercises: Record<string, ExerciseRecord> = {};
  let step = record.step;
  if (!lesson.steps.includes(step)) {
    problems.push({ exerciseId: null, detail: `unknown step "${step}"` });
    step = 'welcome';
  }
  for (const id of Object.keys(record.exercises)) {
    if (!lesson.exercises.some((e) => e.id === id)) problems.push({ exerciseId: null, detail: `progress for an exercise this lesson does not have ("${id}")` });
  }
  const stepAt = lesson.steps.indexOf(step);
  for (const ex of lesson.exercises) {
    const r = exerciseOf(record, ex.id);
    const at = lesson.steps.indexOf(exerciseStep(ex.id));
    const wanted = at < stepAt ? 'done' : at === stepAt ? 'current' : 'none';
    const stopHere = (detail: string) => {
      problems.push({ exerciseId: ex.id, detail });
      // Back to this exercise (its intro when it was already behind the learner).
      if (wanted === 'done') step = introStep(ex.id);
    };
    if (wanted === 'none') {
      if (r) problems.push({ exerciseId: ex.id, detail: 'progress for an exercise not reached yet' });
      continue;
    }
    if (!r) {
      if (wanted === 'done') {
        stopHere('a finished exercise is missing');
        break;
      }
      continue;
    }
    const why =
      exerciseProblem(r, ex, lesson.text.length, contentChanged) ??
      (wanted === 'done' && r.phase !== 'done' ? 'an exercise behind the learner is not finished' : null) ??
      (wanted === 'current' && r.phase === 'done' ? 'the current exercise is already finished' : null);
    if (why) {
      stopHere(why);
      break;
    }
    exercises[ex.id] = r;
  }
  return { record: { ...record, step, exercises }, problems };
}
