// The draft as a lesson file, and every reason it cannot be exported yet. The page's own
// checks come first and speak of its fields; what they pass then goes through
// buildLessonFromData, the same schema and anchoring as lessons/, so an exported file is
// one `npm run lessons:check` accepts.
import { isLessonId } from '../lesson/lesson-id';
import { buildLessonFromData } from '../lesson/build-lesson';
import { MAX_ARTICLE_CHARS, SKILLS, type LessonFile, type Skill } from '../lesson/schema';
import type { Lesson } from '../types';
import { directionOf, draftLanguage, type Draft, type Translate } from './draft';
import { buildTarget } from './selectors';

/** A problem in the teacher's words: where (a field's label), what is wrong, how to fix it; `field` is the id of the control to focus. */
export interface AuthorProblem {
  field: string;
  where: string;
  message: string;
  fix: string;
}

const KIND: Record<Skill, 'mark-words' | 'mark-sources'> = { claims: 'mark-words', emotive: 'mark-words', sources: 'mark-sources' };
const EXERCISE_FIELDS = ['title', 'what', 'exampleText', 'exampleHighlight', 'exampleExplanation', 'instructions', 'wrongMark'] as const;
const LESSON_FIELDS = ['title', 'level', 'intro', 'readingNote', 'summary'] as const;

/** Where an item now is in the text: its recorded span if the text there is unchanged, else the quote's only occurrence. */
function itemSpan(text: string, item: { start: number; end: number; exact: string }) {
  if (text.slice(item.start, item.end) === item.exact && item.exact) return { start: item.start, end: item.end };
  const at = item.exact ? text.indexOf(item.exact) : -1;
  return at >= 0 && text.indexOf(item.exact, at + 1) < 0 ? { start: at, end: at + item.exact.length } : null;
}

function draftToLesson(draft: Draft): LessonFile {
  const language = draftLanguage(draft) || 'en';
  const l = draft.lesson;
  const m = draft.meta;
  const exercises = SKILLS.filter((s) => draft.exercises[s].items.length > 0).map((skill) => {
    const ex = draft.exercises[skill];
    return {
      id: skill,
      skill,
      kind: KIND[skill],
      title: ex.title,
      what: ex.what,
      example: { text: ex.exampleText, highlight: ex.exampleHighlight, explanation: ex.exampleExplanation },
      instructions: ex.instructions,
      wrongMark: ex.wrongMark,
      ...(skill === 'claims' ? {} : { match: 'phrase' as const }),
      attempts: 3,
      hintCost: 0.5,
      supported: [],
      items: ex.items.map((item) => {
        const span = itemSpan(draft.text, item);
        return {
          id: item.id,
          target: span ? buildTarget(draft.text, span) : [{ type: 'TextQuoteSelector' as const, exact: item.exact }],
          explanation: item.explanation,
          hint: item.hint,
          ...(skill === 'sources' && item.attribution ? { attribution: item.attribution } : {}),
        };
      }),
    };
  });
  return {
    id: l.id,
    title: l.title,
    language,
    dir: directionOf(language),
    level: l.level,
    minutes: l.minutes ?? 0,
    intro: l.intro,
    readingNote: l.readingNote,
    exercises,
    summary: l.summary,
    nextSteps: l.nextSteps.filter((s) => s.trim() !== ''),
    article: {
      title: m.title,
      ...(m.byline.trim() ? { byline: m.byline } : {}),
      language,
      ...(m.source.trim() ? { source: m.source } : {}),
      ...(m.date.trim() ? { date: m.date } : {}),
      known: [],
      unknown: [],
      text: draft.text,
    },
  };
}

export type DraftCheck = { ok: true; file: LessonFile; lesson: Lesson; problems: [] } | { ok: false; file: LessonFile; problems: AuthorProblem[] };

