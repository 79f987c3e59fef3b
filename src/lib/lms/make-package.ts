// Builds a SCORM package (a zip) from the app's built files, the same way in Node
// (`npm run build:scorm`) and in the browser (the assignment builder's download): the
// files, imsmanifest.xml and spotlight-package.json, all at relative paths.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { scormManifest } from './manifest';
import { PACKAGE_CONFIG_FILE, type PackageConfig } from './package-config';

/** Built files that do not belong in a package: the service worker is not for an LMS's pages. */
const isPackagedFile = (path: string) =>
  !/^(sw\.js|workbox-[^/]*\.js|registerSW\.js|manifest\.webmanifest|package-files\.json|\.vite\/.*)(\.map)?$/.test(path) && !path.endsWith('.map');

export function makeScormPackage(files: Record<string, Uint8Array>, config: PackageConfig): Uint8Array {
  const names = Object.keys(files).filter(isPackagedFile).sort();
  const zip: Zippable = {};
  for (const name of names) zip[name] = files[name]!;
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
