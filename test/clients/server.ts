/**
 * A real `node:http` server on 127.0.0.1 (port 0) with one route per failure the client table
 * covers, plus a real tRPC server (standalone adapter) under `/trpc`. Every route matches by
 * prefix, so clients that append their own path (tRPC's `/<procedure>`) reach it too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';

/** The fixed clock every row normalizes with: 2026-01-01T12:00:00Z. */
export const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
/** The 503 route's `Retry-After` HTTP-date: two minutes after `NOW`. */
export const RETRY_AT = new Date(NOW + 120_000).toUTCString();

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n';
const HTML_404 = '<!doctype html><html><head><title>Not Found</title></head><body><h1>Page not found</h1></body></html>';

type Route = (res: ServerResponse) => void;

function json(status: number, idHeader: string, id: string, body: unknown, type = 'application/json', extra: Record<string, string> = {}): Route {
  return (res) => {
    res.writeHead(status, { 'Content-Type': type, [idHeader]: id, ...extra });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** Route name → handler. The request-id header is spelled in varied letter case on purpose. */
export const ROUTES: Record<string, Route> = {
  problem: json(
    422,
    'X-Request-ID',
    'req-problem',
    {
      type: 'https://example.com/probs/validation',
      title: 'Your request is not valid.',
      status: 422,
      detail: 'Two fields are invalid.',
      errors: [
        { detail: 'must be a valid email address', pointer: '#/email' },
        { detail: 'must be a positive integer', pointer: '#/items/0/qty' },
      ],
    },
    'application/problem+json',
  ),
  fields: json(400, 'x-request-id', 'req-fields', { errors: { email: ['is invalid'] } }),
  expired: json(401, 'X-REQUEST-ID', 'req-expired', { message: 'Unauthorized' }, 'application/json', {
    'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"',
  }),
  forbidden: json(403, 'x-Request-Id', 'req-forbidden', { message: 'You may not edit this report' }),
  missing: json(404, 'X-Request-Id', 'req-missing', HTML_404, 'text/html; charset=utf-8'),
  conflict: json(409, 'x-request-ID', 'req-conflict', { message: 'This email is already registered' }),
  limited: json(429, 'X-Request-Id', 'req-limited', { message: 'Too many requests' }, 'application/json', { 'Retry-After': '3' }),
  maintenance: json(503, 'X-Request-Id', 'req-maintenance', 'Down for maintenance', 'text/plain', { 'Retry-After': RETRY_AT }),
  boom: json(500, 'X-Request-Id', 'req-boom', 'Internal Server Error', 'text/plain; charset=utf-8'),
  proxy: json(502, 'X-Request-Id', 'req-proxy', NGINX_502, 'text/html'),
  badjson: json(500, 'X-Request-Id', 'req-badjson', '{"error": "Internal', 'application/json'),
  badjson200: json(200, 'X-Request-Id', 'req-badjson200', '{"data": {"me": ', 'application/json'),
  graphql: json(200, 'X-Request-Id', 'req-graphql', {
    data: null,
    errors: [{ message: 'Email is invalid', path: ['createUser'], extensions: { code: 'BAD_USER_INPUT', field: 'email' } }],
  }),
  /** Headers sent (a 200 that promises 1,000 bytes), a few bytes, then the socket is destroyed. */
  drop: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000', 'X-Request-Id': 'req-drop' });
    res.write('{"items":[', () => res.socket?.destroy());
  },
  /** Never answers: the client's own timeout must fire (the socket is destroyed at shutdown). */
  hang: () => {},
};

/** The real tRPC router: each procedure throws the TRPCError a tRPC app would. */
const t = initTRPC.create();
export const trpcRouter = t.router({
  unauthorized: t.procedure.query(() => {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  }),
  badInput: t.procedure
    .input((raw: unknown) => {
      if (typeof raw !== 'object' || raw === null || typeof (raw as { email?: unknown }).email !== 'string') {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'email is required' });
      }
      return raw as { email: string };
    })
    .query(() => 'ok'),
  notFound: t.procedure.query(() => {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No such report' });
  }),
  tooMany: t.procedure.query(() => {
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'Slow down' });
  }),
  crash: t.procedure.query(() => {
    throw new Error('database exploded');
  }),
});
export type TrpcRouter = typeof trpcRouter;

export interface TestServer {
  base: string;
  /** A port on 127.0.0.1 that nothing listens on. */
  refusedBase: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const trpc = createHTTPHandler({ router: trpcRouter, basePath: '/trpc/' });
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').slice(1);
    req.resume(); // drain any request body (POSTed GraphQL queries)
    if (path.startsWith('trpc/')) {
      res.setHeader('X-Request-Id', 'req-trpc');
      void trpc(req, res);
      return;
    }
    const name = Object.keys(ROUTES).find((r) => path === r || path.startsWith(`${r}/`) || path.startsWith(`${r}?`));
    if (name) return ROUTES[name]!(res);
    res.writeHead(418).end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A closed port: bind one, note it, close it.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const refusedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));

  return {
    base,
    refusedBase: `http://127.0.0.1:${refusedPort}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
