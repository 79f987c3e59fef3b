// Turns a lesson's parsed data into a validated, anchored Lesson, or a list of problems.
// Pure (no fs, no Vite, no YAML parser: that is build-lesson-yaml.ts, kept out of the
// browser bundle), so the app, the build plugin, `npm run lessons:check` and the tests all
// run exactly the same checks.
import * as v from 'valibot';
import { anchor } from '../anchoring/anchor';
import type { AnchoredExercise, AnchoredItem, AnchoredSupported, Article, Lesson, Span } from '../types';
import { contentHash } from './content-hash';
import type { LessonProblem } from './problems';
import { LessonSchema, SeedMetaSchema, type SeedMeta } from './schema';
import { exampleProblems } from './example';

/** An article: its text and its parsed metadata (or why the metadata file could not be read). */
export interface SeedSource {
  text: string;
  meta: unknown;
  metaError?: LessonProblem;
}
export type BuildResult = { ok: true; lesson: Lesson } | { ok: false; problems: LessonProblem[] };

function parseSeedMeta(file: string, seed: SeedSource): { meta?: SeedMeta; problems: LessonProblem[] } {
  if (seed.metaError) return { problems: [seed.metaError] };
  if (seed.meta === undefined) {
    return {
      problems: [
        {
          file,
          where: 'file',
          message: 'the article has no metadata file',
          fix: `create ${file} with title, byline, known and unknown (see README, "Writing a lesson")`,
        },
      ],
    };
  }
  const parsed = v.safeParse(SeedMetaSchema, seed.meta);
  if (parsed.success) return { meta: parsed.output, problems: [] };
  return { problems: parsed.issues.map((i) => schemaProblem(file, i)) };
}

/**
 * The same checks on data already parsed (built-in lessons arrive as JSON made at build
 * time, so the app does not parse YAML to open them). `sourceHash` identifies the file's text.
 */
