// Another tab's writes are heard: its announcements (BroadcastChannel, or localStorage where
// there is none) and its changes to watched localStorage keys; never this tab's own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_PREFIX, watchOtherTabs, type OtherTabChange, type OtherTabs } from './other-tabs';

const open: OtherTabs[] = [];
afterEach(() => {
  open.splice(0).forEach((w) => w.close());
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});
function watch(channel: string, storageKeys?: string[]) {
  const heard: OtherTabChange[] = [];
  const w = watchOtherTabs(channel, { onChange: (c) => heard.push(c), storageKeys });
  open.push(w);
  return { w, heard };
}
const storageEvent = (init: StorageEventInit) => window.dispatchEvent(new StorageEvent('storage', { storageArea: localStorage, ...init }));
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('watchOtherTabs', () => {
  it('tells the other tabs on the same channel, not the one that announced nor other channels', async () => {
    const a = watch('results');
    const b = watch('results');
    const c = watch('something-else');
    a.w.announce('added');
    await vi.waitFor(() => expect(b.heard).toEqual([{ kind: 'announced', detail: 'added' }]));
    await settle();
    expect(a.heard).toEqual([]);
    expect(c.heard).toEqual([]);
  });

  it('hears another tab write, remove or clear a watched localStorage key, and nothing else', () => {
    const { heard } = watch('draft', ['spotlight:author-draft']);
    storageEvent({ key: 'spotlight:author-draft', newValue: '{}' });
    storageEvent({ key: 'spotlight:author-draft', oldValue: '{}', newValue: null });
    storageEvent({ key: null });
    storageEvent({ key: 'spotlight:language', newValue: 'fa' });
    storageEvent({ key: 'spotlight:author-draft', newValue: '{}', storageArea: sessionStorage });
    expect(heard).toEqual([
      { kind: 'storage', key: 'spotlight:author-draft' },
      { kind: 'storage', key: 'spotlight:author-draft' },
      { kind: 'storage', key: null },
    ]);
  });

  it('announces through localStorage where there is no BroadcastChannel, leaving nothing behind', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const writes: [string, string][] = [];
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k: string, v: string) {
      writes.push([k, v]);
      setItem.call(this, k, v);
    });
    vi.spyOn(Date, 'now').mockReturnValue(1); // two announcements in the same millisecond
    const a = watch('results');
    const b = watch('results');
    a.w.announce('added');
    a.w.announce('added');
    expect(writes.map(([k]) => k)).toEqual([`${FALLBACK_PREFIX}results`, `${FALLBACK_PREFIX}results`]);
    expect(writes[0]![1]).not.toBe(writes[1]![1]); // the same value twice would fire no event
    expect(localStorage.getItem(`${FALLBACK_PREFIX}results`)).toBeNull();
    // What the browser then fires in the other tab: the write, and the removal (ignored).
    storageEvent({ key: writes[0]![0], newValue: writes[0]![1] });
    storageEvent({ key: writes[0]![0], oldValue: writes[0]![1], newValue: null });
    expect(b.heard).toEqual([{ kind: 'announced', detail: 'added' }]);
  });

  it('stops listening when closed', async () => {
    const a = watch('results');
    const b = watch('results', ['k']);
    b.w.close();
    a.w.announce('added');
    storageEvent({ key: 'k', newValue: '1' });
    await settle();
    expect(b.heard).toEqual([]);
  });
});
