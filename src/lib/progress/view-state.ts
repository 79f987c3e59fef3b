// Where the learner was in an exercise, kept for a reload of this tab: the cursor, the
// selection not yet marked, the kind new marks get, and which words were at the top of the
// screen. It is not part of the attempt record (it says nothing about the learner's work and
// a teacher never sees it), so it lives in sessionStorage: it survives a reload and is gone
// with the tab. Read back like any outside input: checked, and ignored when it does not fit.
import * as v from 'valibot';

const VIEW_STATE = v.object({
  v: v.literal(1),
  cursor: v.pipe(v.number(), v.integer(), v.minValue(0)),
  anchor: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  category: v.pipe(v.string(), v.maxLength(40)),
  /** The word at the top of the screen, and how far below the top its line was (px). */
  top: v.nullable(v.object({ word: v.pipe(v.number(), v.integer(), v.minValue(0)), offset: v.pipe(v.number(), v.finite()) })),
});
export type ViewState = v.InferOutput<typeof VIEW_STATE>;

/** What a saved view says, if it fits this article (its word count) and these kinds; else null. */
export function parseViewState(raw: string | null, words: number, categories: readonly string[]): ViewState | null {
  if (!raw || raw.length > 1000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = v.safeParse(VIEW_STATE, data);
  if (!r.success) return null;
  const s = r.output;
  const inside = (w: number) => w < words;
  if (!inside(s.cursor) || (s.anchor !== null && !inside(s.anchor)) || !categories.includes(s.category)) return null;
  return { ...s, top: s.top && inside(s.top.word) ? s.top : null };
}

export const viewStateKey = (route: string, exerciseId: string) => `spotlight-view:${route}:${exerciseId}`;

/** sessionStorage, or nothing where it is refused (a sandboxed frame, some private modes). */
export function viewStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
