// @vitest-environment node
/**
 * Errors thrown by HTTP clients, table-driven.
 *
 * Built with the real classes where the runtime has them (TypeError, DOMException, Error with
 * `cause`, Response, Headers, AbortSignal) and otherwise shaped exactly as each library's source
 * defines them (the `source` of every row). None of those libraries is a dependency: the shapes
 * are what `normalizeError` must understand when an app using them hands it what was thrown.
 *
 * Runs in the node environment: the last block fetches from a real `node:http` server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError, normalizeResponse } from '../../src/core/index.js';
import type { ApiError } from '../../src/core/index.js';

interface Row {
  name: string;
  /** Where the shape comes from (library source file or spec). */
  source: string;
  make: () => unknown;
  /** Fields the result must have; `null` means absent. */
  expected: Partial<Record<keyof ApiError, unknown>>;
}

// ---------------------------------------------------------------- shapes from library sources

const AXIOS_ERROR = 'https://github.com/axios/axios/blob/v1.x/lib/core/AxiosError.js';
const AXIOS_XHR = 'https://github.com/axios/axios/blob/v1.x/lib/adapters/xhr.js';
const AXIOS_CANCELED = 'https://github.com/axios/axios/blob/v1.x/lib/cancel/CanceledError.js';
const AXIOS_HEADERS = 'https://github.com/axios/axios/blob/v1.x/lib/core/AxiosHeaders.js';
const OFETCH = 'https://github.com/unjs/ofetch/blob/main/src/error.ts';
const KY_HTTP = 'https://github.com/sindresorhus/ky/blob/main/source/errors/HTTPError.ts';
const KY_TIMEOUT = 'https://github.com/sindresorhus/ky/blob/main/source/errors/TimeoutError.ts';
const GQL = 'https://github.com/jasonkuhrt/graphql-request/blob/main/src/legacy/classes/ClientError.ts';
const GOT = 'https://github.com/sindresorhus/got/blob/main/source/core/errors.ts';
const UNDICI_FETCH = 'https://github.com/nodejs/undici/blob/main/lib/web/fetch/index.js';
const UNDICI_ERRORS = 'https://github.com/nodejs/undici/blob/main/lib/core/errors.js';
const IS_NETWORK_ERROR = 'https://github.com/sindresorhus/is-network-error/blob/main/index.js';
const DOM_ABORT = 'https://dom.spec.whatwg.org/#abortsignal-api';

/** Minimal AxiosHeaders: a class whose `get` is case-insensitive (AxiosHeaders normalizes names). */
class AxiosHeadersLike {
  private readonly map = new Map<string, string>();
  constructor(init: Record<string, string>) {
    for (const [k, v] of Object.entries(init)) this.map.set(k.toLowerCase(), v);
  }
  get(name: string): string | undefined {
    return this.map.get(name.toLowerCase());
  }
}

/** `new AxiosError(message, code, config, request, response)`: an Error with axios' own fields. */
function axiosError(message: string, code: string | undefined, response?: Record<string, unknown>, name = 'AxiosError'): Error {
  const err = new Error(message);
  Object.assign(err, { name, code, config: { url: '/api/users', method: 'post' }, request: {}, isAxiosError: true });
  if (response) Object.assign(err, { response, status: response.status });
  return err;
}

function axiosResponse(status: number, data: unknown, headers: unknown): Record<string, unknown> {
  return { status, statusText: '', headers, data, config: {}, request: {} };
}

/** ofetch's `createFetchError`: `[METHOD] "url": status statusText` plus the parsed body as `data`. */
function ofetchError(response: Response | undefined, data: unknown, cause?: unknown): Error {
  const status = response?.status;
  const message = response
    ? `[GET] "https://api.example.com/items": ${status ?? ''} ${response.statusText}`
    : `[GET] "https://api.example.com/items": <no response> ${cause instanceof Error ? cause.message : ''}`;
  const err = new Error(message, cause === undefined ? undefined : { cause });
  err.name = 'FetchError';
  if (response) Object.assign(response, { _data: data });
  Object.assign(err, {
    request: 'https://api.example.com/items',
    options: {},
    response,
    data: response ? data : undefined,
    status,
    statusCode: status,
    statusText: response?.statusText,
    statusMessage: response?.statusText,
  });
  return err;
}

