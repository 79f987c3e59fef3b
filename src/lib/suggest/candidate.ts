// What each rule produces: a suggestion before ranking gives it an id. Rules see the
// segmented article, so offsets are always UTF-16 offsets into the original text.
import type { Suggestion } from './types';

export type Candidate = Omit<Suggestion, 'id'>;

/** Score to 0..1 with two decimals: ties then break on position, and the figures read cleanly. */
export const clampScore = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
