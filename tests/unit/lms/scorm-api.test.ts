// Finding the API up the window chain, and the session wrapper's behaviour with a
// well-behaved LMS and with one that refuses everything.
import { describe, expect, it } from 'vitest';
import { findScormApi, type Scorm12Api, type Scorm2004Api } from '../../../src/lib/lms/find-api';
import { createScormSession } from '../../../src/lib/lms/scorm-session';
import { scorm12Time, scorm2004Time } from '../../../src/lib/lms/scorm-time';
import { Scorm12API, Scorm2004API } from 'scorm-again';

/** A chain of fake windows: index 0 is the SCO, each one's parent the next. */
function chain(depth: number, at: Record<number, Record<string, unknown>>, opener?: Window): Window {
  const wins: Record<string, unknown>[] = [];
  for (let i = 0; i <= depth; i++) wins.push({ ...(at[i] ?? {}) });
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  if (opener) wins[0]!.opener = opener;
  return wins[0] as unknown as Window;
}
function fake12(fail = false) {
  const calls: string[] = [];
  const values: Record<string, string> = { 'cmi.student_data.mastery_score': '80', 'cmi.core.student_id': 's1' };
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSFinish: () => (calls.push('finish'), fail ? 'false' : 'true'),
    LMSGetValue: (k) => values[k] ?? '',
    LMSSetValue: (k, v) => (calls.push(`${k}=${v}`), fail ? 'false' : ((values[k] = v), 'true')),
    LMSCommit: () => (calls.push('commit'), fail ? 'false' : 'true'),
    LMSGetLastError: () => (fail ? '101' : '0'),
    LMSGetErrorString: () => 'General exception',
  };
  return { api, calls, values };
}
const api2004 = { Initialize: () => 'true' } as unknown as Scorm2004Api;

describe('findScormApi', () => {
  it('finds SCORM 1.2 and 2004 APIs on the window or up the parent chain', () => {
    const { api } = fake12();
    expect(findScormApi(chain(0, { 0: { API: api } }))).toEqual({ version: '1.2', api });
    expect(findScormApi(chain(3, { 3: { API_1484_11: api2004 } }))?.version).toBe('2004');
    expect(findScormApi(chain(3, { 2: { API: api }, 3: { API_1484_11: api2004 } }))?.version).toBe('1.2');
  });
  it('prefers 2004 when a window has both, unless asked for 1.2', () => {
    const { api } = fake12();
    expect(findScormApi(chain(0, { 0: { API: api, API_1484_11: api2004 } }))?.version).toBe('2004');
    expect(findScormApi(chain(0, { 0: { API: api, API_1484_11: api2004 } }), '1.2')?.version).toBe('1.2');
  });
  it('looks up the opener chain when the parents have none', () => {
    const { api } = fake12();
    expect(findScormApi(chain(2, {}, chain(1, { 1: { API: api } })))?.version).toBe('1.2');
  });
  it('finds nothing outside an LMS, beyond seven levels, or in objects that are not APIs', () => {
    expect(findScormApi(chain(4, {}))).toBeNull();
    expect(findScormApi(chain(9, { 9: { API: fake12().api } }))).toBeNull();
    expect(findScormApi(chain(1, { 1: { API: { LMSInitialize: 'yes' }, API_1484_11: {} } }))).toBeNull();
  });
  it('survives windows that throw when read (another origin)', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    const win = { parent: hostile } as unknown as Window;
    expect(findScormApi(win)).toBeNull();
    expect(findScormApi(hostile as Window)).toBeNull();
  });
});

