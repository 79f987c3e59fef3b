// Saved progress: the lesson actor's persisted XState snapshot, wrapped with a format
// version and the lesson's content hash. Anything that doesn't fit is reported with a
// reason, never thrown, so a damaged save can't blank the page.
import * as v from 'valibot';
import { SAVE_VERSION } from './saved-status';

export { SAVE_VERSION };

export interface SavedProgress {
  version: number;
  lessonId: string;
  contentHash: string;
  savedAt: string;
  snapshot: unknown;
}

const MarkSchema = v.object({
  id: v.string(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  category: v.string(),
});
const ExerciseSnapshotSchema = v.object({
  status: v.picklist(['active', 'done']),
  value: v.string(),
  context: v.object({
    exerciseId: v.string(),
    marks: v.array(MarkSchema),
    nextMarkId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    attempt: v.pipe(v.number(), v.integer(), v.minValue(0)),
    hinted: v.array(v.string()),
    result: v.nullable(v.object({ points: v.number(), max: v.number() })),
  }),
});
const SavedSchema = v.object({
  version: v.number(),
  lessonId: v.string(),
  contentHash: v.string(),
  savedAt: v.string(),
  snapshot: v.object({
    status: v.picklist(['active', 'done']),
    value: v.string(),
    context: v.object({ results: v.record(v.string(), v.object({ points: v.number(), max: v.number() })) }),
    children: v.optional(v.record(v.string(), v.unknown())),
  }),
});
const ChildSchema = v.object({ snapshot: ExerciseSnapshotSchema });

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; saved: SavedProgress }
  | {
      kind: 'invalid';
      reason: 'corrupt' | 'outdated' | 'other-content';
      detail: string;
      raw: string;
      /** Set when only an exercise's own state is damaged: restart that exercise, keep the rest. */
      resumeAt?: { step: string; results: Record<string, unknown> };
    };

export interface ProgressCheck {
  lessonId: string;
  contentHash: string;
  /** Step ids of this lesson: a saved step must be one of them. */
  steps: string[];
  textLength: number;
}

/** Parses and checks a saved string. Pure, so it can be tested on any input. */
export function parseSavedProgress(raw: string | null, check: ProgressCheck): LoadResult {
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'corrupt', detail: 'the saved data is not valid JSON', raw };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== SAVE_VERSION) {
    return { kind: 'invalid', reason: 'outdated', detail: `it was saved by an older version of Spotlight (format ${version})`, raw };
  }
  const parsed = v.safeParse(SavedSchema, data);
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? 'top level';
    return { kind: 'invalid', reason: 'corrupt', detail: `unexpected data at ${where}`, raw };
  }
  const saved = parsed.output;
  if (saved.lessonId !== check.lessonId) {
    return { kind: 'invalid', reason: 'corrupt', detail: 'it belongs to another lesson', raw };
  }
  if (saved.contentHash !== check.contentHash) {
    return { kind: 'invalid', reason: 'other-content', detail: 'the lesson has changed since it was saved', raw };
  }
  if (!check.steps.includes(saved.snapshot.value)) {
    return { kind: 'invalid', reason: 'corrupt', detail: `unknown step "${saved.snapshot.value}"`, raw };
  }
  const resumeAt = { step: saved.snapshot.value, results: saved.snapshot.context.results };
  const children = Object.entries(saved.snapshot.children ?? {});
  if (saved.snapshot.value.startsWith('exercise-') && children.length !== 1) {
    return { kind: 'invalid', reason: 'corrupt', detail: 'the exercise in progress is missing', raw, resumeAt };
  }
  for (const [, child] of children) {
    const c = v.safeParse(ChildSchema, child);
    if (!c.success) {
      return { kind: 'invalid', reason: 'corrupt', detail: `the exercise's saved state is damaged (${v.getDotPath(c.issues[0]) ?? 'snapshot'})`, raw, resumeAt };
    }
    if (c.output.snapshot.context.marks.some((m) => m.end <= m.start || m.end > check.textLength)) {
      return { kind: 'invalid', reason: 'corrupt', detail: 'a saved mark lies outside the article', raw, resumeAt };
    }
  }
  return { kind: 'ok', saved: data as SavedProgress };
}

