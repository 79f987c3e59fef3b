// A student's results for an assignment, as a file to hand in: JSON with a SHA-256
// checksum over its content, so a damaged or hand-edited file is detected on import.
// It is not tamper-proof (anyone can recompute the checksum): graded work belongs in an LMS.
// Version 2 carries what the student marked and who handed it in (name plus a per-browser
// id); version 1 files are still read, and converted with what they lack left unknown (null).
import * as v from 'valibot';
import { LESSON_ID_PATTERN } from '../lesson/lesson-id';
import { canonical, completionCode, sha256 } from './completion-code';
import { MAX_QUOTE } from './from-record';

export { completionCode };
const RESULTS_FORMAT = 'spotlight-results';

// Every field is bounded: a file is untrusted input, and a huge or odd value must be refused
// with a reason rather than reach the page. Ids follow the lesson files' own rule, so an id
// with slashes or a "__proto__" key is named as invalid instead of confusing the table.
const id = v.pipe(v.string(), v.maxLength(200), v.regex(LESSON_ID_PATTERN, 'not an id (lower-case letters, digits and hyphens)'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T, max = 1000) => v.pipe(v.array(item), v.maxLength(max));
const points = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1_000_000));
const student = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
const unique = <T>(key: (x: T) => string, what: string) => v.check((xs: T[]) => new Set(xs.map(key)).size === xs.length, `the same ${what} appears twice`);

const SkillV1 = v.strictObject({ exerciseId: id, skill: id, points, max: count, hintsUsed: count, checks: count, missed: list(id) });
const BodyV1 = v.strictObject({
  format: v.literal(RESULTS_FORMAT),
  version: v.literal(1),
  assignmentId: text(100),
  label: text(200),
  student,
  /** When the file was downloaded (version 1 had no other time). */
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  lessons: v.pipe(
    list(
      v.strictObject({
        lessonId: id,
        title: text(1000),
        skills: v.pipe(
          list(SkillV1, 200),
          unique((s) => s.exerciseId, 'exercise'),
        ),
      }),
      200,
    ),
    v.minLength(1),
    unique((l) => l.lessonId, 'lesson'),
  ),
});

const ExerciseV2 = v.strictObject({
  exerciseId: id,
  skill: id,
  points,
  max: count,
  hintsUsed: count,
  /** Checks in the attempt handed in. */
  checks: count,
  found: list(id),
  partial: list(id),
  missed: list(id),
  /** The words of marks that matched no item, cut to MAX_QUOTE. */
  wrongMarks: list(text(MAX_QUOTE)),
  /** Items marked in the right place with the wrong kind of source (chosen: the kind given, null for none). */
  wrongKinds: list(v.strictObject({ itemId: id, chosen: v.nullable(id) })),
});
const LessonV2 = v.strictObject({
  lessonId: id,
  title: text(1000),
  points,
  max: count,
  /** Attempts at the lesson in this assignment, the one handed in included. */
  attempts: v.pipe(count, v.minValue(1)),
  /** Checks used over all those attempts. */
  checks: count,
  /** Seconds at work over all those attempts (record/active-time.ts); absent when an attempt did not count it. */
  activeSeconds: v.optional(count),
  exercises: v.pipe(
    list(ExerciseV2, 200),
    unique((e) => e.exerciseId, 'exercise'),
  ),
});
const BodyV2 = v.strictObject({
  format: v.literal(RESULTS_FORMAT),
  version: v.literal(2),
  assignmentId: text(100),
  label: text(200),
  student,
  /** Made once per browser (browser-id.ts): tells two students of the same name apart. */
  browserId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,40}$/, 'not a browser id')),
  /** The latest save of the work handed in, not the download time: the same work gives the same file. */
  submittedAt: v.pipe(v.string(), v.isoTimestamp()),
  lessons: v.pipe(
    list(LessonV2, 200),
    v.minLength(1),
    unique((l) => l.lessonId, 'lesson'),
  ),
});
export type ResultsBodyV1 = v.InferOutput<typeof BodyV1>;
export type ResultsBody = v.InferOutput<typeof BodyV2>;
export type ExerciseResult = ResultsBody['lessons'][number]['exercises'][number];
/** A file as handed in (either version), checked. */
export type ResultsFile = (ResultsBodyV1 | ResultsBody) & { checksum: string };

