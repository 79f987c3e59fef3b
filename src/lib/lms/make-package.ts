// Builds a SCORM package (a zip) from the app's built files, the same way in Node
// (`npm run build:scorm`) and in the browser (the assignment builder's download): the
// files, imsmanifest.xml, the XSD files it names (as ADL's own sample packages carry them)
// and spotlight-package.json, all at relative paths.
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { manifestSchemaFiles, scormManifest } from './manifest';
import { PACKAGE_CONFIG_FILE, type PackageConfig } from './package-config';

/** Built files that do not belong in a package: the service worker and web-app manifest are not for an LMS's pages. */
const isPackagedFile = (path: string) =>
  !/^(sw\.js|workbox-[^/]*\.js|registerSW\.js|manifest\.webmanifest|package-files\.json|\.vite\/.*)(\.map)?$/.test(path) && !path.endsWith('.map');

/** The package's index.html without the web-app manifest link (vite-plugin-pwa adds it; the file stays out). */
const packagedIndexHtml = (html: string) => html.replace(/[ \t]*<link\s+rel="manifest"[^>]*>\n?/g, '');

/**
 * The zip. `schemas` are the XSD files of the standard (scripts/scorm-xsd/12 or /2004, by
 * file name); a manifest that names one the package lacks is refused rather than shipped.
 */
export function makeScormPackage(files: Record<string, Uint8Array>, config: PackageConfig, schemas: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(files).filter(isPackagedFile).sort();
  const zip: Zippable = {};
  for (const name of names) zip[name] = name === 'index.html' ? strToU8(packagedIndexHtml(strFromU8(files[name]!))) : files[name]!;
  const missing = manifestSchemaFiles(config.standard).filter((f) => !schemas[f]);
  if (missing.length > 0) throw new Error(`SCORM ${config.standard} schema files missing: ${missing.join(', ')}`);
  for (const [name, bytes] of Object.entries(schemas)) zip[name] ??= bytes;
  zip[PACKAGE_CONFIG_FILE] = strToU8(JSON.stringify(config, null, 2));
  zip['imsmanifest.xml'] = strToU8(
    scormManifest(config.standard, {
      identifier:
        config.lesson ??
        `assignment-${config.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .slice(0, 40)}`,
      title: config.title,
      files: [...names, PACKAGE_CONFIG_FILE],
      passingScore: config.passingScore,
    }),
  );
  // Already-compressed images gain nothing from deflate; text files shrink a lot.
  return zipSync(zip, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
