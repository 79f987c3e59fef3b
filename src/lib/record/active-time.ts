// Time spent on a lesson, as a teacher means it: time the learner was at work on it, not the
// time the tab stood open. The page reports activity (a key, a tap, a scroll, a change in the
// lesson); the gap since the last activity counts, but never more than IDLE_LIMIT_MS, so a tab
// left open over lunch adds two minutes, not an hour, and a hidden page adds nothing. It stops
// when the lesson is finished, so the finished record (and its hand-in) no longer changes.
// Pure: the clock is a value and `now` is passed in, so the rule is tested without waiting.

/** The longest gap between two activities that counts in full: reading a long paragraph without scrolling fits in it. */
export const IDLE_LIMIT_MS = 2 * 60_000;

export interface ActiveClock {
  /** Active time counted so far. */
  readonly ms: number;
  /** When the last activity was seen; null while paused (page hidden, or not started). */
  readonly lastAt: number | null;
}

/** A clock resuming from a record's seconds (or 0), paused until the first activity. */
export const startClock = (seconds = 0): ActiveClock => ({ ms: Math.max(0, seconds) * 1000, lastAt: null });

/** Activity at `now`: the gap since the last one counts, up to IDLE_LIMIT_MS. A clock that went backwards adds nothing. */
export function activity(clock: ActiveClock, now: number): ActiveClock {
  if (clock.lastAt === null) return { ms: clock.ms, lastAt: now };
  const gap = Math.min(Math.max(0, now - clock.lastAt), IDLE_LIMIT_MS);
  return { ms: clock.ms + gap, lastAt: now };
}

/** The page was hidden at `now`: the time up to it counts, the time until the next activity does not. */
export const pause = (clock: ActiveClock, now: number): ActiveClock => ({ ms: activity(clock, now).ms, lastAt: null });

/** Whole seconds, as the record keeps them. */
export const activeSeconds = (clock: ActiveClock): number => Math.round(clock.ms / 1000);
