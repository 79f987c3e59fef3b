// A stand-in learning record store for the browser tests: answers CORS preflights as a
// real LRS does, checks each POST's xAPI headers and each statement's shape, and keeps
// what it accepted (or why it refused) for the test to read.
import { createServer } from 'node:http';

export interface LrsStandIn {
  endpoint: string;
  statements: Record<string, any>[];
  refusals: string[];
  stop: () => Promise<void>;
}

const ADL = /^http:\/\/adlnet\.gov\/expapi\/verbs\/(launched|answered|completed|passed|failed)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** What is wrong with a statement, or '' when it has the shape xAPI 1.0.3 requires. */
function problem(s: any): string {
  if (!s || typeof s !== 'object') return 'not an object';
  if (!UUID.test(s.id ?? '')) return 'id is not a UUID';
  if (Number.isNaN(Date.parse(s.timestamp ?? ''))) return 'timestamp is not a date';
  if (s.actor?.objectType !== 'Agent' || !s.actor.account?.homePage || !s.actor.account?.name) return 'actor is not an Agent with an account';
  if (!ADL.test(s.verb?.id ?? '') || !s.verb.display?.['en-US']) return `verb ${s.verb?.id} is not an ADL verb with a display`;
  if (s.object?.objectType !== 'Activity' || !/^https?:\/\//.test(s.object.id ?? '')) return 'object is not an Activity with an IRI';
  return '';
}

export async function startLrs(username: string, password: string): Promise<LrsStandIn> {
  const statements: LrsStandIn['statements'] = [];
  const refusals: string[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-Experience-API-Version',
    'Access-Control-Allow-Methods': 'POST, PUT, GET, OPTIONS',
  };
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const refuse = (status: number, why: string) => {
        refusals.push(why);
        res.writeHead(status, { ...cors, 'Content-Type': 'text/plain' }).end(why);
      };
      if (req.method !== 'POST' || req.url !== '/xapi/statements') return refuse(404, `${req.method} ${req.url}`);
      if (!String(req.headers['x-experience-api-version'] ?? '').startsWith('1.0')) return refuse(400, 'missing X-Experience-API-Version');
      if (req.headers.authorization !== expectedAuth) return refuse(401, 'wrong credentials');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(400, 'not JSON');
      let batch: unknown;
      try {
        batch = JSON.parse(body);
      } catch {
        return refuse(400, 'body is not JSON');
      }
      const list = Array.isArray(batch) ? batch : [batch];
      const bad = list.map(problem).find(Boolean);
      if (bad) return refuse(400, bad);
      statements.push(...list);
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(list.map((s) => s.id)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { endpoint: `http://127.0.0.1:${port}/xapi/`, statements, refusals, stop: () => new Promise((r) => server.close(() => r())) };
}
