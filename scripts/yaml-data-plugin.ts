// Lesson and seed-metadata YAML imported with `?data` arrive as parsed JSON plus a hash of
// the file's text, so the browser never parses YAML to open a built-in lesson (parsing was
// most of the lesson page's start-up time on a slow phone). A file that is not valid YAML
// becomes a module that reports the error, and the lesson check names it.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { contentHash } from '../src/lib/lesson/content-hash';

export function yamlDataPlugin(): Plugin {
  return {
    name: 'spotlight-yaml-data',
    load(id) {
      const [path, query] = id.split('?');
      if (query !== 'data' || !path || !/\.ya?ml$/.test(path)) return undefined;
      const text = readFileSync(path, 'utf8');
      let data: unknown;
      let error: string | null = null;
      try {
        data = parse(text);
      } catch (e) {
        error = String(e);
      }
      const json = JSON.stringify({ data, hash: contentHash(text), error });
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
