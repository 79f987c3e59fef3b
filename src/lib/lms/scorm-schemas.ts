// The XSD files a package carries, for the assignment builder's download: bundled from
// scripts/scorm-xsd/ into one chunk that is loaded only when a teacher builds a package.
// (`npm run build:scorm` reads the same folder from disk.)
import { strToU8 } from 'fflate';
import type { ScormVersion } from './find-api';
import { SCHEMA_FOLDER } from './manifest';

const files = import.meta.glob<string>('/scripts/scorm-xsd/*/*.{xsd,dtd}', { query: '?raw', import: 'default', eager: true });

/** The standard's schema files by file name. */
export function scormSchemas(standard: ScormVersion): Record<string, Uint8Array> {
  const folder = `/scripts/scorm-xsd/${SCHEMA_FOLDER[standard]}/`;
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.startsWith(folder))
      .map(([path, text]) => [path.slice(folder.length), strToU8(text)]),
  );
}
