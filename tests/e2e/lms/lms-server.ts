// A stand-in LMS for the browser tests: serves an unzipped SCORM package under
// /course/pkg/ and a parent page (/course/lms.html) that loads scorm-again, the way an
// LMS frames a SCO. The test itself creates the API and the frame (see scorm.e2e.ts).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  xml: 'application/xml',
};

export async function startLms(zipPath: string): Promise<{ url: string; files: string[]; text: (name: string) => string; stop: () => Promise<void> }> {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const scormAgain = readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist/scorm-again.js'));
  const parent =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>' +
    '<script src="scorm-again.js"></script></head><body><h1>Stand-in LMS</h1><div id="slot"></div></body></html>';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: Uint8Array | string | undefined;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/course/lms.html') body = parent;
    else if (path === '/course/scorm-again.js') body = scormAgain;
    else if (path.startsWith('/course/pkg/')) body = files[path.slice('/course/pkg/'.length)];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/course`,
    files: Object.keys(files),
    text: (name: string) => new TextDecoder().decode(files[name]),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
