// @vitest-environment node
/**
 * Every popular client's errors, for real: each client (installed as a pinned devDependency) calls
 * a real `node:http` server on 127.0.0.1 whose routes fail in every way the table lists, and what
 * the app would hand over (what the client threw) goes through `normalizeError` — or `readError`
 * for the clients that leave the body unread. No mocks. The README's client table is this table.
 *
 * Each row checks category, status, retryable, field paths, referenceId and retryAfterMs. Where a
 * client cannot carry something (React Router's route errors keep no headers; a GraphQL error that
 * came with status 200 reaches the app as a body), the row says so in its override.
 */
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpLink } from '@trpc/client';
import { normalizeError, readError } from '../../src/core/index.js';
import type { ApiError } from '../../src/core/index.js';
import { CLIENTS, TIMEOUT, type Client } from './clients.js';
import { NOW, startServer, type TestServer, type TrpcRouter } from './server.js';

interface Expected {
  category: ApiError['category'];
  status?: number;
  retryable: boolean;
  fields: string[];
  referenceId?: string;
  retryAfterMs?: number;
}

interface Case {
  id: string;
  /** The URL, from the running server. */
  url: (s: TestServer) => string;
  expected: Expected;
}

const route = (name: string) => (s: TestServer) => `${s.base}/${name}`;

const CASES: Case[] = [
  { id: '422 problem details', url: route('problem'), expected: { category: 'validation', status: 422, retryable: false, fields: ['email', 'items.0.qty'], referenceId: 'req-problem' } },
  { id: '400 field map', url: route('fields'), expected: { category: 'validation', status: 400, retryable: false, fields: ['email'], referenceId: 'req-fields' } },
  { id: '401 expired bearer token', url: route('expired'), expected: { category: 'session-expired', status: 401, retryable: false, fields: [], referenceId: 'req-expired' } },
  { id: '403', url: route('forbidden'), expected: { category: 'forbidden', status: 403, retryable: false, fields: [], referenceId: 'req-forbidden' } },
  { id: '404 HTML page', url: route('missing'), expected: { category: 'not-found', status: 404, retryable: false, fields: [], referenceId: 'req-missing' } },
  { id: '409', url: route('conflict'), expected: { category: 'conflict', status: 409, retryable: false, fields: [], referenceId: 'req-conflict' } },
  { id: '429 Retry-After: 3', url: route('limited'), expected: { category: 'rate-limited', status: 429, retryable: true, fields: [], referenceId: 'req-limited', retryAfterMs: 3000 } },
  { id: '503 Retry-After: HTTP-date', url: route('maintenance'), expected: { category: 'unavailable', status: 503, retryable: true, fields: [], referenceId: 'req-maintenance', retryAfterMs: 120_000 } },
  { id: '500 text/plain', url: route('boom'), expected: { category: 'server', status: 500, retryable: true, fields: [], referenceId: 'req-boom' } },
  { id: '502 nginx page', url: route('proxy'), expected: { category: 'unavailable', status: 502, retryable: true, fields: [], referenceId: 'req-proxy' } },
  { id: '500 bad JSON (JSON content-type)', url: route('badjson'), expected: { category: 'server', status: 500, retryable: true, fields: [], referenceId: 'req-badjson' } },
  { id: 'GraphQL 200 with errors[]', url: route('graphql'), expected: { category: 'validation', retryable: false, fields: ['email'] } },
  { id: 'connection dropped mid-body', url: route('drop'), expected: { category: 'network', retryable: true, fields: [] } },
  { id: 'hang (client timeout)', url: route('hang'), expected: { category: 'timeout', retryable: true, fields: [] } },
  { id: 'refused port', url: (s) => `${s.refusedBase}/x`, expected: { category: 'network', retryable: true, fields: [] } },
  { id: 'DNS failure (.invalid)', url: () => 'http://api.example.invalid/x', expected: { category: 'network', retryable: true, fields: [] } },
];

/** The cells where a client legitimately gives something else, and why (the README says the same). */
const OVERRIDES: Record<string, Record<string, Partial<Expected>>> = {
  // graphql-request throws for a GraphQL error and keeps the response: status and request id too.
  'graphql-request 7.4': { 'GraphQL 200 with errors[]': { status: 200, referenceId: 'req-graphql' } },
  'tRPC 11.25 client (httpLink)': {
    // tRPC keeps the response it could not use (`meta.response`, `meta.responseJSON`).
    'GraphQL 200 with errors[]': { status: 200, referenceId: 'req-graphql' },
    // tRPC aborts its own fetch without the signal's reason: a timeout reaches the app as an AbortError.
    'hang (client timeout)': { category: 'cancelled', retryable: false },
  },
  // undici's responseError interceptor keeps only application/json and text/plain bodies (problem+json becomes '').
  'undici 7.30 request + interceptors.responseError()': { '422 problem details': { fields: [] } },
};
// tRPC keeps no response when the body is not JSON: the app gets a TRPCClientError around a SyntaxError.
for (const id of ['404 HTML page', '503 Retry-After: HTTP-date', '500 text/plain', '502 nginx page', '500 bad JSON (JSON content-type)']) {
  OVERRIDES['tRPC 11.25 client (httpLink)']![id] = { category: 'unknown', status: undefined, retryable: false, referenceId: undefined, retryAfterMs: undefined };
}
/** Clients whose errors keep no headers: no request id, no Retry-After, no WWW-Authenticate. */
const NO_HEADERS = ['RTK Query 2.15 fetchBaseQuery (real store)', 'React Router 7.18 (a loader throws the Response)'];
for (const name of NO_HEADERS) {
  const o = (OVERRIDES[name] ??= {});
  for (const c of CASES) if (c.expected.status !== undefined) o[c.id] = { referenceId: undefined, retryAfterMs: undefined };
  o['401 expired bearer token'] = { category: 'unauthenticated', referenceId: undefined };
}
// React Router parses a thrown Response's JSON body itself; when that fails the route error is the SyntaxError.
OVERRIDES['React Router 7.18 (a loader throws the Response)']!['500 bad JSON (JSON content-type)'] = { category: 'unknown', status: undefined, retryable: false, referenceId: undefined };

