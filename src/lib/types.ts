// Shared runtime types: a lesson after validation and anchoring, learner marks and scores.
import type { Attribution, ExerciseFile, ExerciseKind, ItemFile, LessonFile, SeedMeta, Skill, SupportedFile } from './lesson/schema';

export type { Attribution, ExerciseKind, Skill };

/** A half-open range of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** An answer-key item whose target has been anchored in the article. */
export interface AnchoredItem extends ItemFile {
  span: Span;
}
/** A passage that is fine for this exercise, anchored in the article. */
export interface AnchoredSupported extends SupportedFile {
  span: Span;
}
export interface AnchoredExercise extends Omit<ExerciseFile, 'items' | 'supported'> {
  items: AnchoredItem[];
  supported: AnchoredSupported[];
}

export interface Article {
  /** The file stem in seeds/, or null when the lesson file carries the article itself. */
  seed: string | null;
  text: string;
  meta: SeedMeta;
}

export interface Lesson extends Omit<LessonFile, 'exercises' | 'article'> {
  exercises: AnchoredExercise[];
  article: Article;
  /** Short hash of the lesson and article text: saved progress is only restored into the same content. */
  contentHash: string;
}

/** The category a learner gives a mark: the skill itself, or an attribution in the sources exercise. */
export type MarkCategory = Skill | Attribution;

/** A learner's mark: word-aligned, in the same coordinates as a TextPositionSelector. */
export interface Mark extends Span {
  id: string;
  category: MarkCategory;
}

/** What a component may see of an exercise: no items, explanations or hints. */
export interface PublicExercise {
  id: string;
  skill: Skill;
  kind: ExerciseKind;
  title: string;
  instructions: string;
  categories: MarkCategory[];
  itemCount: number;
  attempts: number;
  hintCost: number;
}

export interface SupportedMark {
  markId: string;
  passageId: string;
}

export type ItemStatus = 'found' | 'partial' | 'missed';
export interface ItemResult {
  itemId: string;
  status: ItemStatus;
  /** 0, 0.25, 0.5 or 1 (halved for a wrong kind of attribution); see score-marks.ts. */
  credit: number;
  /** Marks that count for this item (each mark counts for at most one item). */
  markIds: string[];
  /** Sources exercise: whether the best mark's category matches the key. */
  categoryCorrect?: boolean;
  chosenCategory?: MarkCategory;
}
export interface ScoreResult {
  points: number;
  max: number;
  items: ItemResult[];
  /** Marks that overlap no item. */
  wrongMarkIds: string[];
  /**
   * Wrong marks that fall on a supported passage (one that is fine), and which passage.
   * Absent in results saved before supported passages existed: read it as none.
   */
  onSupported?: SupportedMark[];
  hintPenalty: number;
}
