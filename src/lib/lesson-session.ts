// Everything a lesson needs at run time, built once when it opens: the segmented
// article, the machines, the restored actor, and per exercise a public view plus the
// functions that release feedback and hints only when the machine says so.
import { lazyArticleDoc } from './text/segment';
import { paragraphPieces } from './text/pieces';
import { toPublicExercise } from './scoring/public-exercise';
import { buildFeedback } from './scoring/feedback';
import { createLessonMachine, lessonSteps } from '../machines/lesson-machine';
import { DEFAULT_SETTINGS, type ExerciseSettings } from '../machines/exercise-machine';
import { startLesson } from './progress/start-lesson';
import type { ProgressStore } from './progress/progress-store';
import { createSaveStatus } from './progress/save-status.svelte';
import { watchOtherTabs } from './other-tabs';
import { recordLessonOf } from './record/record-lesson';
import type { Lesson, Mark, ScoreResult } from './types';

export interface SessionOptions {
  /** Watch other tabs' writes (only where the progress is in this browser's localStorage). */
  watchTabs?: boolean;
}

/** Another tab's writes of this lesson's saved progress (the storage event of src/lib/other-tabs.ts). */
function watchProgressKey(key: string, changed: (value: string | null) => void): () => void {
  const tabs = watchOtherTabs(`progress:${key}`, {
    storageKeys: [key],
    onChange: (c) => {
      if (c.kind === 'storage' && c.key === key) changed(localStorage.getItem(key));
    },
  });
  return () => tabs.close();
}

/** What tells the lesson the learner is at work on it (active-time.ts): scrolling while reading counts too. */
const ACTIVITY = ['pointerdown', 'keydown', 'scroll', 'wheel', 'touchmove'] as const;

/** Feeds the page's activity and visibility to the active-time clock; returns the stop function. */
function watchActivity(active: () => void, away: () => void): () => void {
  if (typeof document === 'undefined') return () => {};
  const visibility = () => (document.visibilityState === 'hidden' ? away() : active());
  const options = { capture: true, passive: true };
  for (const type of ACTIVITY) addEventListener(type, active, options);
  document.addEventListener('visibilitychange', visibility);
  return () => {
    for (const type of ACTIVITY) removeEventListener(type, active, options);
    document.removeEventListener('visibilitychange', visibility);
  };
}

export function createLessonSession(lesson: Lesson, store: ProgressStore, settings: ExerciseSettings = DEFAULT_SETTINGS, options: SessionOptions = {}) {
  const doc = lazyArticleDoc(lesson.article.text, lesson.language);
  const steps = lessonSteps(lesson);
  const machine = createLessonMachine(lesson, doc, settings);
  const saving = createSaveStatus();
  const { actor, notice, stop, active, away } = startLesson(machine, recordLessonOf(lesson, doc.text), store, {
    onSave: (outcome) => saving.saved(outcome),
    onOtherTab: () => saving.handedOver(),
    ...(options.watchTabs ? { watchOtherTabs: watchProgressKey } : {}),
  });
  const stopActivity = watchActivity(active, away);
  const exercises = new Map(
    lesson.exercises.map((ex) => [
      ex.id,
      {
        exercise: ex,
        view: toPublicExercise(ex),
        feedback: (marks: Mark[], result: ScoreResult, revealed: boolean) => buildFeedback(ex, doc.text, marks, result, revealed && settings.showAnswers),
        hints: (itemIds: string[]) => itemIds.map((id) => ex.items.find((i) => i.id === id)?.hint ?? ''),
      },
    ]),
  );
  let pieces: ReturnType<typeof paragraphPieces> | undefined;
  return {
    lesson,
    doc,
    steps,
    actor,
    notice,
    exercises,
    settings,
    saving,
    /** Leaving the lesson: stop the machines and the watch on other tabs. */
    close() {
      stopActivity();
      stop();
      actor.stop();
    },
    get pieces() {
      return (pieces ??= paragraphPieces(doc));
    },
  };
}
export type LessonSession = ReturnType<typeof createLessonSession>;
