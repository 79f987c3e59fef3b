// A learning record store (LRS) to send xAPI statements to, as set in an assignment or an
// LMS package. The key and secret travel with the link or package, so they must be a
// write-only ("statements only") credential: the builder says so.
import * as v from 'valibot';

export const LrsSchema = v.strictObject({
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi/ */
  endpoint: v.pipe(
    v.string(),
    v.maxLength(500),
    v.url('the LRS endpoint must be a web address'),
    v.regex(/^https?:\/\//, 'the LRS endpoint must be an http(s) address'),
  ),
  username: v.pipe(v.string(), v.maxLength(500)),
  password: v.pipe(v.string(), v.maxLength(500)),
});
export type LrsConfig = v.InferOutput<typeof LrsSchema>;

/** Why an endpoint cannot be sent to; each has its own message in the builder. */
export type EndpointProblem =
  | 'not-an-address' // not a full web address (https://host/…)
  | 'not-web' // another scheme: ftp:, javascript:, data:…
  | 'plain-http' // http:// to anywhere but this computer
  | 'credentials'; // user:password@ in the address, which fetch() refuses to send

// The hosts connect-src allows over plain http (scripts/csp-plugin.ts: http://localhost:*
// http://127.0.0.1:*), so a teacher can test with an LRS on their own computer. The URL
// parser has already lower-cased the host and turned 127.1 or 0x7f000001 into 127.0.0.1,
// as the browser does before it matches the policy.
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * Whether the app may send to this endpoint: null when it may, else why not. It is exactly
 * what the Content-Security-Policy's connect-src lets through (`https:` anywhere, http only
 * on loopback), so the builder never makes a link whose statements the browser would then
 * block on every try, and the runtime refuses such an endpoint in a link or package rather
 * than queueing statements that can never leave. ('self' is left out on purpose: the link
 * opens on whatever copy of Spotlight the student has, so the builder's origin proves nothing.)
 */
export function endpointProblem(endpoint: string): EndpointProblem | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'not-an-address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-web';
  // "https:lrs.example" parses too, but is not what anyone means by an endpoint.
  if (!endpoint.trim().toLowerCase().startsWith(`${url.protocol}//`) || url.hostname === '') return 'not-an-address';
  if (url.username !== '' || url.password !== '') return 'credentials';
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return 'plain-http';
  return null;
}

/** Spellings of one endpoint (with or without its trailing slash) share one queue. */
export const endpointKey = (lrs: LrsConfig) => lrs.endpoint.replace(/\/+$/, '');

/** The statements resource of an endpoint, with or without its trailing slash. */
export const statementsUrl = (lrs: LrsConfig) => `${endpointKey(lrs)}/statements`;