describe('the SCORM session', () => {
  it('reports status and a percentage score to SCORM 1.2, then session time and finish', () => {
    const { api, calls, values } = fake12();
    const troubles: string[] = [];
    const s = createScormSession({ version: '1.2', api }, (d) => troubles.push(d));
    expect(s.initialize()).toBe(true);
    expect(s.passingScore()).toBe(0.8);
    s.report({ completed: true, passed: false, score: { points: 3, max: 12 } });
    expect(values['cmi.core.lesson_status']).toBe('failed');
    expect([values['cmi.core.score.raw'], values['cmi.core.score.min'], values['cmi.core.score.max']]).toEqual(['25', '0', '100']);
    expect(values['cmi.core.exit']).toBe(''); // 1.2's normal exit: the attempt is over
    s.finish();
    s.finish();
    expect(values['cmi.core.session_time']).toMatch(/^0000:00:\d\d\.\d\d$/);
    expect(calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(troubles).toEqual([]);
  });
  it('reports completion, success and a scaled score to SCORM 2004', () => {
    const values: Record<string, string> = {};
    const api = {
      Initialize: () => 'true',
      Terminate: () => 'true',
      Commit: () => 'true',
      GetLastError: () => '0',
      GetErrorString: () => '',
      GetValue: (k: string) => values[k] ?? '',
      SetValue: (k: string, v: string) => ((values[k] = v), 'true'),
    } as Scorm2004Api;
    const s = createScormSession({ version: '2004', api }, () => {});
    s.initialize();
    expect(s.passingScore()).toBeNull();
    s.report({ completed: false });
    s.saveSuspendData('s1:x');
    expect([values['cmi.completion_status'], values['cmi.success_status'], values['cmi.exit']]).toEqual(['incomplete', 'unknown', 'suspend']);
    s.report({ completed: true, passed: true, score: { points: 7.5, max: 10 } });
    expect(values).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.raw': '75',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.75',
      'cmi.exit': 'normal',
    });
    // Progress saved after completion (the learner looks back) does not suspend the attempt again.
    s.saveSuspendData('s1:y');
    s.finish();
    expect(values['cmi.exit']).toBe('normal');
    expect(values['cmi.session_time']).toMatch(/^PT[\d.]+S$/);
  });
  it("reports trouble once, with the LMS's error, and never throws", () => {
    const { api } = fake12(true);
    const troubles: string[] = [];
    const s = createScormSession({ version: '1.2', api }, (d) => troubles.push(d));
    s.initialize();
    expect(s.report({ completed: true, passed: true, score: { points: 1, max: 1 } })).toBe(false);
    expect(s.saveSuspendData('x')).toBe(false);
    s.finish();
    expect(troubles).toEqual(['SetValue(cmi.core.score.min): 101 General exception']);
    const throwing = {
      ...api,
      LMSSetValue: () => {
        throw new Error('LMS crashed');
      },
    };
    const t2: string[] = [];
    const s2 = createScormSession({ version: '1.2', api: throwing }, (d) => t2.push(d));
    s2.initialize();
    expect(() => s2.saveSuspendData('x')).not.toThrow();
    expect(t2[0]).toContain('LMS crashed');
  });
});

// The LMS side is scorm-again, as in the browser tests: what it records is what an LMS
// commits. 6 of 28 points is 21.43%, whatever the LMS grades from (Moodle: raw alone).
describe('the score an LMS records, under scorm-again', () => {
  const sixOf28 = { completed: true, passed: false, score: { points: 6, max: 28 } };
  it('is a percentage in SCORM 2004: raw 21.43 on 0-100, scaled 0.2143, and the attempt closed', () => {
    const lms = new Scorm2004API({ autocommit: false, logLevel: 5 });
    const s = createScormSession({ version: '2004', api: lms as unknown as Scorm2004Api }, (d) => expect.fail(d));
    expect(s.initialize()).toBe(true);
    expect(s.report(sixOf28)).toBe(true);
    s.finish();
    const cmi = JSON.parse(JSON.stringify(lms.cmi)) as { score: Record<string, string>; exit: string; completion_status: string; success_status: string };
    expect([cmi.score.raw, cmi.score.min, cmi.score.max].map(Number)).toEqual([21.43, 0, 100]);
    expect(Number(cmi.score.scaled)).toBe(0.2143);
    expect([cmi.completion_status, cmi.success_status, cmi.exit]).toEqual(['completed', 'failed', 'normal']);
  });
  it('is the same percentage in SCORM 1.2, with the normal (empty) exit', () => {
    const lms = new Scorm12API({ autocommit: false, logLevel: 5 });
    const s = createScormSession({ version: '1.2', api: lms as unknown as Scorm12Api }, (d) => expect.fail(d));
    expect(s.initialize()).toBe(true);
    expect(s.report(sixOf28)).toBe(true);
    s.finish();
    const cmi = JSON.parse(JSON.stringify(lms.cmi)) as { core: { score: Record<string, string>; exit: string; lesson_status: string } };
    expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max].map(Number)).toEqual([21.43, 0, 100]);
    expect([cmi.core.lesson_status, cmi.core.exit]).toEqual(['failed', '']);
  });
  it('leaves an unfinished attempt suspended', () => {
    const lms = new Scorm2004API({ autocommit: false, logLevel: 5 });
    const s = createScormSession({ version: '2004', api: lms as unknown as Scorm2004Api }, (d) => expect.fail(d));
    s.initialize();
    s.report({ completed: false });
    s.saveSuspendData('s1:abc');
    s.finish();
    expect(JSON.parse(JSON.stringify(lms.cmi)).exit).toBe('suspend');
  });
});

describe('session time formats', () => {
  it('writes SCORM 1.2 CMITimespan and SCORM 2004 ISO 8601 durations', () => {
    expect(scorm12Time(0)).toBe('0000:00:00.00');
    expect(scorm12Time(3_723_450)).toBe('0001:02:03.45');
    expect(scorm2004Time(0)).toBe('PT0S');
    expect(scorm2004Time(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Time(59_999)).toBe('PT1M0S');
  });
});
