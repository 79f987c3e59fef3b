// The shape of a stored record, checked in full on every way in: localStorage, an LMS's
// suspend_data, a record carried in a link. Cross-field rules are in check-record.ts.
import * as v from 'valibot';
import { EXERCISE_PHASES, RECORD_FORMAT } from './attempt-record';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
// Ids have no length limit in a lesson file; this bound only keeps a hostile save small.
const id = text(10_000);

const MarkSchema = v.object({
  id,
  start: offset,
  end: offset,
  category: id,
  quote: v.optional(v.object({ exact: text(400_000), prefix: v.optional(text(200)), suffix: v.optional(text(200)) })),
});

const ItemResultSchema = v.object({
  itemId: id,
  status: v.picklist(['found', 'partial', 'missed']),
  credit: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  markIds: v.array(id),
  categoryCorrect: v.optional(v.boolean()),
  chosenCategory: v.optional(id),
});

const ScoreResultSchema = v.object({
  points: v.pipe(v.number(), v.finite()),
  max: count,
  items: v.array(ItemResultSchema),
  wrongMarkIds: v.array(id),
  onSupported: v.optional(v.array(v.object({ markId: id, passageId: id }))),
  hintPenalty: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

export const ExerciseRecordSchema = v.object({
  phase: v.picklist(EXERCISE_PHASES),
  marks: v.pipe(v.array(MarkSchema), v.maxLength(1000)),
  nextMarkId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  checks: count,
  hinted: v.array(id),
  hintsUsed: count,
  result: v.nullable(ScoreResultSchema),
});

/** The record around its exercises; each exercise is checked on its own, so one damaged exercise loses only itself. */
export const RecordShellSchema = v.object({
  format: v.literal(RECORD_FORMAT),
  version: v.literal(2),
  lessonId: id,
  contentHash: id,
  textHash: v.optional(id),
  keptFrom: v.optional(id),
  savedAt: text(40),
  // A year of seconds: far beyond any lesson, and a hostile value stays a small number.
  activeSeconds: v.optional(v.pipe(count, v.maxValue(31_536_000))),
  step: id,
  exercises: v.record(id, v.unknown()),
});

export const where = (issues: readonly v.BaseIssue<unknown>[]) => v.getDotPath(issues[0]!) ?? 'top level';
