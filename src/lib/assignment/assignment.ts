// An assignment is everything a teacher sets for a class: which lessons, hints on or off,
// attempts allowed, whether answers are shown after submitting, and a label. It travels
// whole in a share link (no accounts, no server): JSON, zlib-compressed (whose Adler-32
// checksum catches a damaged or truncated link), base64url-encoded, behind `#/a/`.
// Opening a link validates it; anything wrong gives an error that says what happened.
import * as v from 'valibot';
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { LrsSchema } from '../xapi/lrs-config';
import { LessonSchema } from '../lesson/schema';
import { LESSON_ID_PATTERN } from '../lesson/lesson-id';

export const ASSIGNMENT_VERSION = 1;

export const AssignmentSchema = v.strictObject({
  v: v.literal(ASSIGNMENT_VERSION),
  /** Random id that results files carry, so a file for another assignment is recognised. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,32}$/)),
  label: v.pipe(v.string(), v.trim(), v.maxLength(80)),
  lessons: v.pipe(v.array(v.pipe(v.string(), v.regex(LESSON_ID_PATTERN))), v.minLength(1), v.maxLength(20)),
  hints: v.boolean(),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  showAnswers: v.boolean(),
  /** Where to send xAPI statements, if the teacher has a learning record store. */
  lrs: v.optional(LrsSchema),
  /**
   * Lessons the teacher imported (students do not have them): the whole lesson files, so
   * the link carries them. Optional, so links made before it still open as version 1.
   */
  embedded: v.optional(v.pipe(v.array(LessonSchema), v.maxLength(20))),
});
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

export type LinkError =
  | { kind: 'empty' }
  | { kind: 'damaged' } // not base64url, or the compressed data fails its checksum (truncated, edited)
  | { kind: 'outdated'; version: unknown } // made by another version of Spotlight
  | { kind: 'invalid'; detail: string } // readable, but not a valid assignment
  | { kind: 'unknown-lessons'; ids: string[] } // lessons this copy of Spotlight does not have
  | { kind: 'duplicate-lessons'; ids: string[] }; // named (or carried) twice: which one the teacher meant is unknown
export type LinkResult = { ok: true; assignment: Assignment } | { ok: false; error: LinkError };

const toBase64Url = (bytes: Uint8Array) => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function newAssignmentId(random: () => number = Math.random): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

/** Adler-32 (RFC 1950), the checksum a zlib stream ends with. */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The part of the link after `#/a/`. */
export function encodeAssignment(a: Assignment): string {
  return toBase64Url(zlibSync(strToU8(JSON.stringify(v.parse(AssignmentSchema, a))), { level: 9 }));
}

/** Reads the part after `#/a/`; `knownLessons` are the lessons this build has. */
export function decodeAssignment(payload: string, knownLessons: readonly string[]): LinkResult {
  const fail = (error: LinkError): LinkResult => ({ ok: false, error });
  const text = payload.trim();
  if (text === '') return fail({ kind: 'empty' });
  const bytes = fromBase64Url(text);
  if (!bytes) return fail({ kind: 'damaged' });
  let json: unknown;
  try {
    const data = unzlibSync(bytes);
    // fflate does not verify the zlib trailer, so the Adler-32 is checked here: without it
    // an edited link could decode to a different assignment.
    const trailer = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0) : -1;
    if (trailer !== adler32(data)) return fail({ kind: 'damaged' });
    json = JSON.parse(strFromU8(data));
  } catch {
    return fail({ kind: 'damaged' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail({ kind: 'invalid', detail: 'not an object' });
  const version = (json as { v?: unknown }).v;
  if (version !== ASSIGNMENT_VERSION) return fail({ kind: 'outdated', version });
  const parsed = v.safeParse(AssignmentSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail({ kind: 'invalid', detail: `${v.getDotPath(issue) ?? 'top level'}: ${issue.message}` });
  }
  const embedded = (parsed.output.embedded ?? []).map((l) => l.id);
  // Refused rather than de-duplicated: a lesson listed twice (or carried in two versions)
  // is a broken link, and the teacher should hear of it rather than get a guess.
  const twice = [...new Set([...repeated(parsed.output.lessons), ...repeated(embedded)])];
  if (twice.length) return fail({ kind: 'duplicate-lessons', ids: twice });
  const stray = embedded.filter((id) => !parsed.output.lessons.includes(id));
  if (stray.length) return fail({ kind: 'invalid', detail: `embedded: ${stray.join(', ')} not in lessons` });
  const unknown = parsed.output.lessons.filter((id) => !knownLessons.includes(id) && !embedded.includes(id));
  if (unknown.length) return fail({ kind: 'unknown-lessons', ids: unknown });
  return { ok: true, assignment: parsed.output };
}

/** The values that occur more than once, each once, in order of their second occurrence. */
function repeated(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const x of values) (seen.has(x) ? again : seen).add(x);
  return [...again];
}
