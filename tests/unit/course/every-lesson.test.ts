// Every lesson of the course, played through the real machines: marking exactly its own key
// scores full marks, and a mark on any supported passage is wrong but explained by that
// passage's own text (not the exercise's generic "not in the key").
import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import { readLessonsOnDisk } from '../../../scripts/lessons-disk';
import { createLessonMachine, lessonSteps } from '../../../src/machines/lesson-machine';
import type { ExerciseMachine } from '../../../src/machines/exercise-machine';
import { segmentArticle } from '../../../src/lib/text/segment';
import { scoreMarks, supportedLeftAlone } from '../../../src/lib/scoring/score-marks';
import { buildFeedback } from '../../../src/lib/scoring/feedback';
import type { Lesson, Mark, ScoreResult } from '../../../src/lib/types';

const lessons = readLessonsOnDisk(process.cwd()).map(({ file, result }) => {
  if (!result.ok) throw new Error(`${file} does not build: run npm run lessons:check`);
  return result.lesson;
});

describe('the course', () => {
  it('has at least twelve lessons, three at each level, two in Persian and two in Russian', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(12);
    for (const band of ['beginner', 'intermediate', 'advanced']) expect(lessons.filter((l) => l.band === band).length).toBeGreaterThanOrEqual(3);
    expect(lessons.filter((l) => l.language === 'fa' && l.dir === 'rtl').length).toBeGreaterThanOrEqual(2);
    expect(lessons.filter((l) => l.language === 'ru').length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(lessons.map((l) => [l.id, l] as [string, Lesson]))('lesson %s', (_id, lesson) => {
  const doc = segmentArticle(lesson.article.text, lesson.language);

  it('plays to full marks by its own key, through every step', () => {
    const actor = createActor(createLessonMachine(lesson, doc)).start();
    for (const step of lessonSteps(lesson)) {
      expect(actor.getSnapshot().value).toBe(step.id);
      if (step.kind === 'summary') break;
      if (step.kind !== 'exercise') {
        actor.send({ type: 'user.next' });
        continue;
      }
      const ex = lesson.exercises.find((e) => e.id === step.exerciseId)!;
      const child = actor.getSnapshot().children[step.id] as ActorRefFrom<ExerciseMachine>;
      for (const item of ex.items) child.send({ type: 'user.mark', ...item.span, category: item.attribution ?? ex.skill });
      child.send({ type: 'user.check' });
      child.send({ type: 'user.continue' });
    }
    const { results } = actor.getSnapshot().context;
    for (const ex of lesson.exercises) {
      expect(results[ex.id]?.result.points, `${ex.id}: points`).toBe(ex.items.length);
      expect(supportedLeftAlone(ex, results[ex.id]!.result)).toEqual({ left: ex.supported.length, total: ex.supported.length });
    }
    actor.stop();
  });

  it('explains a mark on each supported passage by that passage, and counts it as not left alone', () => {
    for (const ex of lesson.exercises) {
      for (const passage of ex.supported) {
        const mark: Mark = { id: 'm1', ...passage.span, category: ex.kind === 'mark-sources' ? 'none' : ex.skill };
        const result = scoreMarks(doc, ex, [mark], 0);
        expect(result.wrongMarkIds, `a mark on ${passage.id} counts as a wrong mark`).toEqual(['m1']);
        expect(result.onSupported).toEqual([{ markId: 'm1', passageId: passage.id }]);
        const entry = buildFeedback(ex, lesson.article.text, [mark], result, false).entries.find((e) => e.kind === 'wrong');
        expect(entry?.explanation).toBe(passage.explanation);
        expect(entry?.explanation).not.toBe(ex.wrongMark);
        expect(supportedLeftAlone(ex, result)?.left).toBe(ex.supported.length - 1);
      }
    }
  });

  it('costs a learner who marks the key and every supported passage a point per passage (suspicion is not skill)', () => {
    for (const ex of lesson.exercises) {
      const keyMarks: Mark[] = ex.items.map((item, i) => ({ id: `k${i}`, ...item.span, category: item.attribution ?? ex.skill }));
      const fineMarks: Mark[] = ex.supported.map((p, i) => ({ id: `s${i}`, ...p.span, category: ex.kind === 'mark-sources' ? 'none' : ex.skill }));
      const result = scoreMarks(doc, ex, [...keyMarks, ...fineMarks], 0);
      expect(result.points, ex.id).toBe(Math.max(ex.items.length - ex.supported.length, 0));
      expect(result.onSupported?.map((m) => m.passageId).sort()).toEqual(ex.supported.map((p) => p.id).sort());
      expect(supportedLeftAlone(ex, result)).toEqual({ left: 0, total: ex.supported.length });
    }
  });

  it('shows the kinds of source in its sources worked example, a claim with no source among them', () => {
    for (const ex of lesson.exercises.filter((e) => e.kind === 'mark-sources')) {
      const kinds = (ex.example.marks ?? []).map((m) => m.attribution);
      expect(kinds.length, ex.id).toBeGreaterThanOrEqual(2);
      expect(kinds, ex.id).not.toContain(undefined);
      expect(kinds, ex.id).toContain('none');
    }
  });

  it('says nothing about passages left alone for a result saved before they were recorded', () => {
    const ex = lesson.exercises[0]!;
    const saved: ScoreResult = JSON.parse(JSON.stringify({ ...scoreMarks(doc, ex, [], 0), onSupported: undefined }));
    expect(saved).not.toHaveProperty('onSupported');
    expect(supportedLeftAlone(ex, saved)).toBeNull();
  });
});
