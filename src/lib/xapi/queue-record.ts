// What one entry of the statement queue must look like. The queue lives in localStorage,
// where another version of Spotlight, another tab or a hand edit can leave anything: an
// entry that fails this check is dropped (and counted) rather than sent, retried forever
// or allowed to stop the entries behind it.
import * as v from 'valibot';
import { endpointProblem, LrsSchema } from './lrs-config';
import type { Statement } from './statements';

const Activity = v.object({ objectType: v.literal('Activity'), id: v.pipe(v.string(), v.minLength(1)) });
const Score = v.object({ raw: v.number(), min: v.number(), max: v.number(), scaled: v.number() });

// The shape statements.ts builds, no more: loose objects, so a field a later version adds
// is kept and sent rather than counted as damage.
const StatementSchema = v.looseObject({
  id: v.pipe(v.string(), v.uuid()),
  timestamp: v.pipe(v.string(), v.isoTimestamp()),
  actor: v.looseObject({
    objectType: v.literal('Agent'),
    name: v.optional(v.string()),
    account: v.looseObject({ homePage: v.pipe(v.string(), v.minLength(1)), name: v.pipe(v.string(), v.minLength(1)) }),
  }),
  verb: v.looseObject({ id: v.pipe(v.string(), v.minLength(1)), display: v.looseObject({ 'en-US': v.string() }) }),
  object: v.looseObject({
    objectType: v.literal('Activity'),
    id: v.pipe(v.string(), v.minLength(1)),
    definition: v.looseObject({ name: v.record(v.string(), v.string()), type: v.string() }),
  }),
  result: v.optional(
    v.looseObject({ success: v.optional(v.boolean()), completion: v.optional(v.boolean()), response: v.optional(v.string()), score: v.optional(Score) }),
  ),
  context: v.optional(
    v.looseObject({
      contextActivities: v.optional(v.looseObject({ parent: v.optional(v.array(Activity)), grouping: v.optional(v.array(Activity)) })),
      language: v.optional(v.string()),
    }),
  ),
});

/** A statement and the LRS it is for, which must be one the app may send to. */
export const QueuedSchema = v.object({
  lrs: v.pipe(
    LrsSchema,
    v.check((lrs) => endpointProblem(lrs.endpoint) === null, 'the app may not send to this endpoint'),
  ),
  statement: StatementSchema,
});
export interface Queued {
  lrs: v.InferOutput<typeof LrsSchema>;
  statement: Statement;
}
// The check above must let through exactly what statements.ts makes: if Statement gains a
// field the schema lacks, this stops compiling.
type Checked = v.InferOutput<typeof QueuedSchema>;
export const asQueued = (checked: Checked): Queued => checked;
