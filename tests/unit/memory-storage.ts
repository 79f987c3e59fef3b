// A key-value storage in memory, standing in for localStorage or an LMS's suspend_data.
import type { KeyValueStore } from '../../src/lib/progress/progress-store';

export function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
