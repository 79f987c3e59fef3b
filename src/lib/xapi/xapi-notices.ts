// What the page says about the statements of one LRS, as message keys: pure, so which
// sentence shows when is tested without a browser. Quiet while all goes well (statements
// queued and sent a moment later are no news); one sentence per trouble otherwise.
import type { MessageKey } from '../i18n/i18n.svelte';
import type { EndpointProblem } from './lrs-config';
import type { QueueStatus } from './queue';

export interface XapiNotice {
  key: MessageKey;
  params: Record<string, string | number>;
  /** Words from outside (an LRS's error response, the browser's error): shown as text, in brackets. */
  detail?: string;
}

export const ENDPOINT_PROBLEM_KEY: Record<EndpointProblem, MessageKey> = {
  'not-an-address': 'xapi.endpointProblem.notAnAddress',
  'not-web': 'xapi.endpointProblem.notWeb',
  'plain-http': 'xapi.endpointProblem.plainHttp',
  credentials: 'xapi.endpointProblem.credentials',
};

const withDetail = (notice: XapiNotice, detail: string): XapiNotice => (detail ? { ...notice, detail } : notice);

export function xapiNotices(s: QueueStatus): XapiNotice[] {
  const notices: XapiNotice[] = [];
  const count = s.pending;
  const f = s.failure;
  if (f && count > 0) {
    if (f.kind === 'offline') notices.push({ key: 'xapi.status.offline', params: { count } });
    else if (f.kind === 'unreachable') notices.push(withDetail({ key: 'xapi.status.unreachable', params: { count } }, f.detail));
    else if (f.kind === 'refused') notices.push(withDetail({ key: 'xapi.status.refused', params: { count, status: f.status } }, f.detail));
    else notices.push(withDetail({ key: 'xapi.status.unavailable', params: { count, status: f.status } }, f.detail));
  } else if (!f && count === 0 && s.recovered) {
    notices.push({ key: 'xapi.status.sent', params: {} });
  }
  if (s.rejected > 0)
    notices.push(
      withDetail({ key: 'xapi.status.rejected', params: { count: s.rejected, status: s.lastRejection?.status ?? 400 } }, s.lastRejection?.detail ?? ''),
    );
  if (s.overflowed > 0) notices.push({ key: 'xapi.status.overflowed', params: { count: s.overflowed } });
  if (s.invalid > 0) notices.push({ key: 'xapi.status.invalid', params: { count: s.invalid } });
  return notices;
}
