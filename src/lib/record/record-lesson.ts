// What a record is checked against: the lesson's steps, exercises, items and article.
import { lessonSteps } from '../../machines/lesson-machine';
import { toPublicExercise } from '../scoring/public-exercise';
import { scoreMarks } from '../scoring/score-marks';
import { lazyArticleDoc } from '../text/segment';
import type { Lesson } from '../types';
import type { RecordLesson } from './check-record';

export function recordLessonOf(lesson: Lesson, text = lesson.article.text): RecordLesson {
  const doc = lazyArticleDoc(text, lesson.language);
  return {
    rescore: (exerciseId, marks, hintsUsed) =>
      scoreMarks(
        doc,
        lesson.exercises.find((e) => e.id === exerciseId)!,
        marks,
        hintsUsed,
      ),
    lessonId: lesson.id,
    contentHash: lesson.contentHash,
    text,
    steps: lessonSteps(lesson).map((s) => s.id),
    exercises: lesson.exercises.map((ex) => ({
      id: ex.id,
      // 'sources' is how a sources mark starts: "kind not chosen yet".
      categories: [...toPublicExercise(ex).categories, ...(ex.kind === 'mark-sources' ? ['sources'] : [])],
      itemIds: ex.items.map((i) => i.id),
    })),
  };
}
