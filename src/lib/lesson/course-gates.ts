// The course's quality gates: what `npm run lessons:check` asks of every lesson in lessons/
// beyond a valid file. Lessons opened from a file or an assignment link are not held to
// them (a teacher's own lesson need not be part of the course), so these run on disk only.
import type { Lesson } from '../types';
import type { LessonProblem } from './problems';
import { BAND_LIMITS, textStats, type TextStats } from './readability';

const MIN_ITEMS = 4;
const MIN_SUPPORTED = 2;

export interface GateInput {
  file: string;
  lesson: Lesson;
}

export function courseProblems(lessons: readonly GateInput[]): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const ids = new Map<string, string>();
  const seeds = new Map<string, string>();
  const places = new Map<string, string>();
  for (const { file, lesson } of lessons) {
    const add = (where: string, message: string, fix: string) => problems.push({ file, where, message, fix });
    const otherId = ids.get(lesson.id);
    if (otherId) add('id', `the id "${lesson.id}" is also used by ${otherId}`, 'give every lesson its own id');
    ids.set(lesson.id, file);
    const seed = lesson.article.seed;
    if (seed) {
      const otherSeed = seeds.get(seed);
      if (otherSeed) add('seed', `the article seeds/${seed}.txt is also used by ${otherSeed}`, 'each lesson of the course has its own article');
      seeds.set(seed, file);
    }
    if (!lesson.band) add('band', 'a course lesson needs a band', 'add band: beginner, intermediate or advanced');
    if (!lesson.genre) add('genre', 'a course lesson needs a genre', 'add genre (see GENRES in src/lib/lesson/vocabulary.ts)');
    if (!lesson.guide) add('guide', 'a course lesson needs a teacher guide', 'add guide: with goals, questions and followUp');
    if (!lesson.course) add('course', 'a course lesson needs its place in the path', 'add course: with unit and order');
    else {
      const place = `${lesson.course.unit} #${lesson.course.order}`;
      const other = places.get(place);
      if (other) add('course.order', `${other} is already at ${place}`, 'give each lesson of a unit its own order');
      places.set(place, file);
    }
    if (lesson.article.meta.practice === undefined) {
      add(
        'article',
        'the article does not say whether it is a practice text',
        'add practice: true (a text written for Spotlight, with invented people and organisations) or practice: false (a real article) to its metadata',
      );
    }
    if (lesson.article.meta.language !== lesson.language) {
      add(
        'language',
        `the lesson is in "${lesson.language}" but its article is in "${lesson.article.meta.language}"`,
        'set the same language in the lesson and in the article metadata',
      );
    }
    lesson.exercises.forEach((ex, i) => {
      const where = `exercises[${i}] (${ex.id})`;
      if (ex.items.length < MIN_ITEMS)
        add(where, `${ex.items.length} item(s); a course exercise needs at least ${MIN_ITEMS}`, 'add items, or drop the exercise from this lesson');
      if (ex.supported.length < MIN_SUPPORTED)
        add(
          where,
          `${ex.supported.length} supported passage(s); a course exercise needs at least ${MIN_SUPPORTED}, so learners practise leaving good passages alone`,
          'add supported: passages that are fine for this skill, each with an explanation and a hint',
        );
    });
    if (lesson.band) {
      const stats = textStats(lesson.article.text, lesson.language);
      const limits = BAND_LIMITS[lesson.band];
      const [minWords, maxWords] = limits.words;
      if (stats.words < minWords || stats.words > maxWords)
        add(
          'article',
          `the article has ${stats.words} words; a ${lesson.band} lesson's text has ${minWords} to ${maxWords}`,
          'shorten or lengthen the text, or change band',
        );
      const [minGrade, maxGrade] = limits.grade;
      if (stats.grade !== null && (stats.grade < minGrade || stats.grade > maxGrade)) {
        add(
          'article',
          `the article reads at grade ${stats.grade} (Flesch–Kincaid); ${lesson.band} texts read at grade ${minGrade} to ${maxGrade}`,
          stats.grade > maxGrade
            ? 'use shorter sentences and plainer words, or change band'
            : 'the text is simpler than its band: change band or write it for older readers',
        );
      }
    }
  }
  return problems;
}

export function lessonStats(lesson: Lesson): TextStats & { exercises: { id: string; items: number; supported: number }[] } {
  return {
    ...textStats(lesson.article.text, lesson.language),
    exercises: lesson.exercises.map((e) => ({ id: e.id, items: e.items.length, supported: e.supported.length })),
  };
}
