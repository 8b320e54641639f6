/**
 * Global setup of the `browser` project: a real `node:http` server on 127.0.0.1 (port 0) that the
 * Chromium tests fetch from (CORS open), its address handed over with `inject('apiBase')`.
 *
 * `GET|POST /flaky?id=<unique>&fail=<n>&status=<code>`: the first n requests for that id fail with
 * the status and its body below, the later ones answer 200 `{ "id", "attempt" }`.
 * `GET /count?id=<unique>`: how many requests that id has had.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    apiBase: string;
  }
}

/** An HTML 404 page, as a static server sends one (also in test/clients/server.ts). */
const HTML_404 = '<!doctype html><html><head><title>Not Found</title></head><body><h1>Page not found</h1></body></html>';

/** Failure bodies: shared/seeds/003 (the `{ error: { code, message } }` API's documented examples), HTML for 404. */
const FAILURES: Record<number, { type: string; body: string }> = {
  403: { type: 'application/json', body: JSON.stringify({ error: { code: 'PERMISSION_DENIED', message: 'You do not have permission to perform this action.' } }) },
  404: { type: 'text/html; charset=utf-8', body: HTML_404 },
  500: {
    type: 'application/json',
    body: JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred. Please try again later or contact support if the problem persists.' } }),
  },
  503: { type: 'application/json', body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable. Please try again later.' } }) },
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const counts = new Map<string, number>();
  const send = (res: ServerResponse, status: number, type: string, body: string): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'content-type',
      'Access-Control-Expose-Headers': '*',
      'Cache-Control': 'no-store',
      'X-Request-Id': `req-${status}-${Math.random().toString(36).slice(2, 8)}`,
    });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') return send(res, 204, 'text/plain', '');
    const id = url.searchParams.get('id') ?? '';
    if (url.pathname === '/count') return send(res, 200, 'application/json', JSON.stringify({ id, count: counts.get(id) ?? 0 }));
    if (url.pathname !== '/flaky') return send(res, 404, FAILURES[404]!.type, FAILURES[404]!.body);
    const attempt = (counts.get(id) ?? 0) + 1;
    counts.set(id, attempt);
    const fail = Number(url.searchParams.get('fail') ?? '0');
    const status = Number(url.searchParams.get('status') ?? '500');
    const failure = FAILURES[status] ?? FAILURES[500]!;
    // Drain a POST body before answering.
    req.resume();
    req.on('end', () => {
      if (attempt <= fail) send(res, status, failure.type, failure.body);
      else send(res, 200, 'application/json', JSON.stringify({ id, attempt }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('apiBase', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