function project(e: ApiError): Expected {
  const out: Expected = { category: e.category, retryable: e.retryable, fields: e.fieldErrors.map((f) => f.field) };
  if (e.status !== undefined) out.status = e.status;
  if (e.referenceId !== undefined) out.referenceId = e.referenceId;
  if (e.retryAfterMs !== undefined) out.retryAfterMs = e.retryAfterMs;
  return out;
}

function expectedFor(client: Client, c: Case): Expected {
  const merged: Record<string, unknown> = { ...c.expected, ...OVERRIDES[client.name]?.[c.id] };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return merged as unknown as Expected;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  // Warm the resolver once, so the first DNS row is not slower than the clients' own timeout.
  await lookup('api.example.invalid').catch(() => undefined);
});
afterAll(async () => {
  await server.close();
});

const options = { now: NOW };
const rows = CLIENTS.flatMap((client) => CASES.map((c) => [client.name, c.id, client, c] as const));

describe('client x case (real node:http server)', () => {
  it.each(rows)('%s: %s', async (_name, _id, client, c) => {
    const started = performance.now();
    const thrown = await client.run(c.url(server));
    expect(performance.now() - started).toBeLessThan(TIMEOUT + 4000);
    const before = typeof thrown === 'object' && thrown !== null ? Object.keys(thrown).length : 0;
    const viaRead = await readError(thrown, options);
    const result = client.read === 'async' ? viaRead : normalizeError(thrown, options);
    if (process.env.CLIENTS_DEBUG) console.log(JSON.stringify([client.name, c.id, project(result)]));
    expect(project(result)).toEqual(expectedFor(client, c));
    // readError never does worse than normalizeError, for every client.
    expect(project(viaRead)).toEqual(project(result));
    // Nothing was mutated.
    if (typeof thrown === 'object' && thrown !== null) expect(Object.keys(thrown).length).toBe(before);
  });
});

describe('tRPC client x a real tRPC server (standalone adapter)', () => {
  const client = () => createTRPCClient<TrpcRouter>({ links: [httpLink({ url: `${server.base}/trpc` })] });
  const trpcRows: [string, () => Promise<unknown>, Expected][] = [
    ['UNAUTHORIZED', () => client().unauthorized.query(), { category: 'unauthenticated', status: 401, retryable: false, fields: [], referenceId: 'req-trpc' }],
    ['BAD_REQUEST (input parser)', () => client().badInput.query({ email: 1 } as never), { category: 'bad-request', status: 400, retryable: false, fields: [], referenceId: 'req-trpc' }],
    ['NOT_FOUND', () => client().notFound.query(), { category: 'not-found', status: 404, retryable: false, fields: [], referenceId: 'req-trpc' }],
    ['TOO_MANY_REQUESTS', () => client().tooMany.query(), { category: 'rate-limited', status: 429, retryable: true, fields: [], referenceId: 'req-trpc' }],
    ['INTERNAL_SERVER_ERROR (a thrown Error)', () => client().crash.query(), { category: 'server', status: 500, retryable: true, fields: [], referenceId: 'req-trpc' }],
  ];
  it.each(trpcRows)('%s', async (_id, call, expected) => {
    let thrown: unknown;
    try {
      await call();
    } catch (error) {
      thrown = error;
    }
    if (process.env.CLIENTS_DEBUG) console.log(JSON.stringify(['trpc', _id, project(normalizeError(thrown, options))]));
    expect(project(normalizeError(thrown, options))).toEqual(expected);
    expect(project(await readError(thrown, options))).toEqual(expected);
  });
});

describe("README's client table", () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('| client | what you pass | what you get |');
  const rows = readme
    .slice(start, readme.indexOf('\n\n', start))
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '')));

  it('has one row per tested client, in order, saying what the test passes (plus the tRPC server rows)', () => {
    expect(start).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual([...CLIENTS.map((c) => c.name), 'tRPC server (standalone adapter) → tRPC client']);
    for (const c of CLIENTS) expect(rows.find((r) => r[0] === c.name)?.[1], c.name).toBe(c.pass);
  });

  it('says "everything" exactly for the clients that lose nothing in any case', () => {
    for (const c of CLIENTS) {
      const got = rows.find((r) => r[0] === c.name)?.[2] ?? '';
      // An override that loses something: a field gone, another category, fewer field errors.
      const lossy = Object.entries(OVERRIDES[c.name] ?? {}).some(([id, o]) =>
        Object.values(o).some((v) => v === undefined) || 'category' in o || (o.fields?.length ?? Infinity) < (CASES.find((k) => k.id === id)?.expected.fields.length ?? 0),
      );
      expect(got.startsWith('everything') && !got.startsWith('everything but') && !got.startsWith('everything when'), c.name).toBe(!lossy);
      // A sync client gets everything from normalizeError; an async one says readError in "what you pass".
      expect(c.pass.includes('readError'), c.name).toBe(c.read === 'async');
    }
  });
});
