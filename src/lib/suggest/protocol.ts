// Messages between client.ts and worker.ts: a request carries an id so answers, which
// may come back in any order after a failure, find the promise that waits for them.
import type { DetectorOptions, Suggestion } from './types';

export interface SuggestRequest {
  id: number;
  text: string;
  options: DetectorOptions;
}
export type SuggestResponse = { id: number; suggestions: Suggestion[] } | { id: number; error: string };
