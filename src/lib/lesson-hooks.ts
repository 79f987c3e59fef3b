// Things that follow a lesson without being part of it (xAPI reporting) register here;
// LessonPage runs them for each lesson session it opens and stops them when it closes.
import type { LessonSession } from './lesson-session';

export interface LessonWhere {
  /** The progress namespace: '' for free practice, the assignment's otherwise. */
  namespace: string;
}
export type LessonHook = (session: LessonSession, where: LessonWhere) => (() => void) | void;

const hooks = new Set<LessonHook>();
/** Open sessions and their hooks' stop functions: a hook registered late still sees them. */
const open = new Map<LessonSession, { where: LessonWhere; stops: (() => void)[] }>();

function run(hook: LessonHook, session: LessonSession, where: LessonWhere): (() => void) | undefined {
  try {
    return hook(session, where) ?? undefined;
  } catch {
    return undefined; // a reporting hook must never stop the lesson
  }
}

export function onLessonSession(hook: LessonHook): () => void {
  hooks.add(hook);
  for (const [session, entry] of open) {
    const stop = run(hook, session, entry.where);
    if (stop) entry.stops.push(stop);
  }
  return () => hooks.delete(hook);
}

export function runLessonHooks(session: LessonSession, where: LessonWhere): () => void {
  const entry = { where, stops: [...hooks].flatMap((hook) => run(hook, session, where) ?? []) };
  open.set(session, entry);
  return () => {
    open.delete(session);
    entry.stops.forEach((stop) => stop());
  };
}
