// A student's earlier attempts at a lesson of an assignment, kept beside the lesson's saved
// progress (the same storage, the progress key + ':earlier'), oldest first. "Do the lesson
// again" moves the finished attempt here instead of throwing it away, so the hand-in keeps
// it and the results can say how many attempts and checks there were.
//
// The checks allowed count across attempts, not per attempt: with a fresh budget each time,
// a student could use up the checks (and, where the teacher allows it, see the answers after
// the last one), start again and check the answers in. So every earlier attempt's checks
// count against the limit, and an attempt is only started again while every exercise still
// has a check left: an exercise with none could never be finished in the new attempt.
import { exerciseOf, type AttemptRecord } from '../record/attempt-record';
import { progressKey, type KeyValueStore } from '../progress/progress-store';
import { savedStatus } from '../progress/saved-status';

const earlierKey = (lessonId: string, namespace: string) => `${progressKey(lessonId, namespace)}:earlier`;

/** Kept: a finished record of this lesson, as the hand-in reads it (saved-status.ts, the one rule). */
const finishedRecord = (x: unknown, lessonId: string): AttemptRecord | null => {
  const status = savedStatus(JSON.stringify(x), lessonId);
  return status.state === 'finished' ? status.record : null;
};

export interface EarlierList {
  records: AttemptRecord[];
  /** The stored list could not be read (all or part): it was copied aside, the rest is here. */
  damaged: boolean;
}

function read(storage: KeyValueStore, namespace: string, lessonId: string): EarlierList {
  const key = earlierKey(lessonId, namespace);
  let raw: string | null = null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { records: [], damaged: false }; // storage blocked: nothing kept to read
  }
  if (raw === null) return { records: [], damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = null;
  }
  const list = Array.isArray(data) ? data : [];
  const records = list.flatMap((x) => finishedRecord(x, lessonId) ?? []);
  const damaged = !Array.isArray(data) || records.length !== list.length;
  if (damaged) {
    // Never overwritten: the next attempt kept must not destroy what could not be read.
    try {
      if (storage.getItem(`${key}:unreadable`) === null) storage.setItem(`${key}:unreadable`, raw);
    } catch {
      /* full or blocked: the unreadable list stays where it is until a save replaces it */
    }
  }
  return { records, damaged };
}

/** Earlier attempts of one lesson of one assignment (`namespace`, assignment-progress.ts). */
export function earlierAttempts(storage: KeyValueStore, namespace: string, lessonId: string) {
  const records = () => read(storage, namespace, lessonId).records;
  const checksIn = (list: readonly AttemptRecord[], exerciseId: string) => list.reduce((n, r) => n + (exerciseOf(r, exerciseId)?.checks ?? 0), 0);
  /** The attempt saved now, if it is finished (restarting is only offered from the summary). */
  const current = (): AttemptRecord | null => {
    try {
      const raw = storage.getItem(progressKey(lessonId, namespace));
      return raw === null ? null : finishedRecord(JSON.parse(raw), lessonId);
    } catch {
      return null;
    }
  };
  return {
    list: () => read(storage, namespace, lessonId),
    /** Checks earlier attempts used on an exercise: the exercise machine counts them against the limit. */
    checksBefore: (exerciseId: string) => checksIn(records(), exerciseId),
    /**
     * Moves the finished attempt saved now to the earlier ones. False when there is none or
     * the browser refused to store it: then nothing may restart, or the attempt would be lost.
     */
    keepCurrent(): boolean {
      const record = current();
      if (!record) return false;
      const list = records();
      if (list.some((r) => r.savedAt === record.savedAt && JSON.stringify(r) === JSON.stringify(record))) return true; // kept already (a second click, another tab)
      try {
        storage.setItem(earlierKey(lessonId, namespace), JSON.stringify([...list, record]));
        return true;
      } catch {
        return false;
      }
    },
  };
}
