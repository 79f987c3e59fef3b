// Version 1 saves were the lesson actor's persisted XState snapshot. They are converted to a
// record on load, so no learner loses progress to the new format. Plain checks only (no
// schema library): the home page reads saves too. Whatever this lets through is checked
// in full by read-record.ts, like any other record.
import { isRecord } from '../is-record';
import { RECORD_FORMAT, RECORD_VERSION, type AttemptRecord, type ExerciseRecord } from './attempt-record';

type Loose = Record<string, unknown>;
/** A record's fields before the full check: what a version-1 save held, moved to where a record keeps it. */
export type Unchecked<T> = { [K in keyof T]: K extends 'exercises' ? Record<string, Unchecked<ExerciseRecord>> : unknown };
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const num = (x: unknown, fallback: number) => (typeof x === 'number' ? x : fallback);
/** A string field, or '' (which the full check then refuses) for anything else. */
const str = (x: unknown) => (typeof x === 'string' ? x : '');

/** A finished exercise as version 1 kept it: its output (no marks; hints only counted). */
function fromOutput(o: Loose): Unchecked<ExerciseRecord> {
  return {
    phase: 'done',
    marks: [],
    nextMarkId: 1,
    checks: num(o.attempts, 0),
    hinted: [],
    hintsUsed: num(o.hintsUsed, 0),
    result: o.result ?? null,
  };
}

/** The exercise in progress, from its child snapshot ('checking' never rests; anything else is left for the check to refuse). */
function fromChild(snap: Loose): Unchecked<ExerciseRecord> {
  const c = isRecord(snap.context) ? snap.context : {};
  const hinted = arr(c.hinted);
  return {
    phase: snap.value,
    marks: arr(c.marks),
    nextMarkId: num(c.nextMarkId, 1),
    checks: num(c.attempt, 0),
    hinted,
    hintsUsed: hinted.length,
    result: c.result ?? null,
  };
}

/** The record a version-1 save stands for, or null if it is not one. */
export function migrateV1(data: unknown): Unchecked<AttemptRecord> | null {
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.snapshot)) return null;
  const snap = data.snapshot;
  const context = isRecord(snap.context) ? snap.context : {};
  const exercises: Record<string, Unchecked<ExerciseRecord>> = {};
  for (const [id, out] of Object.entries(isRecord(context.results) ? context.results : {})) {
    if (isRecord(out)) exercises[id] = fromOutput(out);
  }
  // A child is saved under its step's id ('exercise-<id>'); the exercise id it carries
  // must agree, or the save is damaged: it is kept under the step's id and refused later.
  for (const [key, child] of Object.entries(isRecord(snap.children) ? snap.children : {})) {
    const childSnap = isRecord(child) && isRecord(child.snapshot) ? child.snapshot : null;
    if (!childSnap) continue;
    const id = key.replace(/^exercise-/, '');
    const said = isRecord(childSnap.context) ? childSnap.context.exerciseId : undefined;
    exercises[said === id ? id : key] = fromChild(childSnap);
  }
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    lessonId: str(data.lessonId),
    contentHash: str(data.contentHash),
    savedAt: str(data.savedAt),
    step: str(snap.value),
    exercises,
  };
}
