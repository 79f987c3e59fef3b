// A student's results for an assignment, as a file to hand in: JSON with a SHA-256
// checksum over its content, so a damaged or hand-edited file is detected on import.
// It is not tamper-proof (anyone can recompute the checksum): graded work belongs in an LMS.
import * as v from 'valibot';

const RESULTS_FORMAT = 'spotlight-results';
const RESULTS_VERSION = 1;

const SkillResultSchema = v.strictObject({
  exerciseId: v.string(),
  skill: v.string(),
  points: v.pipe(v.number(), v.minValue(0)),
  max: v.pipe(v.number(), v.integer(), v.minValue(0)),
  hintsUsed: v.pipe(v.number(), v.integer(), v.minValue(0)),
  checks: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Ids of the answer-key items the student did not find. */
  missed: v.array(v.string()),
});
const LessonResultSchema = v.strictObject({
  lessonId: v.string(),
  title: v.string(),
  skills: v.array(SkillResultSchema),
});
const BodySchema = v.strictObject({
  format: v.literal(RESULTS_FORMAT),
  version: v.literal(RESULTS_VERSION),
  assignmentId: v.string(),
  label: v.string(),
  student: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  lessons: v.pipe(v.array(LessonResultSchema), v.minLength(1)),
});
export type ResultsBody = v.InferOutput<typeof BodySchema>;
export type ResultsFile = ResultsBody & { checksum: string };

export type ReadError =
  | { kind: 'not-json' }
  | { kind: 'not-results' } // some other JSON file
  | { kind: 'outdated'; version: unknown }
  | { kind: 'damaged' } // the checksum does not match the content
  | { kind: 'invalid'; detail: string };
export type ReadResult = { ok: true; results: ResultsFile; otherAssignment: boolean } | { ok: false; error: ReadError };

/** JSON with keys in a fixed order, so the checksum does not depend on how a file was written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function createResultsFile(body: ResultsBody): Promise<ResultsFile> {
  const checked = v.parse(BodySchema, body);
  return { ...checked, checksum: await sha256(canonical(checked)) };
}

/** A short code the student can copy to show they finished: from the checksum, easy to read aloud. */
export function completionCode(file: Pick<ResultsFile, 'checksum'>): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  let n = BigInt(`0x${file.checksum.slice(0, 12)}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += alphabet[Number(n % 31n)];
    n /= 31n;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export async function readResultsFile(text: string, assignmentId?: string): Promise<ReadResult> {
  const fail = (error: ReadError): ReadResult => ({ ok: false, error });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== RESULTS_FORMAT) return fail({ kind: 'not-results' });
  const { checksum, ...body } = json as Record<string, unknown>;
  if (body.version !== RESULTS_VERSION) return fail({ kind: 'outdated', version: body.version });
  if (typeof checksum !== 'string' || checksum !== (await sha256(canonical(body)))) return fail({ kind: 'damaged' });
  const parsed = v.safeParse(BodySchema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail({ kind: 'invalid', detail: `${v.getDotPath(issue) ?? 'top level'}: ${issue.message}` });
  }
  return { ok: true, results: { ...parsed.output, checksum }, otherAssignment: assignmentId !== undefined && parsed.output.assignmentId !== assignmentId };
}
