// The lesson file format, as a valibot schema. Lesson files in lessons/ are YAML;
// prose fields hold Markdown, which the app renders as text nodes (never as HTML).
import { LESSON_ID_PATTERN } from './lesson-id';
import * as v from 'valibot';
import { BANDS, GENRES, SKILLS, UNITS } from './vocabulary';

export { SKILLS, UNITS };
export type { Band, Genre, Skill } from './vocabulary';

/** How an attribution in the sources exercise is classified by the learner. */
export const ATTRIBUTIONS = ['named-source', 'named-person', 'vague', 'social-media', 'none'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** The machine that runs an exercise: plain word marking, or marking plus classifying. */
export const EXERCISE_KINDS = ['mark-words', 'mark-sources'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

const id = v.pipe(v.string(), v.regex(LESSON_ID_PATTERN, 'ids are lower-case letters, digits and hyphens, e.g. "claims-all-attacks"'));
const prose = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: prose('exact'),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
});
/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article text, end exclusive. */
export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.check((s) => s.end > s.start, 'end must be greater than start'),
);
export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);
const TargetSchema = v.pipe(
  v.array(SelectorSchema),
  v.check(
    (sels) => sels.filter((s) => s.type === 'TextQuoteSelector').length === 1,
    'a target needs exactly one TextQuoteSelector (and at most one TextPositionSelector)',
  ),
  v.check((sels) => sels.filter((s) => s.type === 'TextPositionSelector').length <= 1, 'a target may have at most one TextPositionSelector'),
);

export const ItemSchema = v.strictObject({
  id,
  target: TargetSchema,
  /** Why this passage is an item: one to three sentences a 15-year-old understands. */
  explanation: prose('explanation'),
  /** A nudge towards the passage that does not give it away; costs points when used. */
  hint: prose('hint'),
  /** Sources exercise only: how the claim is attributed. */
  attribution: v.optional(v.picklist(ATTRIBUTIONS, `attribution must be one of: ${ATTRIBUTIONS.join(', ')}`)),
  /**
   * The words that make the passage unsupported or loaded (e.g. "all", "vast majority"), each
   * quoted exactly from the item's own quote: a mark covering all of one finds the item.
   */
  crux: v.optional(
    v.pipe(
      v.array(prose('a crux quote'), 'crux must be a list of quotes from the item, e.g. crux: ["vast majority"]'),
      v.minLength(1, 'crux must list at least one quote, or be left out'),
    ),
  ),
});

/**
 * A passage that is fine (a supported claim, a neutral word, a good source), listed so that
 * learners practise leaving it alone: judgement, not suspicion. A mark on it is still a wrong
 * mark, but the feedback gives this passage's own explanation.
 */
export const SupportedSchema = v.strictObject({
  id,
  target: TargetSchema,
  /** Why the passage is fine, e.g. "the text names the survey, who ran it and when". */
  explanation: prose('explanation'),
  /** A question that leads a learner to see why it is fine (teacher key, discussion). */
  hint: prose('hint'),
});

/** One passage of a worked example, with its kind in a sources exercise. */
const ExampleMarkSchema = v.strictObject({
  /** Copied exactly from the example text. */
  text: prose('example mark text'),
  /** Sources exercise only: the kind of source, shown as the mark's tag like a learner's mark. */
  attribution: v.optional(v.picklist(ATTRIBUTIONS, `example attribution must be one of: ${ATTRIBUTIONS.join(', ')}`)),
});

const WorkedExampleSchema = v.pipe(
  v.strictObject({
    /** A short made-up text, not from the article. */
    text: prose('example text'),
    /** The one part of the example a careful reader would mark (must occur in text). */
    highlight: v.optional(prose('example highlight')),
    /** Several parts, each with its kind: a sources example shows the kinds side by side. */
    marks: v.optional(v.pipe(v.array(ExampleMarkSchema), v.minLength(1, 'example marks must list at least one passage'))),
    explanation: prose('example explanation'),
  }),
  v.check(
    (e) => (e.highlight === undefined) !== (e.marks === undefined),
    'an example needs either highlight (one passage) or marks (several, each with its kind), not both',
  ),
);
export type WorkedExample = v.InferOutput<typeof WorkedExampleSchema>;