export function checkDraft(draft: Draft, tr: Translate): DraftCheck {
  const problems: AuthorProblem[] = [];
  const add = (field: string, where: string, kind: string, values: Record<string, unknown> = {}) =>
    problems.push({ field, where, message: tr(`author.problems.${kind}`, values), fix: tr(`author.problems.${kind}Fix`, values) });
  const label = (key: string) => tr(`author.fields.${key}`);
  const empty = (s: string) => s.trim() === '';

  if (empty(draft.text)) add('author-text', label('text'), 'required');
  if (draft.text.length > MAX_ARTICLE_CHARS) add('author-text', label('text'), 'tooLong', { max: MAX_ARTICLE_CHARS });
  if (empty(draft.meta.title)) add('author-meta-title', label('articleTitle'), 'required');
  if (draft.meta.language === 'other' && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(draft.meta.otherLanguage.trim()))
    add('author-meta-other', label('otherLanguage'), 'languageCode');
  if (!isLessonId(draft.lesson.id)) add('author-lesson-id', label('id'), 'id');
  for (const f of LESSON_FIELDS) if (empty(draft.lesson[f])) add(`author-lesson-${f}`, label(f), 'required');
  if (draft.lesson.minutes === null || !Number.isInteger(draft.lesson.minutes) || draft.lesson.minutes < 1)
    add('author-lesson-minutes', label('minutes'), 'minutes');
  if (draft.lesson.nextSteps.every(empty)) add('author-lesson-nextSteps', label('nextSteps'), 'required');
  if (SKILLS.every((s) => draft.exercises[s].items.length === 0)) add('author-find-claims', tr('author.items.heading'), 'noItems');

  for (const skill of SKILLS) {
    const ex = draft.exercises[skill];
    if (ex.items.length === 0) continue;
    const skillName = tr(`author.skills.${skill}`);
    // An exercise's "title" field is labelled "Exercise title" on the page, not the lesson's "Title".
    const exLabel = (f: string) => label(f === 'title' ? 'exerciseTitle' : f);
    for (const f of EXERCISE_FIELDS) if (empty(ex[f])) add(`author-ex-${skill}-${f}`, `${skillName} › ${exLabel(f)}`, 'required');
    if (!empty(ex.exampleHighlight) && !ex.exampleText.includes(ex.exampleHighlight))
      add(`author-ex-${skill}-exampleHighlight`, `${skillName} › ${label('exampleHighlight')}`, 'highlight');
    ex.items.forEach((item, i) => {
      const where = `${skillName} › ${tr('author.items.item', { n: i + 1 })} (${tr('author.problems.quoted', { text: item.exact.slice(0, 40) })})`;
      if (empty(item.explanation)) add(`author-item-${item.id}-explanation`, where, 'explanation');
      if (empty(item.hint)) add(`author-item-${item.id}-hint`, where, 'hint');
      if (skill === 'sources' && !item.attribution) add(`author-item-${item.id}-attribution`, where, 'attribution');
      const span = itemSpan(draft.text, item);
      if (!span) return add(`author-item-${item.id}-remove`, where, 'itemMoved');
      const other = ex.items.findIndex((o, j) => {
        const s = j < i ? itemSpan(draft.text, o) : null;
        return s !== null && s.start < span.end && span.start < s.end;
      });
      if (other >= 0) add(`author-item-${item.id}-remove`, where, 'overlap', { n: other + 1 });
    });
  }
  const file = draftToLesson(draft);
  if (problems.length > 0) return { ok: false, file, problems };

  // What the page's checks cannot see (overlapping items, a quote too short to place...).
  const built = buildLessonFromData(`${file.id}.yaml`, file, 'author-draft', {});
  if (built.ok) return { ok: true, file, lesson: built.lesson, problems: [] };
  return {
    ok: false,
    file,
    problems: built.problems.map((p) => ({ field: fieldOf(draft, p.where), where: whereOf(draft, p.where, tr), message: p.message, fix: p.fix })),
  };
}

/** exercises[i]…items[j] in a schema path, as the skill and item the teacher sees. */
function locate(draft: Draft, where: string): { skill: Skill; item?: number } | null {
  const m = /exercises\[(\d+)\](?:.*?items\[(\d+)\])?/.exec(where);
  if (!m) return null;
  const skill = SKILLS.filter((s) => draft.exercises[s].items.length > 0)[Number(m[1])];
  return skill ? { skill, ...(m[2] !== undefined ? { item: Number(m[2]) } : {}) } : null;
}

function whereOf(draft: Draft, where: string, tr: Translate): string {
  const at = locate(draft, where);
  if (!at) return where;
  const skillName = tr(`author.skills.${at.skill}`);
  return at.item === undefined ? skillName : `${skillName} › ${tr('author.items.item', { n: at.item + 1 })}`;
}

function fieldOf(draft: Draft, where: string): string {
  const at = locate(draft, where);
  if (!at) return 'author-lesson-title';
  const item = at.item !== undefined ? draft.exercises[at.skill].items[at.item] : undefined;
  return item ? `author-item-${item.id}-explanation` : `author-ex-${at.skill}-title`;
}
