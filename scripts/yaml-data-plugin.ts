// Lesson and seed-metadata YAML imported with `?data` arrive as parsed JSON plus a hash of
// the file's text, so the browser never parses YAML to open a built-in lesson (parsing was
// most of the lesson page's start-up time on a slow phone). A file that is not valid YAML
// becomes a module carrying the problem (line, column, fix), which the app shows.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { readYaml } from '../src/lib/lesson/build-lesson-yaml';
import { contentHash } from '../src/lib/lesson/content-hash';

export function yamlDataPlugin(): Plugin {
  return {
    name: 'spotlight-yaml-data',
    load(id) {
      const [path, query] = id.split('?');
      if (query !== 'data' || !path || !/\.ya?ml$/.test(path)) return undefined;
      const text = readFileSync(path, 'utf8');
      const read = readYaml(relative(process.cwd(), path), text);
      const json = JSON.stringify(
        read.ok ? { data: read.data, hash: contentHash(text), problem: null } : { data: null, hash: contentHash(text), problem: read.problem },
      );
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