/** What a stored or imported file says, in version 2's shape; null is "this file does not say" (version 1). */
export interface ExerciseOutcome extends Omit<ExerciseResult, 'found' | 'partial' | 'wrongMarks' | 'wrongKinds'> {
  found: string[] | null;
  partial: string[] | null;
  wrongMarks: string[] | null;
  wrongKinds: ExerciseResult['wrongKinds'] | null;
}
export interface LessonOutcome {
  lessonId: string;
  title: string;
  points: number;
  max: number;
  attempts: number | null;
  checks: number | null;
  /** Seconds at work on the lesson over all attempts; null where the file does not say. */
  activeSeconds: number | null;
  exercises: ExerciseOutcome[];
}
export interface Submission {
  /** The file's identity: the same file imported twice counts once. */
  checksum: string;
  code: string;
  version: 1 | 2;
  assignmentId: string;
  label: string;
  student: string;
  browserId: string | null;
  submittedAt: string;
  lessons: LessonOutcome[];
}

export type ReadError =
  | { kind: 'not-json' }
  | { kind: 'not-results' } // some other JSON file
  | { kind: 'outdated'; version: unknown }
  | { kind: 'damaged' } // the checksum does not match the content
  | { kind: 'invalid'; detail: string };
export type ReadResult = { ok: true; results: ResultsFile; submission: Submission; otherAssignment: boolean } | { ok: false; error: ReadError };

export async function createResultsFile(body: ResultsBody | ResultsBodyV1): Promise<ResultsFile> {
  const checked = v.parse(body.version === 1 ? BodyV1 : BodyV2, body);
  return { ...checked, checksum: await sha256(canonical(checked)) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Version 2's shape for any checked file; what version 1 did not record stays null. */
export function toSubmission(file: ResultsFile): Submission {
  const common = { checksum: file.checksum, code: completionCode(file), assignmentId: file.assignmentId, label: file.label, student: file.student };
  if (file.version === 2)
    return {
      ...common,
      version: 2,
      browserId: file.browserId,
      submittedAt: file.submittedAt,
      lessons: file.lessons.map((l) => ({ ...l, activeSeconds: l.activeSeconds ?? null })),
    };
  return {
    ...common,
    version: 1,
    browserId: null,
    submittedAt: file.finishedAt,
    lessons: file.lessons.map((l) => ({
      lessonId: l.lessonId,
      title: l.title,
      points: round2(l.skills.reduce((s, x) => s + x.points, 0)),
      max: l.skills.reduce((s, x) => s + x.max, 0),
      attempts: null,
      checks: null,
      activeSeconds: null,
      exercises: l.skills.map((s) => ({ ...s, found: null, partial: null, wrongMarks: null, wrongKinds: null })),
    })),
  };
}

/** Checks a parsed file (from a file picked, or from this browser's store) in full. */
export async function checkResults(json: unknown, assignmentId?: string): Promise<ReadResult> {
  const fail = (error: ReadError): ReadResult => ({ ok: false, error });
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as { format?: unknown }).format !== RESULTS_FORMAT)
    return fail({ kind: 'not-results' });
  const { checksum, ...body } = json as Record<string, unknown>;
  const schema = body.version === 1 ? BodyV1 : body.version === 2 ? BodyV2 : null;
  if (!schema) return fail({ kind: 'outdated', version: typeof body.version === 'number' ? body.version : String(body.version).slice(0, 20) });
  // The shape first: the checksum is then computed only over a bounded, well-formed body.
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail({ kind: 'invalid', detail: `${(v.getDotPath(issue) ?? 'top level').slice(0, 80)}: ${issue.message.slice(0, 160)}` });
  }
  if (typeof checksum !== 'string' || checksum !== (await sha256(canonical(body)))) return fail({ kind: 'damaged' });
  const results = { ...parsed.output, checksum } as ResultsFile;
  return { ok: true, results, submission: toSubmission(results), otherAssignment: assignmentId !== undefined && results.assignmentId !== assignmentId };
}

export async function readResultsFile(text: string, assignmentId?: string): Promise<ReadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  return checkResults(json, assignmentId);
}