export const ExerciseSchema = v.strictObject({
  id,
  skill: v.picklist(SKILLS, `skill must be one of: ${SKILLS.join(', ')}`),
  kind: v.picklist(EXERCISE_KINDS, `kind must be one of: ${EXERCISE_KINDS.join(', ')}`),
  title: prose('title'),
  /** What the skill is, for the intro step. */
  what: prose('what'),
  example: WorkedExampleSchema,
  instructions: prose('instructions'),
  /** Said about a mark that matches no item in the key. */
  wrongMark: prose('wrongMark'),
  /**
   * How closely a mark must match an item. 'phrase': the mark and the item must mostly
   * coincide (loaded words, attributions). 'sentence': a mark that catches enough of the
   * claim and stays within its sentence counts (claims). Default: 'sentence' for claims.
   */
  match: v.optional(v.picklist(['phrase', 'sentence'], 'match must be phrase or sentence')),
  attempts: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)), 3),
  hintCost: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.5),
  items: v.pipe(v.array(ItemSchema), v.minLength(1, 'an exercise needs at least one item')),
  /** Passages a careful reader leaves alone in this exercise (see SupportedSchema). */
  supported: v.optional(v.array(SupportedSchema), []),
});

/** A short guide for the teacher: shown in the teacher view and the printed key. */
export const GuideSchema = v.strictObject({
  goals: v.pipe(v.array(prose('goal')), v.minLength(1), v.maxLength(5)),
  questions: v.pipe(v.array(prose('discussion question')), v.minLength(1), v.maxLength(4)),
  followUp: prose('followUp'),
});

/** Where a lesson sits in the course path (lessons outside the course leave it out). */
const CourseSchema = v.strictObject({
  unit: v.picklist(UNITS, `unit must be one of: ${UNITS.join(', ')}`),
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** Longest article a lesson may carry (about 65,000 words): keeps files and saved state sane. */
export const MAX_ARTICLE_CHARS = 400_000;

export const SeedMetaSchema = v.strictObject({
  title: prose('title'),
  byline: v.optional(v.string()),
  language: v.optional(v.string(), 'en'),
  /** Where the article was published (outlet, address), if known. */
  source: v.optional(v.string()),
  /** When it was published, as the author of the lesson found it (free text, e.g. "2024-03-22"). */
  date: v.optional(v.string()),
  /** What is known about where and when the article was published. */
  known: v.optional(v.array(prose('known fact')), []),
  /** What is not known, said plainly. */
  unknown: v.optional(v.array(prose('unknown fact')), []),
  /**
   * A practice text written for Spotlight: its people, outlets and organisations are invented.
   * The catalog's card says so; `known` should say it too, for the article's details.
   */
  practice: v.optional(v.boolean()),
});

/**
 * An article carried inside the lesson file itself (lessons made on the authoring page),
 * instead of a file in seeds/: the same metadata, plus the text, kept byte for byte.
 */
const InlineArticleSchema = v.strictObject({
  ...SeedMetaSchema.entries,
  text: v.pipe(
    v.string('article.text must be text'),
    v.check((t) => t.trim().length > 0, 'the article text must not be empty'),
    v.maxLength(MAX_ARTICLE_CHARS, `the article is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`),
  ),
});

export const LessonSchema = v.pipe(
  v.strictObject({
    id,
    title: prose('title'),
    /** File stem of the article in seeds/, e.g. "000_9d20e17f153f9736" (or give `article`). */
    seed: v.optional(v.pipe(v.string(), v.minLength(1))),
    /** The article itself, for a lesson that travels as one file (or give `seed`). */
    article: v.optional(InlineArticleSchema),
    language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)), 'en'),
    dir: v.optional(v.picklist(['ltr', 'rtl']), 'ltr'),
    level: prose('level'),
    band: v.optional(v.picklist(BANDS, `band must be one of: ${BANDS.join(', ')}`)),
    genre: v.optional(v.picklist(GENRES, `genre must be one of: ${GENRES.join(', ')}`)),
    course: v.optional(CourseSchema),
    guide: v.optional(GuideSchema),
    minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** Shown on the welcome step. */
    intro: prose('intro'),
    /** Shown before the learner reads the article. */
    readingNote: prose('readingNote'),
    exercises: v.pipe(v.array(ExerciseSchema), v.minLength(1)),
    summary: prose('summary'),
    /** What a careful reader would check next (lateral reading). */
    nextSteps: v.pipe(v.array(prose('next step')), v.minLength(1)),
  }),
  v.check(
    (l) => (l.seed === undefined) !== (l.article === undefined),
    'a lesson needs either seed (an article in seeds/) or article (the text in the lesson file), not both',
  ),
);

export type LessonFile = v.InferOutput<typeof LessonSchema>;
export type ExerciseFile = v.InferOutput<typeof ExerciseSchema>;
export type ItemFile = v.InferOutput<typeof ItemSchema>;
export type SupportedFile = v.InferOutput<typeof SupportedSchema>;
export type GuideFile = v.InferOutput<typeof GuideSchema>;
export type SeedMeta = v.InferOutput<typeof SeedMetaSchema>;
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type Selector = v.InferOutput<typeof SelectorSchema>;
