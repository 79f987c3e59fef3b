// A lesson's points over its maximum: the summary, the assignment home, the results file, the
// LMS score and the xAPI score are all this sum.
import { exerciseOf, type AttemptRecord, type ExerciseRecord } from './attempt-record';

export interface Totals {
  points: number;
  max: number;
}

/** The learner's points for one exercise: those of its last check. */
export const exercisePoints = (r: ExerciseRecord | undefined): number => r?.result?.points ?? 0;

/**
 * Points over the maximum. With the lesson's exercises (id and item count) the maximum is the
 * lesson's; without (the home page, the LMS) it is what the record's results say.
 */
export function totals(record: Pick<AttemptRecord, 'exercises'>, exercises?: readonly { id: string; itemCount: number }[]): Totals {
  const list = exercises ?? Object.entries(record.exercises).map(([id, r]) => ({ id, itemCount: r.result?.max ?? 0 }));
  const points = list.reduce((s, ex) => s + exercisePoints(exerciseOf(record, ex.id)), 0);
  // Rounded to hundredths: credits are quarters and hint costs halves, but sums of floats drift.
  return { points: Math.round(points * 100) / 100, max: list.reduce((s, ex) => s + ex.itemCount, 0) };
}

/**
 * The share of the maximum, the one percentage rule: as a fraction to four places (0.2143;
 * SCORM 2004's cmi.score.scaled, xAPI's score.scaled) and as a percentage to two (21.43; the
 * raw score every LMS grades from). Each is rounded from the points, not from the other.
 */
export const scaledScore = (t: Totals): number => (t.max > 0 ? Math.round((t.points / t.max) * 10000) / 10000 : 0);
export const percentScore = (t: Totals): number => (t.max > 0 ? Math.round((t.points / t.max) * 10000) / 100 : 0);

/** How the summary speaks to a score: full marks, at least half (middle), or below half (low). */
type ScoreBand = 'full' | 'middle' | 'low';
export const scoreBand = (t: Totals): ScoreBand => (t.max > 0 && t.points >= t.max ? 'full' : percentScore(t) >= 50 ? 'middle' : 'low');
