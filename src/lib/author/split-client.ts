// Asks the split worker for a summary of the text (see worker-channel.ts for how a worker
// that is missing or fails is replaced by splitting here).
import { workerChannel } from '../worker-channel';
import { splitSummary, type SplitSummary } from './split';

interface SplitRequest {
  text: string;
  locale: string;
}

const channel = workerChannel<SplitRequest, SplitSummary>({
  create: () => new Worker(new URL('./split.worker.ts', import.meta.url), { type: 'module' }),
  answerOf: (data) => (data as { summary: SplitSummary }).summary,
  fallback: ({ text, locale }) => splitSummary(text, locale),
});

export function splitOffThread(text: string, locale: string): Promise<SplitSummary> {
  return channel.send({ text, locale }).answer;
}
