// Which LRS endpoints the app may send to: exactly what the Content-Security-Policy's
// connect-src lets through (https anywhere, plain http only to this computer), decided by
// one function that the builder and the runtime both use.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSP } from '../../../scripts/csp-plugin';
import { endpointProblem } from '../../../src/lib/xapi/lrs-config';

describe('endpointProblem', () => {
  it.each([
    'https://lrs.example.org/xapi/',
    'https://lrs.example.org:8443/data/xAPI',
    'HTTPS://LRS.EXAMPLE.ORG/xapi/',
    'http://localhost:8080/xapi/',
    'http://localhost/xapi/',
    'http://LocalHost:9000/',
    'http://127.0.0.1:8080/xapi/',
    'http://127.1:8080/xapi/', // the browser reads it as 127.0.0.1, and so matches it
  ])('accepts %s', (endpoint) => {
    expect(endpointProblem(endpoint)).toBeNull();
  });

  it.each([
    ['http://lrs.school.lan/xapi/', 'plain-http'],
    ['http://lrs.example.org/xapi/', 'plain-http'],
    ['http://192.168.1.20:8080/xapi/', 'plain-http'],
    ['http://localhost.evil.example/xapi/', 'plain-http'],
    ['http://127.0.0.1.nip.io/xapi/', 'plain-http'],
    ['http://[::1]:8080/xapi/', 'plain-http'], // loopback, but not in connect-src
    ['http://localhost./xapi/', 'plain-http'],
    ['ftp://lrs.example.org/xapi/', 'not-web'],
    ['javascript:alert(1)', 'not-web'],
    ['data:text/plain,hi', 'not-web'],
    ['ws://localhost:8080/', 'not-web'],
    ['lrs.example.org/xapi/', 'not-an-address'],
    ['https:lrs.example.org/xapi/', 'not-an-address'],
    ['https://', 'not-an-address'],
    ['', 'not-an-address'],
    ['https://key:secret@lrs.example.org/xapi/', 'credentials'],
  ] as const)('refuses %s (%s)', (endpoint, problem) => {
    expect(endpointProblem(endpoint)).toBe(problem);
  });
});

// A small CSP source matcher (CSP Level 3, "Does url match source list"), enough for the
// kinds of source connect-src uses. 'self' is left out: a link opens on whatever copy of
// Spotlight the student has, so the builder cannot count on the origin it runs on.
function allowedByConnectSrc(endpoint: string): boolean {
  const directive = CSP.split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  if (!directive) throw new Error('no connect-src in the CSP');
  const url = new URL(endpoint);
  return directive
    .slice(1)
    .filter((s) => s !== "'self'")
    .some((source) => {
      const scheme = /^([a-z][a-z0-9+.-]*):$/.exec(source);
      if (scheme) return url.protocol === `${scheme[1]}:` || (scheme[1] === 'http' && url.protocol === 'https:');
      const host = /^([a-z]+):\/\/([^:/]+)(?::(\*|\d+))?$/.exec(source);
      if (!host) throw new Error(`connect-src has a source this test does not know: ${source}`);
      const [, s, h, port] = host;
      const schemeOk = url.protocol === `${s}:` || (s === 'http' && url.protocol === 'https:');
      const defaultPort = url.protocol === 'https:' ? '443' : '80';
      const portOk = port === '*' || (url.port || defaultPort) === (port ?? (s === 'https' ? '443' : '80'));
      return schemeOk && url.hostname === h!.toLowerCase() && portOk;
    });
}

describe('the same rule as the Content-Security-Policy', () => {
  const hosts = fc.oneof(
    fc.constantFrom('localhost', '127.0.0.1', 'LOCALHOST', '127.1', 'lrs.example.org', '10.0.0.1', 'localhost.example', '[::1]'),
    fc.domain(),
  );
  const endpoints = fc
    .tuple(fc.constantFrom('http', 'https', 'HTTP', 'ftp'), hosts, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), fc.webPath())
    .map(([scheme, host, port, path]) => `${scheme}://${host}${port ? `:${port}` : ''}${path}`);

  it('allows an endpoint exactly when connect-src would let the request through', () => {
    fc.assert(
      fc.property(endpoints, (endpoint) => {
        expect(endpointProblem(endpoint) === null, endpoint).toBe(allowedByConnectSrc(endpoint));
      }),
      { numRuns: 500 },
    );
  });

  it('and connect-src still says what the rule was written for', () => {
    // If the policy changes, endpointProblem must change with it (and this test with both).
    expect(CSP).toContain("connect-src 'self' https: http://localhost:* http://127.0.0.1:*;");
  });
});
