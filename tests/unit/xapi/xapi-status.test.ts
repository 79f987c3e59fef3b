// What the page says about xAPI: nothing while statements go as they should; one polite
// status (never an alert) when they wait, are refused or were discarded; an LRS's words
// shown as text only; and an assignment whose LRS address the app may not use refused,
// with a message, before anything is queued.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import XapiStatus from '../../../src/components/assign/XapiStatus.svelte';
import { lmsStatus } from '../../../src/lib/lms/lms-status.svelte';
import * as runtime from '../../../src/lib/xapi/xapi-runtime';
import XapiReporting from '../../../src/components/assign/XapiReporting.svelte';
import type { Assignment } from '../../../src/lib/assignment/assignment';
import { loadTeacherMessages, setLanguage, t } from '../../../src/lib/i18n/i18n.svelte';
import type { QueueStatus } from '../../../src/lib/xapi/queue';
import { xapiNotices } from '../../../src/lib/xapi/xapi-notices';
import { startXapi } from '../../../src/lib/xapi/xapi-runtime';
import { actor, lesson, stamp } from './helpers';
import { launched } from '../../../src/lib/xapi/statements';

beforeAll(() => loadTeacherMessages());
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const quiet: QueueStatus = { pending: 0, failure: null, recovered: false, rejected: 0, lastRejection: null, overflowed: 0, invalid: 0 };
const keys = (s: Partial<QueueStatus>) => xapiNotices({ ...quiet, ...s }).map((n) => n.key);

describe('the notices', () => {
  it('say nothing while statements are only on their way', () => {
    expect(keys({})).toEqual([]);
    expect(keys({ pending: 4 })).toEqual([]); // queued a moment ago, being sent: no news
  });
  it('say statements wait, and why, only once a send has failed', () => {
    expect(keys({ pending: 3, failure: { kind: 'offline' } })).toEqual(['xapi.status.offline']);
    expect(keys({ pending: 3, failure: { kind: 'unreachable', detail: 'TypeError' } })).toEqual(['xapi.status.unreachable']);
    expect(keys({ pending: 3, failure: { kind: 'unavailable', status: 503, detail: '' } })).toEqual(['xapi.status.unavailable']);
    expect(keys({ pending: 3, failure: { kind: 'refused', status: 401, detail: '' } })).toEqual(['xapi.status.refused']);
    expect(keys({ pending: 0, recovered: true })).toEqual(['xapi.status.sent']);
  });
  it('report every statement dropped: refused as invalid, over the bound, damaged', () => {
    expect(keys({ rejected: 2, lastRejection: { status: 400, detail: '' }, overflowed: 5, invalid: 1 })).toEqual([
      'xapi.status.rejected',
      'xapi.status.overflowed',
      'xapi.status.invalid',
    ]);
  });
});

describe('the status on the page', () => {
  it('reads as a sentence, in one polite status region', () => {
    render(XapiStatus, { status: { ...quiet, pending: 3, failure: { kind: 'offline' } } });
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 results are waiting to be sent to the learning record store: they will go as soon as you are back online.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the HTTP status and asks for the teacher when the LRS refuses, showing its words as text only', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bad key</b>';
    const { container } = render(XapiStatus, { status: { ...quiet, pending: 2, failure: { kind: 'refused', status: 401, detail: hostile } } });
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent(
      'The learning record store refused the results (HTTP 401): your teacher should check the assignment’s settings. 2 results are kept in this browser until they are accepted.',
    );
    expect(region).toHaveTextContent(hostile);
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('says how many were discarded and why', () => {
    render(XapiStatus, { status: { ...quiet, overflowed: 7, invalid: 1 } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'This browser could keep no more results for the learning record store, so the oldest 7 were discarded.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 damaged entry in this browser’s queue of results could not be sent and was discarded.');
  });

  it('speaks Persian and Russian, with their plural forms', async () => {
    try {
      await setLanguage('ru', false);
      expect(t('xapi.status.offline', { count: 3 })).toMatch(/^3 результата ждут отправки/);
      expect(t('xapi.status.offline', { count: 5 })).toMatch(/^5 результатов ждут отправки/);
      expect(t('xapi.status.offline', { count: 21 })).toMatch(/^21 результат ждёт отправки/);
      await setLanguage('fa', false);
      expect(t('xapi.status.refused', { count: 3, status: 401 })).toContain('HTTP 401');
      expect(t('xapi.status.refused', { count: 3, status: 401 })).toContain('۳ نتیجه');
    } finally {
      await setLanguage('en', false);
    }
  });
});

const assignment = (endpoint: string): Assignment => ({
  v: 1,
  id: 'abc123',
  label: '',
  lessons: ['l1'],
  hints: true,
  attempts: 3,
  showAnswers: true,
  lrs: { endpoint, username: 'k', password: 's' },
});

describe('an assignment’s LRS', () => {
  it('is refused, with a message, when the app may not send to it, and nothing is queued or sent', async () => {
    const fetchFn = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchFn);
    render(XapiReporting, { assignment: assignment('http://lrs.school.lan/xapi/'), showName: true });
    expect(
      screen.getByText(/will not be sent to a learning record store: the address the assignment names \(http:\/\/lrs\.school\.lan\/xapi\/\) cannot be used/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your teacher should check the assignment’s settings/)).toBeInTheDocument();
    expect(screen.queryByText(/is sent to your teacher’s learning record store/)).toBeNull();
    expect(screen.queryByLabelText('Your name, sent with your progress')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('is refused by the runtime too, which starts nothing', () => {
    const fetchFn = vi.fn();
    vi.stubGlobal('fetch', fetchFn);
    const started = startXapi({ lrs: { endpoint: 'http://lrs.school.lan/xapi/', username: '', password: '' }, actor: () => actor, passingScore: 0.6 });
    expect(started).toEqual({ ok: false, problem: 'plain-http' });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('once running, tells the student when it refuses the statements, with the status', async () => {
    const endpoint = 'https://lrs.example/xapi/';
    // Left from an earlier visit: the queue sends it as soon as it starts.
    localStorage.setItem('spotlight:xapi-queue', JSON.stringify([{ lrs: assignment(endpoint).lrs, statement: launched(stamp(1), actor, lesson) }]));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<script>alert(1)</script>invalid key', { status: 401 })),
    );
    const { container } = render(XapiReporting, { assignment: assignment(endpoint), showName: false });
    expect(screen.getByText('Your progress in this assignment is sent to your teacher’s learning record store (lrs.example).')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The learning record store refused the results (HTTP 401)'), { timeout: 3000 });
    expect(screen.getByRole('status')).toHaveTextContent('1 result is kept in this browser until it is accepted. (<script>alert(1)</script>invalid key)');
    expect(container.querySelector('script')).toBeNull();
  });

  it('is left to the package runtime inside an LMS, so no statement is sent twice', async () => {
    const spy = vi.spyOn(runtime, 'startXapi');
    lmsStatus.active = true;
    try {
      const inLms = render(XapiReporting, { assignment: assignment('https://lrs.example/xapi/'), showName: false });
      await new Promise((r) => setTimeout(r, 100));
      expect(spy).not.toHaveBeenCalled();
      inLms.unmount();
    } finally {
      lmsStatus.active = false;
    }
    render(XapiReporting, { assignment: assignment('https://lrs.example/xapi/'), showName: false });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  });
});
