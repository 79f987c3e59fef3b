// A tiny article and exercises for machine tests: small enough that the whole state
// graph can be walked, real enough to exercise scoring.
import { segmentArticle } from '../../src/lib/text/segment';
import type { AnchoredExercise, AnchoredItem, Lesson } from '../../src/lib/types';

export const TEXT = 'Everyone agrees the plan failed. Officials said costs doubled.\nThe mayor spoke on Monday in a shocking speech.';
export const doc = segmentArticle(TEXT);

export function spanOf(exact: string) {
  const start = TEXT.indexOf(exact);
  if (start < 0) throw new Error(`not in fixture: ${exact}`);
  return { start, end: start + exact.length };
}

function item(id: string, exact: string, attribution?: AnchoredItem['attribution']): AnchoredItem {
  return {
    id,
    target: [{ type: 'TextQuoteSelector', exact }],
    explanation: `Why ${exact}`,
    hint: `Hint for ${id}`,
    span: spanOf(exact),
    ...(attribution ? { attribution } : {}),
  };
}

const common = {
  what: 'What',
  example: { text: 'An example text.', highlight: 'example', explanation: 'Because.' },
  instructions: 'Mark.',
  wrongMark: 'Not in the key.',
  attempts: 2,
  hintCost: 0.5,
  supported: [],
};

export const claimsExercise: AnchoredExercise = {
  ...common,
  id: 'claims',
  skill: 'claims',
  kind: 'mark-words',
  title: 'Claims',
  items: [item('c-everyone', 'Everyone agrees the plan failed'), item('c-doubled', 'costs doubled')],
};
export const sourcesExercise: AnchoredExercise = {
  ...common,
  id: 'sources',
  skill: 'sources',
  kind: 'mark-sources',
  title: 'Sources',
  items: [item('s-officials', 'Officials said', 'vague')],
};

export const lesson: Lesson = {
  id: 'fixture',
  title: 'Fixture lesson',
  seed: 'fixture',
  language: 'en',
  dir: 'ltr',
  level: 'Test',
  minutes: 5,
  intro: 'Intro',
  readingNote: 'Read',
  summary: 'Summary',
  nextSteps: ['Check'],
  exercises: [claimsExercise, sourcesExercise],
  article: { seed: 'fixture', text: TEXT, meta: { title: 'Fixture', language: 'en', known: [], unknown: [] } },
  contentHash: 'abc12345',
};
