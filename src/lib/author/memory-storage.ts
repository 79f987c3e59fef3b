// A key-value store that lives only as long as the page: the authoring preview's progress.
import type { KeyValueStore } from '../progress/progress-store';

export function memoryStorage(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}
