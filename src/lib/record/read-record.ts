// Reading a stored record: from the raw string to a record that can be resumed, or a reason
// it cannot. Version-1 saves are migrated, records of an earlier version of the lesson are
// re-anchored, damaged exercises are dropped and named. Never throws: a damaged save must
// not blank the page. The caller keeps the raw string aside whenever anything was dropped.
import * as v from 'valibot';
import type { AttemptRecord, ExerciseRecord } from './attempt-record';
import { RECORD_VERSION } from './attempt-record';
import { checkRecord, exerciseProblem, type Problem, type RecordLesson } from './check-record';
import { migrateV1 } from './migrate-v1';
import { reanchorRecord, type ChangeReport } from './reanchor';
import { ExerciseRecordSchema, RecordShellSchema, where } from './record-schema';
import { isFinished } from './finished';
import { isRecord } from '../is-record';
import { isLessonId } from '../lesson/lesson-id';

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; record: AttemptRecord; problems: Problem[]; changed: ChangeReport | null; migrated: boolean }
  | { kind: 'invalid'; reason: 'corrupt' | 'newer'; detail: string };

/** Far beyond any real record (an LMS keeps 4,096 or 64,000 characters): a bigger one is not ours. */
const MAX_RAW = 2_000_000;

export function readRecord(raw: string | null, lesson: RecordLesson): ReadResult {
  if (raw === null) return { kind: 'none' };
  if (raw.length > MAX_RAW) return { kind: 'invalid', reason: 'corrupt', detail: 'the saved data is far too large' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'corrupt', detail: 'the saved data is not valid JSON' };
  }
  const version = isRecord(data) ? data.version : undefined;
  if (typeof version === 'number' && version > RECORD_VERSION) {
    return { kind: 'invalid', reason: 'newer', detail: `it was saved by a newer version of Spotlight (format ${version})` };
  }
  const migrated = version === 1;
  const candidate = migrated ? migrateV1(data) : data;
  const shell = v.safeParse(RecordShellSchema, candidate);
  if (!shell.success) return { kind: 'invalid', reason: 'corrupt', detail: `unexpected data at ${where(shell.issues)}` };
  if (shell.output.lessonId !== lesson.lessonId) return { kind: 'invalid', reason: 'corrupt', detail: 'it belongs to another lesson' };

  const problems: Problem[] = [];
  const exercises: Record<string, ExerciseRecord> = {};
  for (const [id, value] of Object.entries(shell.output.exercises)) {
    const parsed = v.safeParse(ExerciseRecordSchema, value);
    if (!isLessonId(id)) problems.push({ exerciseId: null, detail: 'progress for an exercise this lesson does not have' });
    else if (parsed.success)
      exercises[id] = parsed.output as ExerciseRecord; // kinds of marks are checked against the lesson in check-record.ts
    else problems.push({ exerciseId: id, detail: `the saved state of an exercise is damaged (${where(parsed.issues)})` });
  }
  let record: AttemptRecord = { ...shell.output, exercises };
  let changed: ChangeReport | null = null;
  if (record.contentHash !== lesson.contentHash) ({ record, report: changed } = reanchorRecord(record, lesson));
  if (record.keptFrom !== undefined && isFinished(record)) {
    // Finished against an earlier version: kept as it stands, each exercise still sane.
    for (const [id, r] of Object.entries(record.exercises)) {
      const ex = lesson.exercises.find((e) => e.id === id);
      const why = ex ? exerciseProblem(r, ex, lesson.text.length, true) : 'progress for an exercise this lesson does not have';
      if (why) problems.push({ exerciseId: id, detail: why });
    }
    return problems.length ? { kind: 'invalid', reason: 'corrupt', detail: problems[0]!.detail } : { kind: 'ok', record, problems, changed, migrated };
  }
  const { keptFrom: _notFinished, ...current } = record;
  const checked = checkRecord(current, lesson, changed !== null);
  return { kind: 'ok', record: checked.record, problems: [...problems, ...checked.problems], changed, migrated };
}
