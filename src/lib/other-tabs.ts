// Noticing that another tab of this app, in the same browser, changed something both tabs
// keep (imported results, an authoring draft, a lesson's progress), so that neither tab
// overwrites the other's work without a word. A BroadcastChannel where the browser has one;
// otherwise the `storage` event, which browsers fire in the *other* tabs of the origin
// whenever localStorage changes (never in the tab that wrote).

export type OtherTabChange =
  /** Another tab called announce() on the same channel. */
  | { kind: 'announced'; detail: string }
  /** Another tab wrote or removed a watched localStorage key (key null: it cleared all of localStorage). */
  | { kind: 'storage'; key: string | null };

export interface WatchOptions {
  onChange: (change: OtherTabChange) => void;
  /**
   * localStorage keys whose every change by another tab counts, announced or not: a tab
   * running an older version of the app writes without announcing.
   */
  storageKeys?: readonly string[];
}

export interface OtherTabs {
  /** Tells the other tabs on this channel "I wrote" (this tab is not told). */
  announce: (detail?: string) => void;
  /** Stops listening: call it when the page goes away. */
  close: () => void;
}

/** Where announcements go when there is no BroadcastChannel (set, then removed at once). */
export const FALLBACK_PREFIX = 'spotlight:other-tabs:';

function local(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: then no storage events arrive either
  }
}

export function watchOtherTabs(channel: string, { onChange, storageKeys = [] }: WatchOptions): OtherTabs {
  const fallbackKey = `${FALLBACK_PREFIX}${channel}`;
  const bc = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`spotlight:${channel}`) : null;
  const onMessage = (e: MessageEvent<unknown>) => onChange({ kind: 'announced', detail: typeof e.data === 'string' ? e.data : '' });
  bc?.addEventListener('message', onMessage);

  const onStorage = (e: StorageEvent) => {
    const storage = local();
    if (!storage || e.storageArea !== storage) return; // sessionStorage is per tab anyway
    if (e.key === null) {
      if (storageKeys.length) onChange({ kind: 'storage', key: null });
    } else if (storageKeys.includes(e.key)) {
      onChange({ kind: 'storage', key: e.key });
    } else if (!bc && e.key === fallbackKey && e.newValue !== null) {
      // The removal that follows each announcement has newValue null and is skipped.
      const detail = (JSON.parse(e.newValue) as { detail?: unknown }).detail;
      onChange({ kind: 'announced', detail: typeof detail === 'string' ? detail : '' });
    }
  };
  const win = typeof window === 'undefined' ? null : window;
  win?.addEventListener('storage', onStorage);

  let count = 0;
  return {
    announce(detail = '') {
      if (bc) return bc.postMessage(detail);
      const storage = local();
      if (!storage) return;
      try {
        // A value never written before, or no event fires; removed at once, so nothing is left behind.
        storage.setItem(fallbackKey, JSON.stringify({ at: Date.now(), n: count++, r: Math.random(), detail }));
        storage.removeItem(fallbackKey);
      } catch {
        /* storage full or blocked: the other tabs still merge when they next save */
      }
    },
    close() {
      bc?.removeEventListener('message', onMessage);
      bc?.close();
      win?.removeEventListener('storage', onStorage);
    },
  };
}
