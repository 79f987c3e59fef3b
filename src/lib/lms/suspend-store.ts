// Saved progress inside an LMS lives in suspend_data, so a learner resumes on any computer
// the LMS launches them from. The progress store writes one JSON value per lesson
// (progress-store.ts); here those values are kept together, deflated and base64-encoded.
//
// Size: SCORM 1.2 allows 4,096 characters. The seed lesson's largest record is measured by
// tests/unit/lms/suspend-store.test.ts: an exercise with the most marks a learner may make
// (MAX_MARKS, all hints taken, checked) plus the other exercises' results. If a record ever
// does not fit, the words of its marks are left out (needed only to re-anchor marks after the
// lesson is edited), then the exercise in progress (on resume it restarts and the learner is
// told), and only if even that does not fit is nothing written.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { KeyValueStore } from '../progress/progress-store';

const PREFIX = 's1:';

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeSuspendData(values: Record<string, string>): string {
  return PREFIX + toBase64(deflateSync(strToU8(JSON.stringify(values)), { level: 9 }));
}

/** The stored values, or null when the data is not ours or is damaged (then we start afresh). */
export function decodeSuspendData(data: string): Record<string, string> | null {
  if (!data.startsWith(PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(strFromU8(inflateSync(fromBase64(data.slice(PREFIX.length)))));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string');
    return Object.fromEntries(entries);
  } catch {
    return null;
  }
}

/** A record with less in it (see the size note above): first without quotes, then without the exercise in progress. */
function reduced(value: string, level: 1 | 2): string {
  try {
    const record = JSON.parse(value) as { exercises?: Record<string, { phase?: string; marks?: { quote?: unknown }[] }> };
    if (!record.exercises) return value;
    for (const [id, ex] of Object.entries(record.exercises)) {
      if (level === 2 && ex.phase !== 'done') delete record.exercises[id];
      else for (const m of ex.marks ?? []) delete m.quote;
    }
    return JSON.stringify(record);
  } catch {
    return value;
  }
}
export type SuspendWrite = { ok: true; data: string; reduced: boolean } | { ok: false; size: number };

/** Copies of saves that could not be used (progress-store.ts keeps them aside), and of suspend_data that could not be read. */
const isAside = (key: string) => /:unreadable(:\d+)?$/.test(key) || key === UNREADABLE_SUSPEND_DATA;
const UNREADABLE_SUSPEND_DATA = 'spotlight:suspend-data:unreadable';

/**
 * Encodes values within `limit` characters, reducing them if needed: first the copies kept
 * aside go (the learner was told when they were made; the copy in memory stays for this
 * visit), then the marks' words, then the exercise in progress.
 */
export function fitSuspendData(values: Record<string, string>, limit: number): SuspendWrite {
  const full = encodeSuspendData(values);
  if (full.length <= limit) return { ok: true, data: full, reduced: false };
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !isAside(k)));
  const withoutCopies = encodeSuspendData(kept);
  if (withoutCopies.length <= limit) return { ok: true, data: withoutCopies, reduced: true };
  for (const level of [1, 2] as const) {
    const data = encodeSuspendData(Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, reduced(v, level)])));
    if (data.length <= limit) return { ok: true, data, reduced: true };
  }
  return { ok: false, size: full.length };
}

/**
 * A KeyValueStore over suspend_data. `write` is called with the encoded data after each
 * change. Copies kept aside are written too while there is room (an LMS with 64,000
 * characters has it), so a damaged save is never simply overwritten; suspend_data that
 * cannot be read at all is kept the same way, under UNREADABLE_SUSPEND_DATA.
 */
export function createSuspendStore(initial: string, limit: number, write: (result: SuspendWrite) => void): KeyValueStore & { readonly damaged: boolean } {
  const decoded = initial ? decodeSuspendData(initial) : {};
  const values: Record<string, string> = decoded ?? { [UNREADABLE_SUSPEND_DATA]: initial };
  const memoryOnly = new Map<string, string>();
  const persist = () => write(fitSuspendData(values, limit));
  return {
    damaged: initial !== '' && decoded === null,
    getItem: (key) => (Object.hasOwn(values, key) ? values[key]! : (memoryOnly.get(key) ?? null)),
    setItem(key, value) {
      if (isAside(key)) memoryOnly.set(key, value);
      values[key] = value;
      persist();
    },
    removeItem(key) {
      memoryOnly.delete(key);
      if (!Object.hasOwn(values, key)) return;
      delete values[key];
      persist();
    },
  };
}
