// Sends a lesson's xAPI statements while the learner works: launched when it opens,
// answered for every item at each check, completed and passed/failed on reaching the
// summary. Loaded only for assignments and packages that name an LRS.
import type { ActorRefFrom } from 'xstate';
import type { ExerciseMachine } from '../../machines/exercise-machine';
import type { LessonSession } from '../lesson-session';
import { onLessonSession } from '../lesson-hooks';
import type { LrsConfig } from './lrs-config';
import { createStatementQueue, type StatementQueue } from './queue';
import { answered, completed, graded, launched, type Actor, type LessonRef, type Stamp } from './statements';

export interface XapiOptions {
  lrs: LrsConfig;
  actor: () => Actor;
  passingScore: number;
  assignmentIri?: string;
}

const stamp = (): Stamp => ({ id: crypto.randomUUID(), timestamp: new Date().toISOString() });
/** Where this copy of the app lives, without its route: activity ids hang off it. */
export const appIri = () => location.href.replace(/#.*$/, '');

let queue: StatementQueue | null = null;
function sharedQueue(): StatementQueue {
  if (!queue) {
    queue = createStatementQueue(localStorage);
    addEventListener('online', () => void queue?.flush());
    void queue.flush(); // statements left from an earlier visit
  }
  return queue;
}

function follow(session: LessonSession, opts: XapiOptions, q: StatementQueue): () => void {
  const { lesson } = session;
  const ref: LessonRef = { iri: `${appIri()}#/lesson/${lesson.id}`, title: lesson.title, language: lesson.language, ...(opts.assignmentIri ? { assignmentIri: opts.assignmentIri } : {}) };
  const send = (...statements: Parameters<StatementQueue['enqueue']>[1]) => void q.enqueue(opts.lrs, statements);
  send(launched(stamp(), opts.actor(), ref));

  let child: ActorRefFrom<ExerciseMachine> | undefined;
  let childSub: { unsubscribe(): void } | undefined;
  let step = session.actor.getSnapshot().value as string;
  const lessonSub = session.actor.subscribe((snap) => {
    const current = Object.values(snap.children)[0] as ActorRefFrom<ExerciseMachine> | undefined;
    if (current !== child) {
      childSub?.unsubscribe();
      child = current;
      childSub = child?.on('checked', ({ result }) => {
        const ctx = child!.getSnapshot().context;
        const exercise = lesson.exercises.find((e) => e.id === ctx.exerciseId)!;
        const textOf = (ids: string[]) => ctx.marks.filter((m) => ids.includes(m.id)).map((m) => session.doc.text.slice(m.start, m.end)).join(' … ');
        send(...result.items.map((item) => answered(stamp(), opts.actor(), ref, {
          exerciseId: exercise.id, itemId: item.itemId, skill: exercise.skill, response: textOf(item.markIds), found: item.status === 'found', credit: item.credit,
        })));
      });
    }
    const value = snap.value as string;
    if (value === 'summary' && step !== 'summary') {
      const results = Object.values(snap.context.results);
      const score = { raw: results.reduce((s, r) => s + r.points, 0), max: results.reduce((s, r) => s + r.max, 0) };
      send(completed(stamp(), opts.actor(), ref), graded(stamp(), opts.actor(), ref, score, opts.passingScore));
    }
    step = value;
  });
  return () => {
    lessonSub.unsubscribe();
    childSub?.unsubscribe();
  };
}

/** Starts reporting every lesson session opened from now on; returns a stop function. */
export function startXapi(opts: XapiOptions): () => void {
  const q = sharedQueue();
  return onLessonSession((session) => follow(session, opts, q));
}
