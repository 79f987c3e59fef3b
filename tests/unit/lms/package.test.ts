// The package: manifests that parse as XML with every value escaped, the config file's
// validation, what goes in the zip, and the report worked out from saved progress.
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { manifestSchemaFiles, scormManifest } from '../../../src/lib/lms/manifest';
import { makeScormPackage } from '../../../src/lib/lms/make-package';
import { packageRoute, parsePackageConfig, type PackageConfig } from '../../../src/lib/lms/package-config';
import { lmsReport } from '../../../src/lib/lms/lms-report';

const config: PackageConfig = {
  format: 'spotlight-package',
  version: 1,
  standard: '1.2',
  title: 'Claims & <words> "quoted"',
  lesson: 'tajik-isis-k',
  passingScore: 0.6,
};

describe('imsmanifest.xml', () => {
  it.each(['1.2', '2004'] as const)('is well-formed SCORM %s with the title escaped and every file listed', (version) => {
    const xml = scormManifest(version, { identifier: 'x', title: config.title, files: ['index.html', 'assets/a&b.js'], passingScore: 0.6 });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('schemaversion')[0]!.textContent).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(config.title);
    expect([...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href'))).toEqual(['index.html', 'assets/a&b.js']);
    const resource = doc.getElementsByTagName('resource')[0]!;
    expect(resource.getAttribute('href')).toBe('index.html');
    expect(resource.getAttribute(version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType')).toBe('sco');
  });
});

describe('the package zip', () => {
  // What vite-plugin-pwa leaves in the built index.html: a link to the web-app manifest.
  const indexHtml = '<html><head>\n  <link rel="icon" href="./favicon.svg">\n  <link rel="manifest" href="./manifest.webmanifest"></head><body></body></html>';
  const files = {
    'index.html': strToU8(indexHtml),
    'favicon.svg': new Uint8Array([0]),
    'assets/app.js': new Uint8Array([1]),
    'sw.js': new Uint8Array([2]),
    'workbox-1.js': new Uint8Array([3]),
    'assets/app.js.map': new Uint8Array([4]),
    'manifest.webmanifest': new Uint8Array([5]),
  };
  const schemas = Object.fromEntries(manifestSchemaFiles('1.2').map((f) => [f, strToU8('<xs:schema/>')]));
  it('holds the app without its service worker, the manifest, its schema files and the config', () => {
    const zip = unzipSync(makeScormPackage(files, config, { ...schemas, 'ims_xml.xsd': strToU8('<x/>') }));
    expect(Object.keys(zip).sort()).toEqual(
      ['assets/app.js', 'favicon.svg', 'imsmanifest.xml', 'index.html', 'spotlight-package.json', 'ims_xml.xsd', ...manifestSchemaFiles('1.2')].sort(),
    );
    expect(parsePackageConfig(JSON.parse(strFromU8(zip['spotlight-package.json']!)))).toEqual({ ok: true, config });
  });
  it('links to no file it leaves out: the web-app manifest link goes from index.html', () => {
    const zip = unzipSync(makeScormPackage(files, config, schemas));
    const html = strFromU8(zip['index.html']!);
    expect(html).not.toContain('manifest.webmanifest');
    expect(html).toContain('<link rel="icon" href="./favicon.svg">');
    const refs = [...html.matchAll(/(?:href|src)="\.?\/?([^"#?]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !zip[r])).toEqual([]);
    const manifest = strFromU8(zip['imsmanifest.xml']!);
    const located = /xsi:schemaLocation="([^"]+)"/
      .exec(manifest)![1]!
      .split(/\s+/)
      .filter((_, i) => i % 2 === 1);
    expect(located.filter((f) => !zip[f])).toEqual([]);
  });
  it('is refused when a schema file the manifest names is missing', () => {
    expect(() => makeScormPackage(files, config, {})).toThrow(/schema files missing: imscp_rootv1p1p2.xsd/);
  });
});

describe('spotlight-package.json', () => {
  it('names what is wrong with a damaged config', () => {
    expect(parsePackageConfig({ ...config, standard: '3' })).toMatchObject({ ok: false, detail: expect.stringContaining('standard') });
    expect(parsePackageConfig({ ...config, assignment: 'abc' })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('either one lesson or one assignment'),
    });
    expect(parsePackageConfig({ ...config, lrs: { endpoint: 'javascript:alert(1)', username: 'a', password: 'b' } }).ok).toBe(false);
    expect(parsePackageConfig(null).ok).toBe(false);
  });
  it('opens the lesson or the assignment', () => {
    expect(packageRoute(config)).toBe('#/lesson/tajik-isis-k');
    const { lesson: _lesson, ...rest } = config;
    expect(packageRoute({ ...rest, assignment: 'eJxx' })).toBe('#/a/eJxx');
  });
});

describe('the report from saved progress', () => {
  const result = (points: number, max: number) => ({ points, max, items: [], wrongMarkIds: [], hintPenalty: 0 });
  const save = (lessonId: string, step: string, results: Record<string, { points: number; max: number }>) =>
    JSON.stringify({
      format: 'spotlight-attempt',
      version: 2,
      lessonId,
      contentHash: 'h',
      savedAt: '',
      step,
      exercises: Object.fromEntries(
        Object.entries(results).map(([id, r]) => [
          id,
          { phase: 'done', marks: [], nextMarkId: 1, checks: 1, hinted: [], hintsUsed: 0, result: result(r.points, r.max) },
        ]),
      ),
    });
  const storage = (values: Record<string, string>) => ({ getItem: (k: string) => values[k] ?? null, setItem: () => {}, removeItem: () => {} });
  const target = { namespace: '', lessonIds: ['a', 'b'], passingScore: 0.6 };
  it('is incomplete until every lesson reaches its summary', () => {
    expect(lmsReport(storage({}), target)).toEqual({ completed: false });
    expect(
      lmsReport(
        storage({ 'spotlight:progress:a': save('a', 'summary', { x: { points: 3, max: 4 } }), 'spotlight:progress:b': save('b', 'exercise-x', {}) }),
        target,
      ),
    ).toEqual({ completed: false });
  });
  it('adds the points of every exercise and passes at the passing score', () => {
    const done = {
      'spotlight:progress:a': save('a', 'summary', { x: { points: 3, max: 4 }, y: { points: 1.5, max: 4 } }),
      'spotlight:progress:b': save('b', 'summary', { z: { points: 1.5, max: 2 } }),
    };
    expect(lmsReport(storage(done), target)).toEqual({ completed: true, passed: true, score: { points: 6, max: 10 } });
    expect(lmsReport(storage(done), { ...target, passingScore: 0.61 }).passed).toBe(false);
    expect(lmsReport(storage({ 'spotlight:progress:a-q:a': 'not json' }), { ...target, namespace: 'a-q' })).toEqual({ completed: false });
    // A record under another lesson's key never counts (a copied or damaged suspend_data).
    expect(lmsReport(storage({ ...done, 'spotlight:progress:b': done['spotlight:progress:a'] }), target)).toEqual({ completed: false });
  });
});
