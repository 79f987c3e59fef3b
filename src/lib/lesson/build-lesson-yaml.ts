// Lesson and article-metadata files as YAML text: parsed here, then checked by
// build-lesson.ts. Used where YAML arrives as text (Node scripts, the build plugin, tests,
// imported files); built-in lessons reach the browser already parsed.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { buildLessonFromData, type BuildResult, type SeedSource } from './build-lesson';
import { contentHash } from './content-hash';
import type { LessonProblem } from './problems';

export type YamlRead = { ok: true; data: unknown } | { ok: false; problem: LessonProblem };

export function readYaml(file: string, source: string): YamlRead {
  try {
    return { ok: true, data: parseYaml(source) };
  } catch (e) {
    return { ok: false, problem: yamlProblem(file, e) };
  }
}

export function buildLesson(file: string, source: string, seeds: Record<string, SeedSource>): BuildResult {
  const read = readYaml(file, source);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return buildLessonFromData(file, read.data, contentHash(source), seeds);
}

/** An article from its text and its metadata file's text (undefined when there is none). */
export function seedFromText(stem: string, text: string, metaYaml: string | undefined): SeedSource {
  if (metaYaml === undefined) return { text, meta: undefined };
  const read = readYaml(`seeds/${stem}.meta.yaml`, metaYaml);
  return read.ok ? { text, meta: read.data } : { text, meta: undefined, metaError: read.problem };
}

function yamlProblem(file: string, e: unknown): LessonProblem {
  if (e instanceof YAMLParseError) {
    const pos = e.linePos?.[0];
    return {
      file,
      where: pos ? `line ${pos.line}, column ${pos.col}` : 'file',
      message: `the YAML cannot be read: ${e.code}`,
      fix: 'check indentation and quoting near that line (quote text containing ": " or "#")',
    };
  }
  return { file, where: 'file', message: `the file cannot be read: ${String(e)}`, fix: 'save it as UTF-8 YAML' };
}
