// @vitest-environment node
// Both generated manifests, inside a package built the way `npm run build:scorm` builds it,
// validate against the XSD files the package carries (scripts/scorm-xsd/), checked by
// libxml2's xmllint: a manifest an LMS's validator would reject fails here first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { makeScormPackage } from '../../../src/lib/lms/make-package';
import { SCHEMA_FOLDER } from '../../../src/lib/lms/manifest';
import type { PackageConfig } from '../../../src/lib/lms/package-config';

const xmllint = spawnSync('xmllint', ['--version']);
if (xmllint.error || xmllint.status !== 0)
  throw new Error("xmllint is missing: install Debian's libxml2-utils (apt-get install -y libxml2-utils; .ci/run does) to validate the SCORM manifests");

const schemas = (standard: '1.2' | '2004') => {
  const dir = join(process.cwd(), 'scripts/scorm-xsd', SCHEMA_FOLDER[standard]);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
};
const app = { 'index.html': new TextEncoder().encode('<!doctype html><title>x</title>'), 'assets/app & co.js': new Uint8Array([1]) };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes the package's root files and validates its manifest; a driver schema imports every namespace the manifest names. */
function validate(files: Record<string, Uint8Array>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-xsd-'));
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(files)) if (!name.includes('/')) writeFileSync(join(dir, name), bytes);
  const manifest = strFromU8(files['imsmanifest.xml']!);
  const pairs = /xsi:schemaLocation="([^"]+)"/.exec(manifest)![1]!.trim().split(/\s+/);
  const imports: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) imports.push(`<xs:import namespace="${pairs[i]}" schemaLocation="${pairs[i + 1]}"/>`);
  writeFileSync(join(dir, 'driver.xsd'), `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`);
  const run = spawnSync('xmllint', ['--noout', '--schema', 'driver.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe.each(['1.2', '2004'] as const)('the SCORM %s manifest', (standard) => {
  const config: PackageConfig = { format: 'spotlight-package', version: 1, standard, title: 'Claims & <words>', lesson: 'tajik-isis-k', passingScore: 0.6 };
  const files = unzipSync(makeScormPackage(app, config, schemas(standard)));

  it('is valid against the schema files the package carries', () => {
    const result = validate(files);
    expect(result.output).toContain('imsmanifest.xml validates');
    expect(result.ok).toBe(true);
  });

  it('fails validation when it breaks the schema (the check can fail)', () => {
    const xml = strFromU8(files['imsmanifest.xml']!);
    // 1.2's attribute misspelt as 2004's (scormType), and a passing measure beyond 2004's -1 to 1.
    const broken =
      standard === '1.2'
        ? xml.replace('adlcp:scormtype=', 'adlcp:scormType=')
        : xml.replace(/<imsss:minNormalizedMeasure>[\d.]+/, '<imsss:minNormalizedMeasure>7');
    expect(broken).not.toBe(xml);
    const result = validate({ ...files, 'imsmanifest.xml': strToU8(broken) });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/scormType|minNormalizedMeasure/);
  });
});
