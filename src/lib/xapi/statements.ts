// xAPI statements for a lesson, with ADL's verbs: launched (the lesson opened), answered
// (one per answer-key item at each check, with the text the learner marked), completed
// (the summary reached), and passed or failed with the score. Pure: ids and times are
// passed in, so the statements can be tested exactly.
import { passed } from '../record/passed';
import { scaledScore } from '../record/totals';

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
export type VerbName = keyof typeof VERBS;

export type Actor = { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };

export interface Statement {
  id: string;
  timestamp: string;
  actor: Actor;
  verb: { id: string; display: { 'en-US': string } };
  object: { objectType: 'Activity'; id: string; definition: { name: { [lang: string]: string }; type: string } };
  result?: { success?: boolean; completion?: boolean; response?: string; score?: { raw: number; min: number; max: number; scaled: number } };
  context?: {
    contextActivities?: { parent?: { objectType: 'Activity'; id: string }[]; grouping?: { objectType: 'Activity'; id: string }[] };
    language?: string;
  };
}

export interface LessonRef {
  /** Absolute IRI of the lesson, e.g. https://school.example/spotlight/#/lesson/tajik-isis-k */
  iri: string;
  title: string;
  language: string;
  /** The assignment, when the lesson is done as part of one. */
  assignmentIri?: string;
}
export interface Stamp {
  id: string;
  timestamp: string;
}

const ACTIVITY = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

function base(stamp: Stamp, actor: Actor, verb: VerbName, lesson: LessonRef): Statement {
  return {
    id: stamp.id,
    timestamp: stamp.timestamp,
    actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: lesson.iri, definition: { name: { [lesson.language]: lesson.title }, type: ACTIVITY.lesson } },
    context: {
      language: lesson.language,
      ...(lesson.assignmentIri ? { contextActivities: { grouping: [{ objectType: 'Activity', id: lesson.assignmentIri }] } } : {}),
    },
  };
}

export const launched = (s: Stamp, actor: Actor, lesson: LessonRef) => base(s, actor, 'launched', lesson);

export interface AnsweredItem {
  exerciseId: string;
  itemId: string;
  skill: string;
  /** The learner's marked text that counted for this item ('' when the item was missed). */
  response: string;
  found: boolean;
  credit: number;
}
export function answered(s: Stamp, actor: Actor, lesson: LessonRef, item: AnsweredItem): Statement {
  const st = base(s, actor, 'answered', lesson);
  return {
    ...st,
    object: {
      objectType: 'Activity',
      id: `${lesson.iri}/${encodeURIComponent(item.exerciseId)}/${encodeURIComponent(item.itemId)}`,
      definition: { name: { [lesson.language]: `${item.skill}: ${item.itemId}` }, type: ACTIVITY.interaction },
    },
    result: { success: item.found, response: item.response, score: { raw: item.credit, min: 0, max: 1, scaled: item.credit } },
    context: { ...st.context, contextActivities: { ...st.context?.contextActivities, parent: [{ objectType: 'Activity', id: lesson.iri }] } },
  };
}

export const completed = (s: Stamp, actor: Actor, lesson: LessonRef) => ({ ...base(s, actor, 'completed', lesson), result: { completion: true } });

export function graded(s: Stamp, actor: Actor, lesson: LessonRef, score: { raw: number; max: number }, passingScore: number): Statement {
  const scaled = scaledScore({ points: score.raw, max: score.max });
  const success = passed({ points: score.raw, max: score.max }, passingScore);
  return {
    ...base(s, actor, success ? 'passed' : 'failed', lesson),
    result: { success, completion: true, score: { raw: score.raw, min: 0, max: score.max, scaled } },
  };
}
