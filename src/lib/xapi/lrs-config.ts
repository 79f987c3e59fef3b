// A learning record store (LRS) to send xAPI statements to, as set in an assignment or an
// LMS package. The key and secret travel with the link or package, so they must be a
// write-only ("statements only") credential: the builder says so.
import * as v from 'valibot';

export const LrsSchema = v.strictObject({
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi/ */
  endpoint: v.pipe(v.string(), v.maxLength(500), v.url('the LRS endpoint must be a web address'), v.regex(/^https?:\/\//, 'the LRS endpoint must be an http(s) address')),
  username: v.pipe(v.string(), v.maxLength(500)),
  password: v.pipe(v.string(), v.maxLength(500)),
});
export type LrsConfig = v.InferOutput<typeof LrsSchema>;

/** The statements resource of an endpoint, with or without its trailing slash. */
export const statementsUrl = (lrs: LrsConfig) => `${lrs.endpoint.replace(/\/+$/, '')}/statements`;
