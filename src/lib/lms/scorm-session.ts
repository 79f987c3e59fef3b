// One face for both SCORM versions. Every call is guarded: an LMS that throws or answers
// "false" is reported once through `onTrouble` (the learner is told results may not be
// recorded) and the lesson carries on; nothing here may break the page.
import type { FoundApi } from './find-api';
import { scorm12Time, scorm2004Time } from './scorm-time';
import { percentScore, scaledScore, type Totals } from '../record/totals';

/** What the app tells the LMS about the learner's work. */
export interface LmsReport {
  completed: boolean;
  /** Known once completed: whether the score reached the passing mark. */
  passed?: boolean;
  /** The points of the package's exercises over their maximum. */
  score?: Totals;
}

/** suspend_data limits: CMIString4096 in SCORM 1.2, 64,000 characters in 2004 4th edition. */
const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

const KEYS = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    time: 'cmi.core.session_time',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    mastery: 'cmi.student_data.mastery_score',
    /** cmi.core.exit's vocabulary has no "normal": the empty string is the normal exit. */
    normalExit: '',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    exit: 'cmi.exit',
    time: 'cmi.session_time',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    mastery: 'cmi.scaled_passing_score',
    normalExit: 'normal',
  },
} as const;

export function createScormSession(found: FoundApi, onTrouble: (detail: string) => void) {
  const keys = KEYS[found.version];
  const started = Date.now();
  let open = false;
  let troubled = false;
  // Once the package is complete the attempt is closed ("normal"), not suspended: the LMS then
  // ends the attempt, and its own settings say what the next launch brings (README: LMS).
  let completed = false;
  const exitValue = () => (completed ? keys.normalExit : 'suspend');

  function lastError(): string {
    try {
      const code = found.version === '1.2' ? found.api.LMSGetLastError() : found.api.GetLastError();
      const text = found.version === '1.2' ? found.api.LMSGetErrorString(code) : found.api.GetErrorString(code);
      return `${code}${text ? ` ${text}` : ''}`;
    } catch {
      return 'no error code';
    }
  }
  /** Runs one API call; anything but "true" is trouble. */
  function call(name: string, run: () => string): boolean {
    let ok: boolean;
    let detail = '';
    try {
      ok = String(run()) === 'true';
      if (!ok) detail = lastError();
    } catch (e) {
      ok = false;
      detail = String(e);
    }
    if (!ok && !troubled) {
      troubled = true;
      onTrouble(`${name}: ${detail}`);
    }
    return ok;
  }
  function get(key: string): string {
    try {
      const value = found.version === '1.2' ? found.api.LMSGetValue(key) : found.api.GetValue(key);
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  }
  const set = (key: string, value: string) =>
    call(`SetValue(${key})`, () => (found.version === '1.2' ? found.api.LMSSetValue(key, value) : found.api.SetValue(key, value)));
  const commit = () => call('Commit', () => (found.version === '1.2' ? found.api.LMSCommit('') : found.api.Commit('')));

  return {
    version: found.version,
    suspendLimit: SUSPEND_LIMIT[found.version],
    get troubled() {
      return troubled;
    },
    initialize(): boolean {
      open = call('Initialize', () => (found.version === '1.2' ? found.api.LMSInitialize('') : found.api.Initialize('')));
      return open;
    },
    suspendData: () => get(keys.suspend),
    learner: () => ({ id: get(keys.learnerId), name: get(keys.learnerName) }),
    /** The LMS's passing mark as a fraction (1.2 gives 0–100, 2004 0–1), or null if unset. */
    passingScore(): number | null {
      const raw = get(keys.mastery);
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) return null;
      const n = Number(raw);
      return found.version === '1.2' ? n / 100 : n;
    },
    /** Sets suspend_data; the caller commits (commits can be network round trips in an LMS). */
    saveSuspendData(data: string): boolean {
      return set(keys.suspend, data) && set(keys.exit, exitValue());
    },
    commit,
    report(r: LmsReport): boolean {
      let ok = true;
      if (r.score) {
        // Raw is a percentage on 0-100 in both standards: Moodle grades SCORM 2004 from
        // cmi.score.raw alone (points would read as 6% for 6 of 28), and every LMS reads a
        // percentage right. 2004 adds the fraction, cmi.score.scaled, for those that use it.
        const base = found.version === '1.2' ? 'cmi.core.score' : 'cmi.score';
        ok = set(`${base}.min`, '0') && ok;
        ok = set(`${base}.max`, '100') && ok;
        ok = set(`${base}.raw`, String(percentScore(r.score))) && ok;
        if (found.version === '2004') ok = set('cmi.score.scaled', String(scaledScore(r.score))) && ok;
      }
      if (found.version === '1.2') {
        const status = !r.completed ? 'incomplete' : r.passed === undefined ? 'completed' : r.passed ? 'passed' : 'failed';
        ok = set('cmi.core.lesson_status', status) && ok;
      } else {
        ok = set('cmi.completion_status', r.completed ? 'completed' : 'incomplete') && ok;
        ok = set('cmi.success_status', r.passed === undefined ? 'unknown' : r.passed ? 'passed' : 'failed') && ok;
      }
      if (r.completed && !completed) {
        completed = true;
        ok = set(keys.exit, exitValue()) && ok;
      }
      return ok;
    },
    /** Session time, a last commit, then Finish/Terminate. Safe to call twice. */
    finish(): void {
      if (!open) return;
      open = false;
      const elapsed = Date.now() - started;
      set(keys.time, found.version === '1.2' ? scorm12Time(elapsed) : scorm2004Time(elapsed));
      set(keys.exit, exitValue());
      commit();
      call('Finish', () => (found.version === '1.2' ? found.api.LMSFinish('') : found.api.Terminate('')));
    },
  };
}
