// A lesson file that someone opened in the browser (picker, drag and drop, an assignment
// link): read it as text, parse it (YAML, which also reads JSON), validate and anchor it
// with the same checks as lessons/. Nothing in it is trusted: every way a file can be wrong
// ends in a problem that names the file, the place and the fix, never in an exception.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { SeedSource } from './build-lesson';
import { buildLessonFile, type LessonFileResult } from './build-lesson-file';
import type { LessonProblem } from './problems';

export { type LessonFileResult };

/** Largest lesson file accepted: the longest article allowed (400,000 characters) fits well inside it. */
export const MAX_LESSON_FILE_BYTES = 2 * 1024 * 1024;

const kb = (n: number) => `${(n / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB`;

export function sizeProblem(name: string, size: number): LessonProblem | null {
  if (size <= MAX_LESSON_FILE_BYTES) return null;
  return {
    file: name,
    where: 'file',
    message: `the file is ${kb(size)}, more than the ${kb(MAX_LESSON_FILE_BYTES)} a lesson file may be`,
    fix: 'check that this is a lesson file; shorten the article if it is',
  };
}

function asText(name: string, content: ArrayBuffer | Uint8Array | string): { text: string } | { problem: LessonProblem } {
  const problem = (message: string, fix: string) => ({ problem: { file: name, where: 'file', message, fix } });
  const size = typeof content === 'string' ? new TextEncoder().encode(content).length : content.byteLength;
  if (size === 0) return problem('the file is empty', 'choose the lesson file itself (a .yaml file exported from Spotlight)');
  const tooLarge = sizeProblem(name, size);
  if (tooLarge) return { problem: tooLarge };
  if (typeof content === 'string') return { text: content.replace(/^\uFEFF/, '') };
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (bytes.includes(0))
    return problem('this is not a text file (it contains binary data)', 'choose a lesson file (.yaml or .json), not a picture, document or archive');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return problem('the file is not UTF-8 text', 'save it as UTF-8 (in most editors: "Save as", encoding UTF-8)');
  }
}

function parse(name: string, text: string): { data: unknown } | { problem: LessonProblem } {
  try {
    // maxAliasCount stops "billion laughs" files (aliases of aliases) from eating memory.
    return { data: parseYaml(text, { maxAliasCount: 100, uniqueKeys: true }) };
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}` : 'file';
      const truncated = /UNEXPECTED_END|MISSING_CHAR|BAD_INDENT/.test(e.code) && pos !== undefined && pos.line >= text.split('\n').length - 1;
      return {
        problem: {
          file: name,
          where,
          message: `the file cannot be read as YAML or JSON (${e.code})${truncated ? '; it may be cut short' : ''}`,
          fix: truncated
            ? 'export or download the file again: it seems incomplete'
            : 'check indentation and quoting near that line (quote text containing ": " or "#")',
        },
      };
    }
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      return {
        problem: {
          file: name,
          where: 'file',
          message: 'the file uses too many YAML aliases (*name), as files made to exhaust memory do',
          fix: 'write the lesson out in full, without aliases',
        },
      };
    }
    return { problem: { file: name, where: 'file', message: `the file cannot be read: ${String(e)}`, fix: 'save it as UTF-8 YAML' } };
  }
}

export function readLessonFile(name: string, content: ArrayBuffer | Uint8Array | string, seeds: Record<string, SeedSource> = {}): LessonFileResult {
  const text = asText(name, content);
  if ('problem' in text) return { ok: false, problems: [text.problem] };
  if (text.text.trim() === '')
    return {
      ok: false,
      problems: [
        {
          file: name,
          where: 'file',
          message: 'the file is empty (only spaces or blank lines)',
          fix: 'choose the lesson file itself (a .yaml file exported from Spotlight)',
        },
      ],
    };
  const read = parse(name, text.text);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  if (typeof read.data !== 'object' || read.data === null || Array.isArray(read.data)) {
    return {
      ok: false,
      problems: [
        {
          file: name,
          where: 'file',
          message: 'this is not a lesson file (it holds no lesson fields such as id, title and exercises)',
          fix: 'choose a lesson file exported from Spotlight or from lessons/',
        },
      ],
    };
  }
  return buildLessonFile(name, read.data, seeds);
}
