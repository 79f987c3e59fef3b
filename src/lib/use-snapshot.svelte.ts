// A small runes adapter for XState actors: the current snapshot as reactive state.
// The actor stays the single source of truth; components only read and send.
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export function useSnapshot<T extends AnyActorRef>(actor: () => T): { readonly current: SnapshotFrom<T> } {
  let snapshot = $state.raw(actor().getSnapshot() as SnapshotFrom<T>);
  $effect(() => {
    const ref = actor();
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- AnyActorRef's snapshot is typed by SnapshotFrom<T>
    snapshot = ref.getSnapshot();
    const sub = ref.subscribe((next: SnapshotFrom<T>) => (snapshot = next));
    return () => sub.unsubscribe();
  });
  return {
    get current() {
      return snapshot;
    },
  };
}