export function buildLessonFromData(file: string, data: unknown, sourceHash: string, seeds: Record<string, SeedSource>): BuildResult {
  const parsed = v.safeParse(LessonSchema, data);
  if (!parsed.success) return { ok: false, problems: parsed.issues.map((i) => schemaProblem(file, i)) };
  const raw = parsed.output;
  const problems: LessonProblem[] = [];
  const add = (where: string, message: string, fix: string) => problems.push({ file, where, message, fix });

  const stem = file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
  if (stem !== raw.id) add('id', `the id "${raw.id}" differs from the file name "${stem}"`, `rename the file to ${raw.id}.yaml or set id: ${stem}`);

  // The article: a file in seeds/, or the text carried in the lesson file itself.
  let seed: SeedSource;
  let meta: SeedMeta | undefined;
  if (raw.article) {
    const { text, ...articleMeta } = raw.article;
    seed = { text, meta: articleMeta };
    meta = articleMeta;
  } else {
    const found = seeds[raw.seed!];
    if (!found) {
      add('seed', `unknown seed "${raw.seed}"`, `put the article in seeds/${raw.seed}.txt, or use one of: ${Object.keys(seeds).join(', ') || '(none)'}`);
      return { ok: false, problems };
    }
    seed = found;
    const parsedMeta = parseSeedMeta(`seeds/${raw.seed}.meta.yaml`, seed);
    problems.push(...parsedMeta.problems);
    meta = parsedMeta.meta;
  }

  const seen = new Map<string, string>();
  const exercises: AnchoredExercise[] = raw.exercises.map((ex, ei) => {
    const exWhere = `exercises[${ei}] (${ex.id})`;
    if (seen.has(ex.id)) add(exWhere, `duplicate id "${ex.id}" (also used by ${seen.get(ex.id)})`, 'give every exercise and item its own id');
    seen.set(ex.id, exWhere);
    for (const [field, problem, fix] of exampleProblems(ex.example, ex.kind)) add(`${exWhere}.${field}`, problem, fix);
    // Items and supported passages are anchored alike: ids unique in the lesson, the quote found
    // exactly once, a stale position reported.
    const place = (where: string, id: string, target: AnchoredItem['target']): Span | null => {
      if (seen.has(id)) add(where, `duplicate id "${id}" (also used by ${seen.get(id)})`, 'give every exercise, item and supported passage its own id');
      seen.set(id, where);
      const quote = target.find((s) => s.type === 'TextQuoteSelector')!;
      const found = anchor(seed.text, target);
      if (!found.ok) {
        if (found.reason === 'not-found')
          add(where, `the quote "${quote.exact}" is not in the article`, 'copy the exact text from the article (curly quotes, apostrophes and spaces count)');
        else
          add(
            where,
            `the quote "${quote.exact}" occurs ${found.occurrences} times in the article`,
            'add a prefix or suffix (the text just before or after it) so that only one place matches',
          );
        return null;
      }
      if (found.positionStale) {
        add(
          where,
          'the TextPositionSelector no longer points at the quote (has the article changed?)',
          `set start: ${found.span.start} and end: ${found.span.end}, after checking the quote is still the passage you meant`,
        );
      }
      return found.span;
    };
    const overlapping = (list: readonly { id: string; span: Span }[], span: Span) =>
      list.find((other) => other.span.start < span.end && span.start < other.span.end);
    const items: AnchoredItem[] = [];
    ex.items.forEach((item, ii) => {
      const where = `${exWhere}.items[${ii}] (${item.id})`;
      if (ex.kind === 'mark-sources' && !item.attribution)
        add(where, 'a sources item needs an attribution', 'add attribution: named-source, named-person, vague, social-media or none');
      if (ex.kind === 'mark-words' && item.attribution) add(where, `attribution is only for mark-sources exercises`, 'remove the attribution line');
      const span = place(where, item.id, item.target);
      if (!span) return;
      cruxProblems(seed.text.slice(span.start, span.end), item.crux ?? []).forEach((p) => add(`${where}.crux`, p.message, p.fix));
      const clash = overlapping(items, span);
      if (clash)
        add(
          where,
          `it overlaps item "${clash.id}" of the same exercise`,
          'shorten one of the two quotes so they do not share any text, or merge them into one item',
        );
      items.push({ ...item, span });
    });
    // A passage is either weak or fine for one skill, never both: a supported passage may not
    // overlap an item (or another supported passage) of the same exercise.
    const supported: AnchoredSupported[] = [];
    ex.supported.forEach((passage, si) => {
      const where = `${exWhere}.supported[${si}] (${passage.id})`;
      const span = place(where, passage.id, passage.target);
      if (!span) return;
      const clash = overlapping([...items, ...supported], span);
      if (clash)
        add(
          where,
          `it overlaps "${clash.id}" of the same exercise`,
          'a passage is either in the key (items) or fine (supported) for one exercise: shorten or remove one of them',
        );
      supported.push({ ...passage, span });
    });
    return { ...ex, items, supported };
  });

  if (problems.length > 0 || !meta) return { ok: false, problems };
  const article: Article = { seed: raw.seed ?? null, text: seed.text, meta };
  return { ok: true, lesson: { ...raw, exercises, article, contentHash: contentHash(sourceHash, seed.text) } };
}

function schemaProblem(file: string, issue: v.BaseIssue<unknown>): LessonProblem {
  const where = v.getDotPath(issue) ?? 'top level';
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input === undefined) {
    return { file, where, message: 'this field is required', fix: `add ${where.split('.').pop()} (see src/lib/lesson/schema.ts)` };
  }
  if (issue.type === 'strict_object') {
    return { file, where, message: `unknown field "${where.split('.').pop()}"`, fix: 'remove it or correct its spelling (see src/lib/lesson/schema.ts)' };
  }
  return {
    file,
    where,
    message: issue.message,
    fix: issue.input === undefined ? `add ${where.split('.').pop()}` : 'correct this value (see src/lib/lesson/schema.ts)',
  };
}

/**
 * A crux quote must be whole words, found exactly once in the item's own quote: scoring looks
 * for it there, so a quote outside the item or inside a longer word would never count.
 */
export function cruxProblems(itemText: string, crux: readonly string[]): { message: string; fix: string }[] {
  const wordChar = /[\p{L}\p{N}]/u;
  return crux.flatMap((quote) => {
    const at = itemText.indexOf(quote);
    if (at < 0) return [{ message: `the crux "${quote}" is not in the item's quote`, fix: "copy the crux exactly from the item's exact text" }];
    if (itemText.indexOf(quote, at + 1) >= 0)
      return [{ message: `the crux "${quote}" occurs more than once in the item's quote`, fix: 'quote a few more words so it matches one place' }];
    const before = itemText[at - 1] ?? ' ';
    const after = itemText[at + quote.length] ?? ' ';
    if (wordChar.test(before) || wordChar.test(after) || !wordChar.test(quote[0]!) || !wordChar.test(quote.at(-1)!))
      return [{ message: `the crux "${quote}" is not whole words`, fix: 'start and end the crux on whole words' }];
    return [];
  });
}
