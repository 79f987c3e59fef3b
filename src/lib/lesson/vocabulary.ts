// The lesson format's fixed words (skills, levels, kinds of text, course units), apart from the
// schema so that the home page can use them without loading the schema library.
export const SKILLS = ['claims', 'emotive', 'sources'] as const;
export type Skill = (typeof SKILLS)[number];

/** Course levels; `level` stays the words shown to people ("Ages 11–13 · beginner"). */
export const BANDS = ['beginner', 'intermediate', 'advanced'] as const;
export type Band = (typeof BANDS)[number];
export const GENRES = [
  'news-report',
  'opinion',
  'press-release',
  'social-post',
  'statistics',
  'science',
  'sponsored',
  'rumour',
  'explainer',
  'letter-speech',
] as const;
export type Genre = (typeof GENRES)[number];
/** The course's units, in the order the path suggests them. */
export const UNITS = ['start-here', 'claims-evidence', 'words-that-push', 'who-says-so', 'putting-together'] as const;
export type Unit = (typeof UNITS)[number];
