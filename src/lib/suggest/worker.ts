// The detector in a module Web Worker: segmenting and scanning a 50,000-word paste takes
// most of a second on a laptop, which must not freeze the authoring page. Created by
// client.ts; one request at a time, answered with its id.
import { suggest } from './detector';
import type { SuggestRequest, SuggestResponse } from './protocol';

// The project's TypeScript lib is DOM, not WebWorker: this is the part of the worker scope used here.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<SuggestRequest>) => void): void;
  postMessage(message: SuggestResponse): void;
};

scope.addEventListener('message', (e) => {
  const { id, text, options } = e.data;
  try {
    scope.postMessage({ id, suggestions: suggest(text, options) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
