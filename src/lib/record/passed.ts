// The pass rule, reported to the LMS and in xAPI: one share, one comparison.
import type { Totals } from './totals';

/** The share of a lesson's points needed to pass, unless a package or the LMS sets another. */
export const PASSING_SHARE = 0.6;

export function passed(t: Totals, share = PASSING_SHARE): boolean {
  // The tolerance keeps 0.6 of 10 points a pass despite floating-point sums.
  return t.max > 0 && t.points / t.max >= share - 1e-9;
}
