/**
 * The demo's real HTTP server (node:http, no mock). Every scenario answers with a verbatim fixture
 * from test/fixtures (the seed APIs and well-known formats), so the demo, the tests and the
 * stories show the same payloads. `createDemoServer()` is shared by `npm run demo` and the tests.
 *
 *   GET  /api/scenario/<name>   one failure (see SCENARIOS), or 200 once `?succeedAfter=N` failures were served
 *   GET  /api/stats, /api/orders the dashboard's cards and table (`?fail=<scenario>` answers that scenario
 *                               instead; MicroStrategy ERR009 while signed out)
 *   GET  /api/report            200 while signed in, else MicroStrategy ERR009 (401)
 *   GET  /api/slow?ms=N         200 after N ms (default 500, at most 10 000): for timeouts and cancelling
 *   GET  /api/drop              a dropped connection (no response at all)
 *   POST /api/sign-in           signs the session in again
 *   POST /api/sign-out          expires the session
 *   POST /api/team              Laravel 422 with field errors
 *   GET  /api/hits              hit counters (for tests)
 */
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

function loadFixtures() {
  const all = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    for (const c of JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))) all.push(c);
  }
  return all;
}

function pick(all, part) {
  const c = all.find((x) => x.name.includes(part));
  if (!c) throw new Error(`demo server: no fixture named like "${part}"`);
  return c.input;
}

/** Scenario name → a response snapshot { status, headers, body } from the fixtures. */
export function scenarios() {
  const all = loadFixtures();
  return {
    'mstr-session': pick(all, 'table row ERR009'),
    'mstr-forbidden': pick(all, '403 ERR017'),
    'mstr-not-found': pick(all, '404 ERR004 HTTP 404 Not Found'),
    'error-code-expired': pick(all, 'table row 8 AUTH EXPIRED'),
    'error-code-database': pick(all, 'table row 12 DATABASE'),
    'edgecast-denied': pick(all, 'sample JSON error message'),
    'error-object-rate-limit': pick(all, '429 RATE_LIMIT_EXCEEDED'),
    'error-object-unavailable': pick(all, '503 SERVICE_UNAVAILABLE'),
    'error-list-uspta': { status: 409, body: pick(all, 'table row 200601') },
    'laravel-validation': pick(all, '422 validation error response format'),
    'fastapi-validation': pick(all, 'Pydantic v2 body and query errors with body echo'),
    'nginx-502': pick(all, 'nginx 502 Bad Gateway page'),
    'envoy-503': pick(all, 'Envoy 503: upstream connect error, reset reason'),
    'server-500': pick(all, 'table row 0 UNKNOWN'),
    'not-implemented-501': pick(all, 'nginx 501 Not Implemented page'),
    'bad-request-400': pick(all, '400 Invalid JSON with ticketId'),
    'conflict-409': { status: 409, body: pick(all, 'table row 3002') },
    'unauthenticated-401': pick(all, '401 Login failed'),
    'drf-parse-error-400': pick(all, 'ParseError default_detail'),
    'gateway-timeout-504': pick(all, 'nginx 504 Gateway Time-out page'),
    'kubernetes-conflict-409': pick(all, 'Kubernetes 409 AlreadyExists'),
    // 200 with a GraphQL `errors` list: the client (the demo's query function) throws the body.
    'graphql-partial': pick(all, 'spec example: partial data with a resolver error'),
  };
}

