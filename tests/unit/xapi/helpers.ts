// Shared by the xAPI tests: a learner, a lesson, statement stamps and a storage that
// forgets between tests.
import type { KeyValueStore } from '../../../src/lib/progress/progress-store';
import type { Actor, LessonRef, Stamp } from '../../../src/lib/xapi/statements';

export const actor: Actor = { objectType: 'Agent', name: 'Ana', account: { homePage: 'https://school.example/', name: 'u-1' } };
export const lesson: LessonRef = {
  iri: 'https://school.example/spotlight/#/lesson/l1',
  title: 'A lesson',
  language: 'en',
  assignmentIri: 'https://school.example/spotlight/#/a/abc123',
};
export const stamp = (n: number): Stamp => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: '2026-11-25T10:00:00.000Z' });

export function memory(initial: Record<string, string> = {}): KeyValueStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return { values, getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v), removeItem: (k) => void values.delete(k) };
}

/** The ids of the statements each POST carried, by the URL it went to. */
export function received(calls: readonly unknown[][]): Record<string, string[]> {
  const byUrl: Record<string, string[]> = {};
  for (const [url, init] of calls as [string, RequestInit][]) {
    (byUrl[url] ??= []).push(...(JSON.parse(init.body as string) as { id: string }[]).map((s) => s.id));
  }
  return byUrl;
}
