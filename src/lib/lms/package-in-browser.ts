// The assignment builder's download: gathers this copy of the app's own built files (their
// list is package-files.json, written at build time and cached for offline use) and zips
// them into a SCORM package with fflate.
import { makeScormPackage } from './make-package';
import type { PackageConfig } from './package-config';

export type PackageResult = { ok: true; blob: Blob; name: string } | { ok: false; reason: 'dev-build' | 'fetch-failed'; detail: string };

export async function packageInBrowser(config: PackageConfig, fileName: string): Promise<PackageResult> {
  let list: string[];
  try {
    const response = await fetch('package-files.json');
    if (!response.ok) return { ok: false, reason: 'dev-build', detail: `package-files.json: HTTP ${response.status}` };
    list = (await response.json()) as string[];
    if (!Array.isArray(list)) return { ok: false, reason: 'dev-build', detail: 'package-files.json is not a list' };
  } catch (e) {
    return { ok: false, reason: 'dev-build', detail: String(e) };
  }
  const files: Record<string, Uint8Array> = {};
  try {
    await Promise.all(
      list.map(async (name) => {
        const response = await fetch(name);
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        files[name] = new Uint8Array(await response.arrayBuffer());
      }),
    );
  } catch (e) {
    return { ok: false, reason: 'fetch-failed', detail: String(e) };
  }
  const { scormSchemas } = await import('./scorm-schemas');
  const zip = makeScormPackage(files, config, scormSchemas(config.standard));
  return { ok: true, blob: new Blob([zip as BlobPart], { type: 'application/zip' }), name: fileName };
}