/** ky's HTTPError: `Request failed with status code 404 Not Found: GET https://...`. */
function kyHttpError(response: Response, data?: unknown): Error {
  const request = new Request('https://api.example.com/items');
  const err = new Error(`Request failed with status code ${response.status} ${response.statusText}: GET ${request.url}`.replace('  ', ' '));
  err.name = 'HTTPError';
  Object.assign(err, { response, request, options: {} });
  if (data !== undefined) Object.assign(err, { data });
  return err;
}

/** graphql-request's ClientError: name stays 'Error'; `response` = { errors, data?, status, headers }. */
function graphqlClientError(response: Record<string, unknown>): Error {
  const err = new Error(`GraphQL Error (Code: ${String(response.status)}): ${JSON.stringify({ response, request: { query: '{ me { id } }' } })}`);
  Object.assign(err, { response, request: { query: '{ me { id } }' } });
  return err;
}

/** got's HTTPError: `Response code 404 (Not Found)`, code ERR_NON_2XX_3XX_RESPONSE, response.statusCode/body. */
function gotHttpError(statusCode: number, statusMessage: string, headers: Record<string, string>, body: unknown): Error {
  const err = new Error(`Response code ${statusCode} (${statusMessage})`);
  Object.assign(err, {
    name: 'HTTPError',
    code: 'ERR_NON_2XX_3XX_RESPONSE',
    response: { statusCode, statusMessage, headers, body, url: 'https://api.example.com/items', retryCount: 0 },
    timings: {},
  });
  return err;
}

/** A Node system error as `net` raises it (the `cause` of undici's "fetch failed"). */
function systemError(code: string, syscall: string, message: string): Error {
  return Object.assign(new Error(message), { code, errno: -111, syscall, address: '127.0.0.1', port: 3000 });
}

const PROBLEM = { type: 'about:blank', title: 'Service Unavailable', status: 503 };

