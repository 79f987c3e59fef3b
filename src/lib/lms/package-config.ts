// spotlight-package.json: what an LMS package contains and how it reports. Written by
// `npm run build:scorm` and by the assignment builder's download; read by the app when it
// finds itself inside an LMS. Validated like every other input: a damaged file is named.
import { LESSON_ID_PATTERN } from '../lesson/lesson-id';
import * as v from 'valibot';
import { LrsSchema } from '../xapi/lrs-config';
import { PASSING_SHARE } from '../record/passed';

export const PACKAGE_CONFIG_FILE = 'spotlight-package.json';

export const PackageConfigSchema = v.pipe(
  v.strictObject({
    format: v.literal('spotlight-package'),
    version: v.literal(1),
    standard: v.picklist(['1.2', '2004']),
    title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    /** One lesson by id... */
    lesson: v.optional(v.pipe(v.string(), v.regex(LESSON_ID_PATTERN))),
    /** ...or an assignment, as the payload of its share link (#/a/<payload>); long when it carries imported lessons. */
    assignment: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(4_000_000))),
    /** Fraction of the points needed to pass, when the LMS does not set a mastery score. */
    passingScore: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), PASSING_SHARE),
    lrs: v.optional(LrsSchema),
  }),
  v.check((c) => (c.lesson === undefined) !== (c.assignment === undefined), 'a package holds either one lesson or one assignment'),
);
export type PackageConfig = v.InferOutput<typeof PackageConfigSchema>;

export type ConfigResult = { ok: true; config: PackageConfig } | { ok: false; detail: string };

export function parsePackageConfig(data: unknown): ConfigResult {
  const parsed = v.safeParse(PackageConfigSchema, data);
  if (parsed.success) return { ok: true, config: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, detail: `${v.getDotPath(issue) ?? 'file'}: ${issue.message}` };
}

/** The route the package opens at. */
export const packageRoute = (c: PackageConfig) => (c.lesson ? `#/lesson/${c.lesson}` : `#/a/${c.assignment}`);
