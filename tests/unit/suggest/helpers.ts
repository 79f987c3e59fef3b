// Small helpers for the detector tests: the suggestions of one skill or kind, as their text.
import { suggest } from '../../../src/lib/suggest/detector';
import type { Suggestion, SuggestionKind } from '../../../src/lib/suggest/types';
import type { Skill } from '../../../src/lib/lesson/schema';

export const of = (text: string, skill: Skill): Suggestion[] => suggest(text).filter((s) => s.skill === skill);
export const exacts = (text: string, skill: Skill): string[] => of(text, skill).map((s) => s.exact);
export const kinds = (text: string, kind: SuggestionKind): string[] =>
  suggest(text)
    .filter((s) => s.kind === kind)
    .map((s) => s.exact);
