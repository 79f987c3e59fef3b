// Starts a lesson actor from the learner's attempt record when it can be trusted, and saves
// a new record after every change anywhere in the actor system (the lesson or its exercise).
// A failed save is reported at once; a write of the same lesson by another tab stops this
// tab's saving (it would overwrite newer work) until the learner chooses which to keep.
import { createActor, type InspectionEvent } from 'xstate';
import type { LessonInput, LessonMachine } from '../../machines/lesson-machine';
import { attemptOf } from '../../machines/attempt';
import type { RecordLesson } from '../record/check-record';
import { makeRecord } from '../record/make-record';
import type { ChangeReport } from '../record/reanchor';
import type { ProgressStore, SaveOutcome } from './progress-store';

export interface Started {
  actor: ReturnType<typeof createActor<LessonMachine>>;
  /** What to tell the learner about the saved progress; null when it resumed as it was. */
  notice: ProgressNotice | null;
  /** Stops watching for other tabs. */
  stop: () => void;
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
  const save = () => {
    pending = false;
    // Stopping the actor (leaving the page) must not overwrite the last real state.
    if (handedOver || actor.getSnapshot().status === 'stopped') return;
    const record = makeRecord(lesson, attemptOf(actor.getSnapshot()), lesson.text, new Date(), keptFrom);
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
      if (actor.getSnapshot().status !== 'error') return { actor, notice, stop: stopWatching };
      actor.stop();
    } catch {
      /* a record the checks let through but the machines refuse: start afresh, below */
    }
    return null;
  };
  const fresh = (notice: ProgressNotice | null): Started => started(notice) ?? { actor, notice, stop: stopWatching };

  const loaded = store.load(lesson);
  written = store.peek(lesson.lessonId);
  if (loaded.kind === 'none') return fresh(null);
  if (loaded.kind === 'invalid') return fresh({ kind: 'invalid', reason: loaded.reason, detail: loaded.detail, restarts: 'lesson' });
  const { record, problems, changed } = loaded;
  keptFrom = record.keptFrom;
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
