// Sends a lesson's xAPI statements while the learner works: launched when it opens,
// answered for every item at each check, completed and passed/failed on reaching the
// summary. Loaded only for assignments and packages that name an LRS.
import type { ActorRefFrom } from 'xstate';
import type { ExerciseMachine } from '../../machines/exercise-machine';
import type { LessonSession } from '../lesson-session';
import { onLessonSession } from '../lesson-hooks';
import { attemptOf, currentExercise, exerciseView, lessonStep } from '../../machines/attempt';
import { isFinished } from '../record/finished';
import { totals } from '../record/totals';
import { endpointProblem, type EndpointProblem, type LrsConfig } from './lrs-config';
import { createStatementQueue, type QueueStatus, type StatementQueue } from './queue';
import { answered, completed, graded, launched, type Actor, type LessonRef, type Stamp } from './statements';
import { exerciseOfStep } from '../record/steps';

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
  const ref: LessonRef = {
    iri: `${appIri()}#/lesson/${lesson.id}`,
    title: lesson.title,
    language: lesson.language,
    ...(opts.assignmentIri ? { assignmentIri: opts.assignmentIri } : {}),
  };
  const send = (...statements: Parameters<StatementQueue['enqueue']>[1]) => void q.enqueue(opts.lrs, statements);
  send(launched(stamp(), opts.actor(), ref));

  let child: ActorRefFrom<ExerciseMachine> | undefined;
  let childSub: { unsubscribe(): void } | undefined;
  let step = lessonStep(session.actor.getSnapshot());
  const lessonSub = session.actor.subscribe((snap) => {
    const current = currentExercise(snap);
    if (current !== child) {
      childSub?.unsubscribe();
      child = current;
      const exercise = lesson.exercises.find((e) => e.id === exerciseOfStep(lessonStep(snap)));
      childSub =
        exercise &&
        child?.on('checked', ({ result }) => {
          const ctx = exerciseView(child!.getSnapshot());
          const textOf = (ids: string[]) =>
            ctx.marks
              .filter((m) => ids.includes(m.id))
              .map((m) => session.doc.text.slice(m.start, m.end))
              .join(' … ');
          send(
            ...result.items.map((item) =>
              answered(stamp(), opts.actor(), ref, {
                exerciseId: exercise.id,
                itemId: item.itemId,
                skill: exercise.skill,
                response: textOf(item.markIds),
                found: item.status === 'found',
                credit: item.credit,
              }),
            ),
          );
        });
    }
    const value = lessonStep(snap);
    // Every mark is a snapshot: the attempt is only worked out when the step changes.
    const attempt = step !== value ? attemptOf(snap) : null;
    if (attempt && isFinished(attempt)) {
      const { points, max } = totals(attempt);
      send(completed(stamp(), opts.actor(), ref), graded(stamp(), opts.actor(), ref, { raw: points, max }, opts.passingScore));
    }
    step = value;
  });
  return () => {
    lessonSub.unsubscribe();
    childSub?.unsubscribe();
  };
}

export type XapiStart = { ok: true; stop: () => void } | { ok: false; problem: EndpointProblem };

/**
 * Starts reporting every lesson session opened from now on. An endpoint the app may not
 * send to (see endpointProblem) is refused here, with the reason, for the caller to show:
 * a link or package naming one gets no queue of statements that could never leave.
 */
export function startXapi(opts: XapiOptions): XapiStart {
  const problem = endpointProblem(opts.lrs.endpoint);
  if (problem) return { ok: false, problem };
  const q = sharedQueue();
  return { ok: true, stop: onLessonSession((session) => follow(session, opts, q)) };
}

/** Calls `listener` with the state of this LRS's statements now and whenever it changes. */
export function watchXapi(lrs: LrsConfig, listener: (status: QueueStatus) => void): () => void {
  const q = sharedQueue();
  const tell = () => listener(q.status(lrs));
  tell();
  return q.subscribe(tell);
}
