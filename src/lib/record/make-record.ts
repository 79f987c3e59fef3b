// A record from what the actors hold, with each mark's quote taken from the article.
import { describeSpan } from '../anchoring/anchor';
import { isFinished } from './finished';
import { textHashOf } from './reanchor';
import { RECORD_FORMAT, RECORD_VERSION, type AttemptRecord, type ExerciseRecord } from './attempt-record';

/** Characters of context kept either side of a mark's quote: enough to tell repeats apart. */
const QUOTE_CONTEXT = 8;

export interface RecordOwner {
  lessonId: string;
  contentHash: string;
}

export function withQuotes(r: ExerciseRecord, text: string): ExerciseRecord {
  return {
    ...r,
    marks: r.marks.map((m) => {
      const [{ exact, prefix, suffix }] = describeSpan(text, m, QUOTE_CONTEXT);
      return { id: m.id, start: m.start, end: m.end, category: m.category, quote: { exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) } };
    }),
  };
}

export interface RecordExtras {
  now?: Date;
  /** Carries over a finished record's earlier version (see reanchor.ts) for as long as the lesson stays finished. */
  keptFrom?: string | undefined;
  /** The active time so far (active-time.ts); left out when not counted. */
  activeSeconds?: number | undefined;
}

/** The record of the actors' attempt. */
export function makeRecord(
  owner: RecordOwner,
  attempt: Pick<AttemptRecord, 'step' | 'exercises'>,
  text: string,
  { now = new Date(), keptFrom, activeSeconds }: RecordExtras = {},
): AttemptRecord {
  // Only the exercise in progress needs its marks' words: after an edit of the lesson a
  // finished exercise keeps its result, not its marks (and an LMS's 4,096 characters are few).
  const exercises = Object.fromEntries(Object.entries(attempt.exercises).map(([id, r]) => [id, r.phase === 'done' ? r : withQuotes(r, text)]));
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    lessonId: owner.lessonId,
    contentHash: owner.contentHash,
    textHash: textHashOf(text),
    ...(keptFrom !== undefined && isFinished(attempt) ? { keptFrom } : {}),
    savedAt: now.toISOString(),
    ...(activeSeconds !== undefined ? { activeSeconds } : {}),
    step: attempt.step,
    exercises,
  };
}