const ROWS: Row[] = [
  // ---- fetch network failures: the TypeError wording of each engine
  { name: 'Chrome fetch "Failed to fetch"', source: IS_NETWORK_ERROR, make: () => new TypeError('Failed to fetch'), expected: { category: 'network', retryable: true, source: 'client', status: null } },
  { name: 'Firefox "NetworkError when attempting to fetch resource."', source: IS_NETWORK_ERROR, make: () => new TypeError('NetworkError when attempting to fetch resource.'), expected: { category: 'network', source: 'client' } },
  { name: 'Safari 17 "Load failed"', source: IS_NETWORK_ERROR, make: () => new TypeError('Load failed'), expected: { category: 'network' } },
  { name: 'Safari "The Internet connection appears to be offline."', source: IS_NETWORK_ERROR, make: () => new TypeError('The Internet connection appears to be offline.'), expected: { category: 'network' } },
  { name: 'Safari "The network connection was lost."', source: IS_NETWORK_ERROR, make: () => new TypeError('The network connection was lost.'), expected: { category: 'network' } },
  { name: 'React Native / cross-fetch "Network request failed"', source: IS_NETWORK_ERROR, make: () => new TypeError('Network request failed'), expected: { category: 'network' } },
  { name: 'undici "fetch failed" caused by ECONNREFUSED', source: UNDICI_FETCH, make: () => new TypeError('fetch failed', { cause: systemError('ECONNREFUSED', 'connect', 'connect ECONNREFUSED 127.0.0.1:3000') }), expected: { category: 'network', retryable: true } },
  { name: 'undici "fetch failed" caused by ENOTFOUND (DNS)', source: UNDICI_FETCH, make: () => new TypeError('fetch failed', { cause: systemError('ENOTFOUND', 'getaddrinfo', 'getaddrinfo ENOTFOUND api.example.invalid') }), expected: { category: 'network' } },
  { name: 'undici "fetch failed" caused by ConnectTimeoutError (UND_ERR_CONNECT_TIMEOUT)', source: UNDICI_ERRORS, make: () => new TypeError('fetch failed', { cause: Object.assign(new Error('Connect Timeout Error'), { name: 'ConnectTimeoutError', code: 'UND_ERR_CONNECT_TIMEOUT' }) }), expected: { category: 'timeout', retryable: true } },
  { name: 'undici "fetch failed" caused by HeadersTimeoutError', source: UNDICI_ERRORS, make: () => new TypeError('fetch failed', { cause: Object.assign(new Error('Headers Timeout Error'), { name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' }) }), expected: { category: 'timeout' } },
  { name: 'undici "terminated" (connection dropped mid-body)', source: UNDICI_FETCH, make: () => new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' }) }), expected: { category: 'network' } },
  { name: 'a TypeError that is a bug, not a network failure', source: 'https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-typeerror', make: () => new TypeError("Cannot read properties of undefined (reading 'json')"), expected: { category: 'unknown', retryable: false, source: 'other' } },

  // ---- aborts and timeouts (real DOMException / AbortSignal)
  { name: "DOMException('…', 'AbortError')", source: DOM_ABORT, make: () => new DOMException('This operation was aborted', 'AbortError'), expected: { category: 'cancelled', retryable: false, source: 'client' } },
  { name: "DOMException('…', 'TimeoutError') as AbortSignal.timeout() rejects with", source: DOM_ABORT, make: () => new DOMException('The operation was aborted due to timeout', 'TimeoutError'), expected: { category: 'timeout', retryable: true } },
  { name: 'AbortSignal.abort().reason (real)', source: DOM_ABORT, make: () => AbortSignal.abort().reason, expected: { category: 'cancelled' } },

  // ---- axios 1.x
  { name: 'axios ECONNABORTED (timeout exceeded)', source: AXIOS_XHR, make: () => axiosError('timeout of 1000ms exceeded', 'ECONNABORTED'), expected: { category: 'timeout', retryable: true, source: 'client', status: null } },
  { name: 'axios ETIMEDOUT (transitional.clarifyTimeoutError)', source: AXIOS_XHR, make: () => axiosError('timeout of 1000ms exceeded', 'ETIMEDOUT'), expected: { category: 'timeout' } },
  { name: 'axios ERR_NETWORK "Network Error"', source: AXIOS_ERROR, make: () => axiosError('Network Error', 'ERR_NETWORK'), expected: { category: 'network', retryable: true } },
  { name: 'axios CanceledError ERR_CANCELED', source: AXIOS_CANCELED, make: () => axiosError('canceled', 'ERR_CANCELED', undefined, 'CanceledError'), expected: { category: 'cancelled', retryable: false } },
  {
    name: 'axios ERR_BAD_REQUEST with a response: 422 Laravel body, AxiosHeaders-like headers',
    source: AXIOS_HEADERS,
    make: () =>
      axiosError(
        'Request failed with status code 422',
        'ERR_BAD_REQUEST',
        axiosResponse(422, { message: 'The team name must be a string. (and 4 more errors)', errors: { team_name: ['The team name must be a string.'] } }, new AxiosHeadersLike({ 'Content-Type': 'application/json', 'X-Request-Id': 'req-7' })),
      ),
    expected: { category: 'validation', status: 422, source: 'response', dialect: 'generic', referenceId: 'req-7', fieldErrors: [{ field: 'team_name', message: 'The team name must be a string.' }] },
  },
  {
    name: 'axios ERR_BAD_RESPONSE 503 with plain-object headers (Retry-After in any case)',
    source: AXIOS_ERROR,
    make: () => axiosError('Request failed with status code 503', 'ERR_BAD_RESPONSE', axiosResponse(503, 'no healthy upstream', { 'retry-after': '7', 'content-type': 'text/plain' })),
    expected: { category: 'unavailable', status: 503, retryAfterMs: 7000, message: 'no healthy upstream', dialect: 'text' },
  },
  {
    name: 'axios 401 with an empty string body',
    source: AXIOS_ERROR,
    make: () => axiosError('Request failed with status code 401', 'ERR_BAD_REQUEST', axiosResponse(401, '', {})),
    expected: { category: 'unauthenticated', status: 401, message: null, dialect: 'http' },
  },

  // ---- ofetch
  {
    name: 'ofetch FetchError 404 with parsed data (DRF body) and a real Response',
    source: OFETCH,
    make: () => ofetchError(new Response(null, { status: 404, statusText: 'Not Found', headers: { 'x-request-id': 'of-1' } }), { detail: 'Not found.' }),
    expected: { category: 'not-found', status: 404, message: 'Not found.', dialect: 'generic', referenceId: 'of-1', source: 'response' },
  },
  {
    name: 'ofetch FetchError 429 with Retry-After on the Response',
    source: OFETCH,
    make: () => ofetchError(new Response(null, { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '3' } }), { message: 'Too Many Attempts.' }),
    expected: { category: 'rate-limited', status: 429, retryAfterMs: 3000, retryable: true },
  },
  {
    name: 'ofetch FetchError for a network failure: no response, cause TypeError("fetch failed")',
    source: OFETCH,
    make: () => ofetchError(undefined, undefined, new TypeError('fetch failed', { cause: systemError('ECONNREFUSED', 'connect', 'connect ECONNREFUSED 127.0.0.1:3000') })),
    expected: { category: 'network', retryable: true, status: null },
  },

  // ---- ky
  {
    name: 'ky 1 HTTPError: real Response, no data (body unread)',
    source: KY_HTTP,
    make: () => kyHttpError(new Response('{"detail":"Not found."}', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'application/json' } })),
    expected: { category: 'not-found', status: 404, source: 'response', message: null },
  },
  {
    name: 'ky 2 HTTPError with parsed `data` (FastAPI 422 body)',
    source: KY_HTTP,
    make: () =>
      kyHttpError(new Response(null, { status: 422, statusText: 'Unprocessable Entity' }), {
        detail: [{ type: 'missing', loc: ['body', 'name'], msg: 'Field required', input: {} }],
      }),
    expected: { category: 'validation', status: 422, dialect: 'generic', code: 'missing', fieldErrors: [{ field: 'name', message: 'Field required', code: 'missing' }] },
  },
  {
    name: 'ky 1 HTTPError 503 with Retry-After header on the Response',
    source: KY_HTTP,
    make: () => kyHttpError(new Response(null, { status: 503, statusText: 'Service Unavailable', headers: { 'Retry-After': '120' } })),
    expected: { category: 'unavailable', retryAfterMs: 120000, retryable: true },
  },
  {
    name: 'ky TimeoutError',
    source: KY_TIMEOUT,
    make: () => Object.assign(new Error('Request timed out: GET https://api.example.com/items'), { name: 'TimeoutError', request: new Request('https://api.example.com/items') }),
    expected: { category: 'timeout', retryable: true, source: 'client' },
  },

  // ---- graphql-request ClientError
  {
    name: 'graphql-request ClientError: 200 with errors and data null',
    source: GQL,
    make: () => graphqlClientError({ data: null, errors: [{ message: 'Not authorised!', locations: [{ line: 2, column: 3 }], path: ['me'] }], status: 200, headers: new Headers({ 'content-type': 'application/json' }) }),
    expected: { status: 200, source: 'response' },
  },
  {
    name: 'graphql-request ClientError: 200 with errors and partial data',
    source: GQL,
    make: () => graphqlClientError({ data: { me: null }, errors: [{ message: 'Not authorised!', path: ['me'] }], status: 200, headers: new Headers() }),
    expected: { status: 200, source: 'response' },
  },
  {
    name: 'graphql-request ClientError: HTTP 500 with errors',
    source: GQL,
    make: () => graphqlClientError({ errors: [{ message: 'Internal server error' }], status: 500, headers: new Headers() }),
    expected: { category: 'server', status: 500, retryable: true },
  },

  // ---- got
  {
    name: 'got HTTPError: response.statusCode + JSON body already parsed (Spring body)',
    source: GOT,
    make: () =>
      gotHttpError(404, 'Not Found', { 'content-type': 'application/json' }, {
        timestamp: '2020-05-15T11:00:34.384+00:00',
        status: 404,
        error: 'Not Found',
        message: '',
        path: '/failure',
      }),
    expected: { category: 'not-found', status: 404, dialect: 'spring', message: null, source: 'response' },
  },
  {
    name: 'got HTTPError: body as text, Retry-After header (lowercase object, as Node gives)',
    source: GOT,
    make: () => gotHttpError(429, 'Too Many Requests', { 'retry-after': '10', 'content-type': 'text/plain' }, 'Too Many Requests'),
    expected: { category: 'rate-limited', status: 429, retryAfterMs: 10000, message: 'Too Many Requests', dialect: 'text' },
  },
  {
    name: 'got TimeoutError (code ETIMEDOUT, no response)',
    source: GOT,
    make: () => Object.assign(new Error("Timeout awaiting 'request' for 5000ms"), { name: 'TimeoutError', code: 'ETIMEDOUT', event: 'request' }),
    expected: { category: 'timeout' },
  },

  // ---- plain values
  { name: 'plain Error', source: 'https://tc39.es/ecma262/#sec-error-objects', make: () => new Error('Something went wrong'), expected: { category: 'unknown', retryable: false, source: 'other', message: 'Something went wrong', dialect: 'unknown' } },
  { name: 'Error whose cause is a network TypeError', source: 'https://tc39.es/ecma262/#sec-installerrorcause', make: () => new Error('Could not load the profile', { cause: new TypeError('Failed to fetch') }), expected: { category: 'network', retryable: true } },
  { name: 'Error whose cause is an AbortError', source: 'https://tc39.es/ecma262/#sec-installerrorcause', make: () => new Error('wrapped', { cause: new DOMException('This operation was aborted', 'AbortError') }), expected: { category: 'cancelled' } },
  { name: 'a plain string', source: 'https://262.ecma-international.org/#sec-ecmascript-language-types-string-type', make: () => 'Something broke', expected: { category: 'unknown', message: 'Something broke', source: 'other' } },
  { name: 'a JSON string is read as a body', source: 'https://www.rfc-editor.org/rfc/rfc8259', make: () => '{"detail":"Not found."}', expected: { source: 'body', message: 'Not found.', dialect: 'generic' } },
  { name: 'null', source: 'https://tc39.es/ecma262/#sec-null-value', make: () => null, expected: { category: 'unknown', retryable: false, fieldErrors: [], codes: [] } },
  { name: 'undefined', source: 'https://tc39.es/ecma262/#sec-undefined-value', make: () => undefined, expected: { category: 'unknown', source: 'other' } },
  { name: 'a number', source: 'https://tc39.es/ecma262/#sec-ecmascript-language-types-number-type', make: () => 404, expected: { category: 'unknown', status: null } },
  { name: 'NaN', source: 'https://tc39.es/ecma262/#sec-ecmascript-language-types-number-type', make: () => Number.NaN, expected: { category: 'unknown' } },
  { name: 'a symbol', source: 'https://tc39.es/ecma262/#sec-ecmascript-language-types-symbol-type', make: () => Symbol('boom'), expected: { category: 'unknown', message: null } },
  { name: 'a bigint', source: 'https://tc39.es/ecma262/#sec-ecmascript-language-types-bigint-type', make: () => 10n, expected: { category: 'unknown' } },
  { name: 'an empty array', source: 'https://tc39.es/ecma262/#sec-array-objects', make: () => [], expected: { category: 'unknown', fieldErrors: [] } },
  { name: 'an array of strings', source: 'https://tc39.es/ecma262/#sec-array-objects', make: () => ['a', 'b'], expected: { category: 'unknown' } },
  { name: 'a function', source: 'https://tc39.es/ecma262/#sec-function-objects', make: () => () => 1, expected: { category: 'unknown', dialect: 'unknown', retryable: false } },
  { name: 'an object with a throwing getter', source: 'https://tc39.es/ecma262/#sec-object-type', make: () => ({ get status(): number { throw new Error('nope'); }, body: 'x' }), expected: { category: 'unknown' } },
  {
    name: 'a real Response passed to normalizeError (body not read: status and headers only)',
    source: 'https://fetch.spec.whatwg.org/#response-class',
    make: () => new Response(JSON.stringify(PROBLEM), { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' } }),
    expected: { category: 'unavailable', status: 503, retryAfterMs: 2000, source: 'response', message: null },
  },
];

describe('errors thrown by HTTP clients', () => {
  it.each(ROWS)('$name', (row) => {
    const input = row.make();
    const result = normalizeError(input, { now: () => Date.parse('2026-01-01T00:00:00Z') }) as unknown as Record<string, unknown>;
    expect(row.source).toMatch(/^https:\/\//);
    for (const [key, want] of Object.entries(row.expected)) {
      if (want === null) expect(result[key], key).toBeUndefined();
      else if (typeof want === 'object') expect(result[key], key).toEqual(want);
      else expect(result[key], key).toBe(want);
    }
    // Invariants: always an array of field errors, a boolean retryable, the input kept as cause.
    expect(Array.isArray(result.fieldErrors)).toBe(true);
    expect(typeof result.retryable).toBe('boolean');
    expect(JSON.parse(JSON.stringify(result))).not.toHaveProperty('cause');
  });

  it('returns an ApiError unchanged (same reference)', () => {
    const first = normalizeError(new TypeError('Failed to fetch'));
    expect(normalizeError(first)).toBe(first);
    // Also after a JSON round trip (shape check, not identity).
    const copy = JSON.parse(JSON.stringify(first)) as ApiError;
    expect(normalizeError(copy)).toBe(copy);
  });

  it('keeps the thrown value as the non-enumerable cause', () => {
    const thrown = new DOMException('This operation was aborted', 'AbortError');
    const result = normalizeError(thrown);
    expect(result.cause).toBe(thrown);
    expect(Object.keys(result)).not.toContain('cause');
  });

  it('has at least 40 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });
});

// ---------------------------------------------------------------- a real fetch against node:http

describe('real fetch against a node:http server on 127.0.0.1', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/unavailable') {
        res.writeHead(503, { 'Content-Type': 'application/problem+json', 'Retry-After': '2' });
        res.end(JSON.stringify(PROBLEM));
      } else if (req.url === '/limited') {
        res.writeHead(429, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Too Many Requests\n');
      } else {
        res.writeHead(404, { 'Content-Type': 'text/html' });
        res.end('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('503 problem+json with Retry-After: 2 → unavailable, retryable, 2000 ms', async () => {
    const res = await fetch(`${base}/unavailable`);
    const e = await normalizeResponse(res);
    expect(e).toMatchObject({ category: 'unavailable', status: 503, retryable: true, retryAfterMs: 2000, source: 'response' });
    expect(res.bodyUsed).toBe(true);
  });

  it('429 plain text → rate-limited with the text as message', async () => {
    const e = await normalizeResponse(await fetch(`${base}/limited`));
    expect(e).toMatchObject({ category: 'rate-limited', status: 429, retryable: true, message: 'Too Many Requests', dialect: 'text' });
  });

  it('404 nginx HTML page → not-found, no message', async () => {
    const e = await normalizeResponse(await fetch(`${base}/missing`));
    expect(e).toMatchObject({ category: 'not-found', status: 404, dialect: 'markup' });
    expect(e.message).toBeUndefined();
  });

  it('a body already read: normalizeResponse never rejects', async () => {
    const res = await fetch(`${base}/limited`);
    await res.text();
    const e = await normalizeResponse(res);
    expect(e).toMatchObject({ category: 'rate-limited', status: 429 });
  });

  it('a closed port: the thrown TypeError normalizes to network', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    let thrown: unknown;
    try {
      await fetch(`http://127.0.0.1:${port}/`);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const e = normalizeError(thrown);
    expect(e).toMatchObject({ category: 'network', retryable: true, source: 'client' });
    expect(e.status).toBeUndefined();
  });
});
