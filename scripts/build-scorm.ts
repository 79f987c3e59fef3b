// `npm run build:scorm`: builds the app with relative paths, then writes two SCORM
// packages per lesson into build/scorm/: <lesson>-scorm12.zip (SCORM 1.2) and
// <lesson>-scorm2004.zip (SCORM 2004 4th edition). Each holds the whole app, so it works
// with no network; spotlight-package.json tells the app which lesson to open.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLessonsOnDisk } from './lessons-disk';
import { listFiles } from './package-files-plugin';
import { makeScormPackage } from '../src/lib/lms/make-package';
import { SCHEMA_FOLDER } from '../src/lib/lms/manifest';
import { parsePackageConfig, type PackageConfig } from '../src/lib/lms/package-config';

// Options: --passing 0.6 (fraction of points to pass when the LMS sets no mastery score);
// --lrs <endpoint> --lrs-key <key> --lrs-secret <secret> to also send xAPI statements.
const { values: opts } = parseArgs({
  options: {
    passing: { type: 'string', default: '0.6' },
    lrs: { type: 'string' },
    'lrs-key': { type: 'string', default: '' },
    'lrs-secret': { type: 'string', default: '' },
  },
});
const extra = {
  passingScore: Number(opts.passing),
  ...(opts.lrs ? { lrs: { endpoint: opts.lrs, username: opts['lrs-key'], password: opts['lrs-secret'] } } : {}),
};

const root = process.cwd();
const appDir = join(root, 'build/scorm-app');
const outDir = join(root, process.env.SCORM_OUT ?? 'build/scorm');

const lessons = readLessonsOnDisk(root);
const broken = lessons.filter((l) => !l.result.ok);
if (broken.length > 0) {
  console.error(`✗ ${broken.map((l) => l.file).join(', ')}: run npm run lessons:check to see what to fix`);
  process.exit(1);
}
const optionsCheck = parsePackageConfig({ format: 'spotlight-package', version: 1, standard: '1.2', title: 'check', lesson: 'check', ...extra });
if (!optionsCheck.ok) {
  console.error(`✗ ${optionsCheck.detail} (check --passing, --lrs, --lrs-key and --lrs-secret)`);
  process.exit(1);
}
const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const files = Object.fromEntries(listFiles(appDir).map((f) => [f, new Uint8Array(readFileSync(join(appDir, f)))]));
// The XSD files each manifest names, with those they import (scripts/scorm-xsd/README.md).
const schemas = (standard: '1.2' | '2004') => {
  const dir = join(root, 'scripts/scorm-xsd', SCHEMA_FOLDER[standard]);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /\.(xsd|dtd)$/.test(f))
      .map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]),
  );
};
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const { id, result } of lessons) {
  if (!result.ok) continue;
  for (const standard of ['1.2', '2004'] as const) {
    const config: PackageConfig = { ...optionsCheck.config, standard, title: result.lesson.title, lesson: id };
    const zip = makeScormPackage(files, config, schemas(standard));
    const name = `${id}-scorm${standard === '1.2' ? '12' : '2004'}.zip`;
    writeFileSync(join(outDir, name), zip);
    console.log(
      `✓ ${join(process.env.SCORM_OUT ?? 'build/scorm', name)} (${(zip.length / 1024).toFixed(0)} KB, SCORM ${standard === '1.2' ? '1.2' : '2004 4th edition'})`,
    );
  }
}
