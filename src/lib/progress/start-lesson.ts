// Starts a lesson actor from the learner's attempt record when it can be trusted, and saves
// a new record after every change anywhere in the actor system (the lesson or its exercise).
// A failed save is reported at once; a write of the same lesson by another tab stops this
// tab's saving (it would overwrite newer work) until the learner chooses which to keep.
import { createActor, type InspectionEvent } from 'xstate';
import type { LessonInput, LessonMachine } from '../../machines/lesson-machine';
import { attemptOf } from '../../machines/attempt';
import type { RecordLesson } from '../record/check-record';
import { makeRecord } from '../record/make-record';
import { activeSeconds, activity, pause, startClock } from '../record/active-time';
import { isFinished } from '../record/finished';
import type { ChangeReport } from '../record/reanchor';
import type { ProgressStore, SaveOutcome } from './progress-store';

export interface Started {
  actor: ReturnType<typeof createActor<LessonMachine>>;
  /** What to tell the learner about the saved progress; null when it resumed as it was. */
  notice: ProgressNotice | null;
  /** Stops watching for other tabs. */
  stop: () => void;
  /** The learner did something on the page (a key, a tap, a scroll): active time counts on. */
  active: () => void;
  /** The page was hidden: the active time up to now counts, the time away does not. */
  away: () => void;
}

/** Why saved progress was not used as it was, and what restarts; the player puts it in words. */
export type ProgressNotice =
  | { kind: 'restore-failed' }
  | { kind: 'invalid'; reason: 'corrupt' | 'newer'; detail: string; restarts: 'exercise' | 'lesson' }
  | { kind: 'changed'; report: ChangeReport };

export interface SaveEvents {
  /** Every save's outcome: the player shows a failure at once and clears it on the next success. */
  onSave?: (outcome: SaveOutcome) => void;
  /** Called with the storage key; calls back when another tab writes it. Returns a stop function. */
  watchOtherTabs?: (key: string, changed: (value: string | null) => void) => () => void;
  /** Another tab wrote this lesson's progress: this tab has stopped saving. */
  onOtherTab?: () => void;
}

export function startLesson(machine: LessonMachine, lesson: RecordLesson, store: ProgressStore, events: SaveEvents = {}): Started {
  let pending = false;
  let written: string | null = null;
  let handedOver = false;
  /** A finished record carried over from an earlier version of the lesson keeps saying so (reanchor.ts). */
  let keptFrom: string | undefined;
  let actor: Started['actor'];
  let clock = startClock();
  /** Active time counts only while the lesson is unfinished (active-time.ts). */
  let finished = false;
  const attempt = () => attemptOf(actor.getSnapshot());
  const save = () => {
    pending = false;
    // Stopping the actor (leaving the page) must not overwrite the last real state.
    if (handedOver || actor.getSnapshot().status === 'stopped') return;
    const now = attempt();
    // "Do the lesson again" empties the attempt: the new one starts its own time.
    const again = finished && !isFinished(now) && Object.keys(now.exercises).length === 0;
    if (again) clock = startClock();
    // The change that finishes the lesson still counts the time up to it; later ones do not.
    if (!finished || again) clock = activity(clock, Date.now());
    finished = isFinished(now);
    const record = makeRecord(lesson, now, lesson.text, { keptFrom, activeSeconds: activeSeconds(clock) });
    keptFrom = record.keptFrom; // gone for good once the lesson is done again
    const outcome = store.save(record);
    if (outcome.ok) written = outcome.value;
    events.onSave?.(outcome);
  };
  // Coalesce the several snapshots one event can produce (lesson + child) into one write.
  const inspect = (ev: InspectionEvent) => {
    if (ev.type === '@xstate.snapshot' && !pending) {
      pending = true;
      queueMicrotask(save);
    }
  };
  const active = () => {
    if (!finished) clock = activity(clock, Date.now());
  };
  // Pausing does not save: a write from a tab being hidden would tell the tab the learner
  // switched to that "another tab saved this lesson" (other-tabs.ts). The time since the last
  // change in the lesson is saved with the next one; only the tail after the last is lost.
  const away = () => {
    if (!finished) clock = pause(clock, Date.now());
  };
  const stopWatching =
    events.watchOtherTabs?.(store.key(lesson.lessonId), (value) => {
      if (value === written || handedOver) return;
      handedOver = true;
      events.onOtherTab?.();
    }) ?? (() => {});

  const started = (notice: ProgressNotice | null, input?: LessonInput): Started | null => {
    try {
      actor = createActor(machine, { input, inspect });
      actor.start();
      if (actor.getSnapshot().status !== 'error') {
        finished = isFinished(attempt());
        return { actor, notice, stop: stopWatching, active, away };
      }
      actor.stop();
    } catch {
      /* a record the checks let through but the machines refuse: start afresh, below */
    }
    return null;
  };
  const fresh = (notice: ProgressNotice | null): Started => {
    clock = startClock();
    return started(notice) ?? { actor, notice, stop: stopWatching, active, away };
  };

  const loaded = store.load(lesson);
  written = store.peek(lesson.lessonId);
  if (loaded.kind === 'none') return fresh(null);
  if (loaded.kind === 'invalid') return fresh({ kind: 'invalid', reason: loaded.reason, detail: loaded.detail, restarts: 'lesson' });
  const { record, problems, changed } = loaded;
  keptFrom = record.keptFrom;
  clock = startClock(record.activeSeconds);
  const notice: ProgressNotice | null =
    problems.length > 0
      ? {
          kind: 'invalid',
          reason: 'corrupt',
          detail: problems[0]!.detail,
          restarts: record.step === 'welcome' && Object.keys(record.exercises).length === 0 ? 'lesson' : 'exercise',
        }
      : changed
        ? { kind: 'changed', report: changed }
        : null;
  return started(notice, { step: record.step, exercises: record.exercises }) ?? fresh({ kind: 'restore-failed' });
}
