// Starts a lesson actor, restoring saved progress when it can be trusted, and saves
// after every change anywhere in the actor system (the lesson or its exercise).
import { createActor, type InspectionEvent } from 'xstate';
import type { LessonMachine } from '../../machines/lesson-machine';
import type { ExerciseOutput } from '../../machines/exercise-machine';
import type { ProgressStore } from './progress-store';
import type { ProgressCheck } from './saved-progress';

export interface Started {
  actor: ReturnType<typeof createActor<LessonMachine>>;
  /** What to tell the learner when saved progress could not be used; null otherwise. */
  notice: ProgressNotice | null;
}

/** Why saved progress was not used and what restarts; the player puts it in words. */
export type ProgressNotice =
  | { kind: 'restore-failed' }
  | { kind: 'invalid'; reason: 'corrupt' | 'outdated' | 'other-content'; detail: string; restarts: 'exercise' | 'lesson' };

export function startLesson(machine: LessonMachine, check: ProgressCheck, store: ProgressStore): Started {
  let pending = false;
  let actor: Started['actor'];
  const save = () => {
    pending = false;
    // Stopping the actor (leaving the page) must not overwrite the last real state.
    if (actor.getSnapshot().status === 'stopped') return;
    store.save(check.lessonId, check.contentHash, actor.getPersistedSnapshot());
  };
  // Coalesce the several snapshots one event can produce (lesson + child) into one write.
  const inspect = (ev: InspectionEvent) => {
    if (ev.type === '@xstate.snapshot' && !pending) {
      pending = true;
      queueMicrotask(save);
    }
  };

  const loaded = store.load(check);
  if (loaded.kind === 'ok') {
    try {
      actor = createActor(machine, { snapshot: loaded.saved.snapshot as never, inspect });
      actor.start();
      if (actor.getSnapshot().status !== 'error') return { actor, notice: null };
      actor.stop();
    } catch {
      /* fall through to a fresh start below */
    }
    return fresh({ kind: 'restore-failed' });
  }
  if (loaded.kind === 'invalid') {
    const why = { kind: 'invalid', reason: loaded.reason, detail: loaded.detail } as const;
    if (loaded.resumeAt) {
      const started = fresh({ ...why, restarts: 'exercise' });
      started.actor.send({ type: 'lesson.resume', step: loaded.resumeAt.step, results: loaded.resumeAt.results as Record<string, ExerciseOutput> });
      return started;
    }
    return fresh({ ...why, restarts: 'lesson' });
  }
  return fresh(null);

  function fresh(notice: ProgressNotice | null): Started {
    actor = createActor(machine, { inspect });
    actor.start();
    return { actor, notice };
  }
}
