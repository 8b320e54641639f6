/**
 * Global setup of the `browser` project: a real `node:http` server on 127.0.0.1 that the tests
 * running in Chromium call with real fetch (cross-origin, so it answers CORS). It serves:
 *
 * - `/api/*`: the demo server (demo/server.mjs: verbatim fixtures, `?retryAfter=N&succeedAfter=N`);
 * - `POST /forms/signup`: a sign-up endpoint that validates like a Django REST framework serializer
 *   and answers its error format (400, field → list of messages, `non_field_errors`, a nested list
 *   serializer's errors as a list with `{}` for the valid items). The messages are DRF's own:
 *   EmailField `invalid` and CharField `blank`
 *   (https://github.com/encode/django-rest-framework/blob/master/rest_framework/fields.py) and
 *   UniqueTogetherValidator's message
 *   (https://github.com/encode/django-rest-framework/blob/master/rest_framework/validators.py);
 *   the list format: https://github.com/encode/django-rest-framework/blob/master/rest_framework/serializers.py
 *   (ListSerializer.to_internal_value).
 *
 * Tests read the address with `inject('formsApiBase')`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM module shared with `npm run demo`
import { createDemoServer } from '../../demo/server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    formsApiBase: string;
  }
}

interface Signup {
  email?: unknown;
  name?: unknown;
  team?: unknown;
  items?: unknown;
}

const blank = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';

/** DRF-style validation of a sign-up: `null` when it is valid. */
export function validateSignup(body: Signup): Record<string, unknown> | null {
  const errors: Record<string, unknown> = {};
  if (blank(body.name)) errors.name = ['This field may not be blank.'];
  if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) errors.email = ['Enter a valid email address.'];
  if (Array.isArray(body.items)) {
    const items = body.items.map((item: unknown) => (blank((item as { name?: unknown } | null)?.name) ? { name: ['This field may not be blank.'] } : {}));
    if (items.some((i) => Object.keys(i).length > 0)) errors.items = items;
  }
  if (Object.keys(errors).length === 0 && body.team === 'taken') errors.non_field_errors = ['The fields email, team must make a unique set.'];
  return Object.keys(errors).length > 0 ? errors : null;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(text) as unknown);
      } catch {
        resolve(null);
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req-${status}` });
  res.end(JSON.stringify(body));
}

let server: Server | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const demo = createDemoServer() as { server: Server };
  const demoHandler = demo.server.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void;
  server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, POST, PUT, DELETE', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/forms/signup' && req.method === 'POST') {
      void readJson(req).then((body) => {
        const errors = validateSignup((body ?? {}) as Signup);
        if (errors) send(res, 400, errors);
        else send(res, 201, { id: 1 });
      });
      return;
    }
    demoHandler(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  project.provide('formsApiBase', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    await new Promise((resolve) => server?.close(resolve));
  };
}
