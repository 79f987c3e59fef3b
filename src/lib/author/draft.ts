// The lesson being written on the authoring page: what the teacher has typed, kept as plain
// data so it can be autosaved, restored, checked and turned into a lesson file.
import * as v from 'valibot';
import { ATTRIBUTIONS, SKILLS, type Skill } from '../lesson/schema';
import type { KeyValueStore } from '../progress/progress-store';

export const DRAFT_KEY = 'spotlight:author-draft';
export const LANGUAGE_CHOICES = ['en', 'fa', 'ru', 'other'] as const;
const RTL = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** Looks up a message (the page passes its t()); the lib stays free of the UI. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

const str = v.string();
const DraftItemSchema = v.object({
  id: str,
  start: v.number(),
  end: v.number(),
  exact: str,
  explanation: str,
  hint: str,
  attribution: v.optional(v.picklist(ATTRIBUTIONS)),
  /** The detector's reason, kept beside the item as a reminder (never exported). */
  why: v.optional(str),
});
const DraftExerciseSchema = v.object({
  title: str,
  what: str,
  exampleText: str,
  exampleHighlight: str,
  exampleExplanation: str,
  instructions: str,
  wrongMark: str,
  items: v.array(DraftItemSchema),
});
const DraftSchema = v.object({
  version: v.literal(1),
  text: str,
  meta: v.object({ title: str, byline: str, source: str, date: str, language: v.picklist(LANGUAGE_CHOICES), otherLanguage: str }),
  lesson: v.object({
    id: str,
    idTouched: v.boolean(),
    title: str,
    titleTouched: v.boolean(),
    level: str, // null while the field is empty (what a cleared number input gives)
    minutes: v.nullable(v.number()),
    intro: str,
    readingNote: str,
    summary: str,
    nextSteps: v.array(str),
  }),
  exercises: v.object({ claims: DraftExerciseSchema, emotive: DraftExerciseSchema, sources: DraftExerciseSchema }),
  /** Suggestions the teacher rejected, by rejectionKey (so they stay hidden across edits and reloads). */
  rejected: v.array(str),
  nextItem: v.number(),
});
export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftItem = v.InferOutput<typeof DraftItemSchema>;
export type DraftExercise = v.InferOutput<typeof DraftExerciseSchema>;
export type { Skill };

/** A new, empty lesson, with the exercise and lesson texts prefilled from the templates. */
export function newDraft(tr: Translate): Draft {
  const exercise = (skill: Skill): DraftExercise => {
    const k = (f: string) => tr(`author.templates.${skill}.${f}`);
    return {
      title: k('title'),
      what: k('what'),
      exampleText: k('exampleText'),
      exampleHighlight: k('exampleHighlight'),
      exampleExplanation: k('exampleExplanation'),
      instructions: k('instructions'),
      wrongMark: k('wrongMark'),
      items: [],
    };
  };
  return {
    version: 1,
    text: '',
    meta: { title: '', byline: '', source: '', date: '', language: 'en', otherLanguage: '' },
    lesson: {
      id: '',
      idTouched: false,
      title: '',
      titleTouched: false,
      level: tr('author.defaults.level'),
      minutes: 30,
      intro: tr('author.defaults.intro'),
      readingNote: tr('author.defaults.readingNote'),
      summary: tr('author.defaults.summary'),
      nextSteps: [1, 2, 3, 4].map((n) => tr(`author.defaults.nextStep${n}`)),
    },
    exercises: Object.fromEntries(SKILLS.map((s) => [s, exercise(s)])) as Draft['exercises'],
    rejected: [],
    nextItem: 1,
  };
}

export function draftLanguage(draft: Draft): string {
  return draft.meta.language === 'other' ? draft.meta.otherLanguage.trim() : draft.meta.language;
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/** An id from a title: lower-case letters and digits joined by hyphens (other scripts dropped). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export type DraftLoad = { kind: 'none' } | { kind: 'ok'; draft: Draft } | { kind: 'corrupt' };

export function loadDraft(storage: KeyValueStore): DraftLoad {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const parsed = v.safeParse(DraftSchema, JSON.parse(raw));
    if (parsed.success) return { kind: 'ok', draft: parsed.output };
  } catch {
    /* not JSON: reported below */
  }
  try {
    // Kept aside, not deleted: a broken draft may still hold text the teacher wants back.
    storage.setItem(`${DRAFT_KEY}:unreadable`, raw);
    storage.removeItem(DRAFT_KEY);
  } catch {
    /* storage blocked: the page still says so */
  }
  return { kind: 'corrupt' };
}

/**
 * The draft to work on: the stored one, else a new one. `json` is that draft as it would be
 * saved: the page writes only when its draft differs from it, since every write makes the
 * other tabs with this draft stop and ask (opening a second tab must not do that).
 */
export function startDraft(storage: KeyValueStore | null, tr: Translate): { draft: Draft; corrupt: boolean; json: string } {
  const loaded = storage ? loadDraft(storage) : { kind: 'none' as const };
  const draft = loaded.kind === 'ok' ? loaded.draft : newDraft(tr);
  return { draft, corrupt: loaded.kind === 'corrupt', json: JSON.stringify(draft) };
}

/** Returns false when the browser refused (private mode, quota): the page says so. */
export function saveDraft(storage: KeyValueStore, draft: Draft): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The id prefix of a suggestion's card controls (Accept is `${id}-accept`). */
export function suggestionDomId(s: { skill: Skill; start: number; end: number }): string {
  return `author-sug-${s.skill}-${s.start}-${s.end}`;
}

/** A suggestion's identity in one run of the detector: skill and place in the text. */
export function suggestionKey(s: { skill: Skill; start: number; end: number }): string {
  return `${s.skill}:${s.start}:${s.end}`;
}

/**
 * What a rejection remembers: the skill, the words and which occurrence of them, not the
 * offsets, which shift whenever the teacher edits the text above the passage.
 */
export function rejectionKey(s: { skill: Skill; start: number; exact: string }, text: string): string {
  let n = 0;
  for (let i = text.indexOf(s.exact); i >= 0 && i < s.start; i = text.indexOf(s.exact, i + 1)) n++;
  return `${s.skill}:${n}:${s.exact}`;
}
