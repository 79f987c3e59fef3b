// Saved progress inside an LMS lives in suspend_data, so a learner resumes on any computer
// the LMS launches them from. The progress store writes one JSON value per lesson
// (progress-store.ts); here those values are kept together, deflated and base64-encoded.
//
// Size: SCORM 1.2 allows 4,096 characters. The seed lesson's largest state is measured by
// tests/unit/suspend-store.test.ts: an exercise with the most marks a learner may make
// (MAX_MARKS, all hints taken, checked) plus the other exercises' results. If a state ever
// does not fit, the exercise in progress is left out (on resume that exercise restarts and
// the learner is told), and only if even that does not fit is nothing written.
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

/** A saved lesson with the exercise in progress removed (see the size note above). */
function withoutExerciseInProgress(value: string): string {
  try {
    const saved = JSON.parse(value) as { snapshot?: { children?: unknown } };
    if (saved.snapshot) saved.snapshot.children = {};
    return JSON.stringify(saved);
  } catch {
    return value;
  }
}

export type SuspendWrite = { ok: true; data: string; reduced: boolean } | { ok: false; size: number };

/** Encodes values within `limit` characters, reducing them if needed. */
export function fitSuspendData(values: Record<string, string>, limit: number): SuspendWrite {
  const full = encodeSuspendData(values);
  if (full.length <= limit) return { ok: true, data: full, reduced: false };
  const reduced = encodeSuspendData(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, withoutExerciseInProgress(v)])));
  if (reduced.length <= limit) return { ok: true, data: reduced, reduced: true };
  return { ok: false, size: full.length };
}

/**
 * A KeyValueStore over suspend_data. `write` is called with the encoded data after each
 * change; keys for unreadable saves (moved aside by the progress store) stay in memory.
 */
export function createSuspendStore(initial: string, limit: number, write: (result: SuspendWrite) => void): KeyValueStore & { readonly damaged: boolean } {
  const decoded = initial ? decodeSuspendData(initial) : {};
  const values: Record<string, string> = decoded ?? {};
  const memoryOnly = new Map<string, string>();
  const persist = () => write(fitSuspendData(values, limit));
  return {
    damaged: initial !== '' && decoded === null,
    getItem: (key) => memoryOnly.get(key) ?? (Object.hasOwn(values, key) ? values[key]! : null),
    setItem(key, value) {
      if (key.endsWith(':unreadable')) return void memoryOnly.set(key, value);
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