/** The dashboard's own data (not an error payload): a small shop's figures and recent orders. */
const CUSTOMERS = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Linus Torvalds', 'Margaret Hamilton', 'Tim Berners-Lee', 'Radia Perlman', 'Ken Thompson', 'Barbara Liskov', 'Donald Knuth', 'Frances Allen'];
const STATUSES = ['paid', 'shipped', 'delivered', 'refunded', 'pending'];
export function orders() {
  return CUSTOMERS.map((customer, i) => ({
    id: `#${1042 + i}`,
    customer,
    date: new Date(Date.UTC(2026, 10, 30 - i, 9 + (i % 8), (i * 7) % 60)).toISOString(),
    status: STATUSES[(i * 3) % STATUSES.length],
    total: Math.round((49 + ((i * 37) % 400) + (i % 3) * 0.5) * 100) / 100,
    items: 1 + (i % 4),
  }));
}
export function stats() {
  const list = orders();
  return {
    revenue: Math.round(list.reduce((sum, o) => sum + (o.status === 'refunded' ? 0 : o.total), 0) * 100) / 100,
    orders: list.length,
    customers: new Set(list.map((o) => o.customer)).size,
    refunds: list.filter((o) => o.status === 'refunded').length,
    currency: 'EUR',
  };
}

function send(res, snapshot, extraHeaders = {}) {
  const headers = {};
  for (const [k, v] of Object.entries({ ...(snapshot.headers ?? {}), ...extraHeaders })) headers[k.toLowerCase()] = v;
  let body = snapshot.body;
  if (body !== undefined && body !== null && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(snapshot.status, headers);
  res.end(body ?? '');
}

export function createDemoServer() {
  const table = scenarios();
  const hits = {};
  let signedIn = true;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    hits[path] = (hits[path] ?? 0) + 1;
    const count = hits[path];
    if (path === '/api/hits') return send(res, { status: 200, body: hits });
    if (path === '/api/reset') {
      for (const k of Object.keys(hits)) delete hits[k];
      signedIn = true;
      return send(res, { status: 204 });
    }
    if (path === '/api/sign-in' && req.method === 'POST') {
      signedIn = true;
      return send(res, { status: 204 });
    }
    if (path === '/api/sign-out' && req.method === 'POST') {
      signedIn = false;
      return send(res, { status: 204 });
    }
    if (path.startsWith('/api/report')) {
      return signedIn ? send(res, { status: 200, body: { report: path, rows: 42 } }) : send(res, table['mstr-session']);
    }
    if (path === '/api/team' && req.method === 'POST') return send(res, table['laravel-validation']);
    if (path === '/api/stats' || path === '/api/orders') {
      const fail = url.searchParams.get('fail');
      if (fail && table[fail]) return send(res, table[fail]);
      if (!signedIn) return send(res, table['mstr-session']);
      return send(res, { status: 200, body: path === '/api/stats' ? stats() : orders() });
    }
    if (path === '/api/slow') {
      const ms = Math.min(10_000, Math.max(0, Number(url.searchParams.get('ms') ?? 500) || 0));
      const timer = setTimeout(() => send(res, { status: 200, body: { slow: true, ms } }), ms);
      req.on('close', () => clearTimeout(timer));
      return undefined;
    }
    if (path === '/api/drop') {
      req.socket.destroy(); // a dropped connection: no response at all
      return undefined;
    }
    if (path.startsWith('/api/scenario/')) {
      const name = path.slice('/api/scenario/'.length);
      const snapshot = table[name];
      if (!snapshot) return send(res, { status: 404, body: { error: { code: 'RESOURCE_NOT_FOUND', message: 'The requested resource could not be found.' } } });
      const after = Number(url.searchParams.get('succeedAfter') ?? 'NaN');
      if (Number.isFinite(after) && count > after) return send(res, { status: 200, body: { ok: true, attempt: count } });
      const retryAfter = url.searchParams.get('retryAfter');
      return send(res, snapshot, retryAfter ? { 'retry-after': retryAfter } : {});
    }
    return send(res, { status: 404, body: '' });
  });
  return { server, hits, scenarios: table, signOut: () => (signedIn = false) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const port = Number(process.env.DEMO_API_PORT ?? 5174);
  const { server } = createDemoServer();
  server.listen(port, '127.0.0.1', () => console.log(`demo API on http://127.0.0.1:${port}`));
}
