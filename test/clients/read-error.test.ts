// @vitest-environment node
/**
 * `readError` and the client shapes the table does not reach: what it reads (and what it never
 * touches), RTK Query's other error kinds, React Router's own route errors, a 200 whose body could
 * not be parsed, and `withApiErrors` around ky 1. Real clients against the same real server.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query';
import axios from 'axios';
import ky1 from 'ky1';
import { createStaticHandler, data, isRouteErrorResponse } from 'react-router';
import { request } from 'undici';
import { normalizeError, readError } from '../../src/core/index.js';
import { ApiResponseError, retryOptions, withApiErrors } from '../../src/react-query/index.js';
import { NOW, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
const url = (route: string) => `${server.base}/${route}`;
const options = { now: NOW };

async function thrownBy(p: () => Promise<unknown>): Promise<unknown> {
  try {
    await p();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('readError', () => {
  it('reads a thrown Response from a clone: the app can still read the body, and a second call reads it again', async () => {
    const res = await fetch(url('fields'));
    const first = await readError(res, options);
    expect(first).toMatchObject({ category: 'validation', status: 400, referenceId: 'req-fields', fieldErrors: [{ field: 'email', message: 'is invalid' }] });
    expect(first.cause).toBe(res);
    expect(res.bodyUsed).toBe(false);
    expect(await readError(res, options)).toEqual(first);
    expect(await res.json()).toEqual({ errors: { email: ['is invalid'] } });
  });

  it('never reads a used body: what normalizeError gives (status and headers)', async () => {
    const res = await fetch(url('fields'));
    await res.text();
    const e = await readError(res, options);
    expect(e).toEqual(normalizeError(res, options));
    expect(e).toMatchObject({ category: 'bad-request', status: 400, referenceId: 'req-fields', fieldErrors: [] });
  });

  it('reads ky 1\'s unread error.response, leaves the error as it was, keeps it as cause', async () => {
    const error = await thrownBy(() => ky1.get(url('problem'), { retry: 0 }).json());
    const keys = Object.keys(error as object);
    const e = await readError(error, options);
    expect(e.fieldErrors.map((f) => f.field)).toEqual(['email', 'items.0.qty']);
    expect(e.cause).toBe(error);
    expect(Object.keys(error as object)).toEqual(keys);
    expect((error as { response: Response }).response.bodyUsed).toBe(false);
  });

  it("reads undici's request() result (statusCode, headers, an unread body) once", async () => {
    const result = await request(url('fields'));
    const e = await readError(result, options);
    expect(e).toMatchObject({ category: 'validation', status: 400, referenceId: 'req-fields', fieldErrors: [{ field: 'email' }] });
    expect(result.body.bodyUsed).toBe(true);
    // The body is spent: a second call does not try again; it gives what normalizeError gives.
    expect(await readError(result, options)).toEqual(normalizeError(result, options));
  });

  it('gives up on a body that never ends after 5 s, without rejecting', async () => {
    vi.useFakeTimers();
    try {
      const res = new Response(new ReadableStream({ start() {} }), { status: 503, headers: { 'retry-after': '7' } });
      const pending = readError(res, options);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await pending).toMatchObject({ category: 'unavailable', status: 503, retryAfterMs: 7000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('never rejects, whatever it is given', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostile = [
      undefined,
      null,
      'text',
      42,
      revoked.proxy,
      new Proxy({}, { get: () => { throw new Error('boom'); } }),
      { get response(): never { throw new Error('boom'); } },
      { status: 500, bodyUsed: false, text: () => Promise.reject(new Error('boom')) },
      { status: 500, bodyUsed: false, text: () => { throw new Error('sync boom'); } },
      { statusCode: 502, body: { bodyUsed: false, text: 'not a function' } },
    ];
    for (const input of hostile) {
      const e = await readError(input, options);
      expect(typeof e.category).toBe('string');
    }
    expect((await readError({ status: 500, bodyUsed: false, text: () => Promise.reject(new Error('boom')) })).category).toBe('server');
  });
});

describe('more client shapes', () => {
  it('Apollo Client 4 ServerParseError (200, body not JSON) and axios ERR_BAD_RESPONSE (strict JSON): network, retryable', async () => {
    const apollo = await thrownBy(() =>
      new ApolloClient({ link: new HttpLink({ uri: url('badjson200') }), cache: new InMemoryCache() }).query({ query: gql('query Me { me { id } }'), fetchPolicy: 'no-cache' }),
    );
    expect((apollo as Error).name).toBe('ServerParseError');
    expect(normalizeError(apollo, options)).toMatchObject({ category: 'network', retryable: true });
    const ax = await thrownBy(() => axios.get(url('badjson200'), { responseType: 'json', transitional: { silentJSONParsing: false } }));
    expect((ax as { code: string }).code).toBe('ERR_BAD_RESPONSE');
    expect(normalizeError(ax, options)).toMatchObject({ category: 'network', retryable: true });
    expect(normalizeError(ax, options).status).toBeUndefined();
  });

  it('axios ERR_BAD_RESPONSE with a 5xx response stays that status', async () => {
    const ax = await thrownBy(() => axios.get(url('boom')));
    expect((ax as { code: string }).code).toBe('ERR_BAD_RESPONSE');
    expect(normalizeError(ax, options)).toMatchObject({ category: 'server', status: 500, referenceId: 'req-boom' });
  });

  it('RTK Query: fetchBaseQuery called directly, a thrown queryFn (SerializedError) and a CUSTOM_ERROR', async () => {
    // RTK logs the thrown queryFn ("An unhandled error occurred..."): expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => quiet.mockRestore());
    const baseQuery = fetchBaseQuery();
    const api = { signal: new AbortController().signal, abort: () => {}, dispatch: () => {}, getState: () => ({}), extra: undefined, endpoint: 'get', type: 'query' as const };
    const direct = await baseQuery(url('limited'), api as never, {});
    expect(direct.error).toEqual({ status: 429, data: { message: 'Too many requests' } });
    expect(normalizeError(direct.error, options)).toMatchObject({ category: 'rate-limited', status: 429, retryable: true });

    const rtk = createApi({
      reducerPath: 'more',
      baseQuery,
      endpoints: (build) => ({
        thrown: build.query<unknown, void>({
          queryFn: () => {
            throw new TypeError('Failed to fetch');
          },
        }),
        custom: build.query<unknown, void>({ queryFn: () => ({ error: { status: 'CUSTOM_ERROR', error: 'Out of stock' } }) }),
      }),
    });
    const store = configureStore({ reducer: { more: rtk.reducer }, middleware: (gdm) => gdm().concat(rtk.middleware) });
    const thrown = (await store.dispatch(rtk.endpoints.thrown.initiate())).error;
    expect(thrown).toMatchObject({ name: 'TypeError', message: 'Failed to fetch' });
    expect(normalizeError(thrown, options)).toMatchObject({ category: 'network', retryable: true });
    const custom = (await store.dispatch(rtk.endpoints.custom.initiate())).error;
    expect(normalizeError(custom, options)).toMatchObject({ category: 'unknown', retryable: false });
  });

  it("React Router: an unmatched URL (internal 404) and a loader's data() with a status", async () => {
    const handler = createStaticHandler([
      {
        id: 'root',
        path: '/',
        loader: () => {
          throw data({ errors: { email: ['is invalid'] } }, { status: 422, headers: { 'x-request-id': 'lost' } });
        },
      },
    ]);
    const missing = await handler.query(new Request('http://app.test/nowhere'));
    if (missing instanceof Response) throw new Error('expected a context');
    const notFound = Object.values(missing.errors ?? {})[0];
    expect(isRouteErrorResponse(notFound)).toBe(true);
    expect(normalizeError(notFound, options)).toMatchObject({ category: 'not-found', status: 404, retryable: false });

    const ctx = await handler.query(new Request('http://app.test/'));
    if (ctx instanceof Response) throw new Error('expected a context');
    const routeError = ctx.errors?.root;
    expect(isRouteErrorResponse(routeError)).toBe(true);
    const e = normalizeError(routeError, options);
    expect(e).toMatchObject({ category: 'validation', status: 422, fieldErrors: [{ field: 'email', message: 'is invalid' }] });
    expect(e.referenceId).toBeUndefined(); // a route error response keeps no headers
  });
});

describe('withApiErrors (react-query entry)', () => {
  it("turns ky 1's HTTPError into an ApiResponseError with the body; the original is its cause", async () => {
    const query = withApiErrors(() => ky1.get(url('limited'), { retry: 0 }).json());
    const error = await thrownBy(query);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect((error as ApiResponseError).cause).toMatchObject({ name: 'HTTPError' });
    const e = normalizeError(error, options);
    expect(e).toMatchObject({ category: 'rate-limited', status: 429, retryAfterMs: 3000, referenceId: 'req-limited', message: 'Too many requests' });
    const rules = retryOptions({ maxDelayMs: 10_000 });
    expect(rules.retry(0, error)).toBe(true);
    expect(rules.retryDelay(0, error)).toBe(3000);
  });

  it('reads a thrown Response; passes network errors through unchanged', async () => {
    const thrownResponse = withApiErrors(async () => {
      const res = await fetch(url('problem'));
      if (!res.ok) throw res;
      return res.json();
    });
    const error = await thrownBy(thrownResponse);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(normalizeError(error, options).fieldErrors.map((f) => f.field)).toEqual(['email', 'items.0.qty']);

    const refused = withApiErrors(() => fetch(`${server.refusedBase}/x`));
    const network = await thrownBy(refused);
    expect(network).toBeInstanceOf(TypeError);
    expect(normalizeError(network, options)).toMatchObject({ category: 'network', retryable: true });
  });
});
