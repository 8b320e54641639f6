/**
 * Every client of the table, each called the way an app calls it, against a real server. `run`
 * returns what the app hands to `normalizeError` / `readError`: what the client threw (or, for a
 * GraphQL error that came with status 200 and a client that does not throw for it, the body).
 */
import { ApolloClient as Apollo4Client, gql as gql4, HttpLink as Apollo4HttpLink, InMemoryCache as Apollo4Cache } from '@apollo/client';
import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query';
import { createTRPCClient, httpLink } from '@trpc/client';
import { ApolloClient as Apollo3Client, gql as gql3, HttpLink as Apollo3HttpLink, InMemoryCache as Apollo3Cache } from 'apollo3/core';
import axios from 'axios';
import got from 'got';
import { GraphQLClient } from 'graphql-request';
import ky from 'ky';
import ky1 from 'ky1';
import { ofetch } from 'ofetch';
import { createStaticHandler } from 'react-router';
import superagent from 'superagent';
import { Agent, interceptors, request as undiciRequest } from 'undici';
import { apiFetch } from '../../src/react-query/index.js';
import type { TrpcRouter } from './server.js';

/** Every client's own timeout, in ms (the `hang` route never answers). */
export const TIMEOUT = 300;

export interface Client {
  name: string;
  /** README: what the app passes. */
  pass: string;
  /** `sync`: `normalizeError(x)` already gives the whole answer; `async`: `await readError(x)` is needed. */
  read: 'sync' | 'async';
  /** Sends a GraphQL query (POST) rather than a plain GET. */
  graphql?: boolean;
  run(url: string): Promise<unknown>;
}

const QUERY = 'query Me { me { id } }';
const caught = async (p: () => Promise<unknown>): Promise<unknown> => {
  try {
    return { resolved: await p() };
  } catch (error) {
    return error;
  }
};
/** The value passed on: what was thrown, else what the request resolved with (a 200 GraphQL body). */
const passed = (r: unknown): unknown => (typeof r === 'object' && r !== null && 'resolved' in r ? (r as { resolved: unknown }).resolved : r);
const run = async (p: () => Promise<unknown>) => passed(await caught(p));

const undiciAgent = new Agent().compose(interceptors.responseError());

/** RTK Query through a real store: `api.endpoints.get.initiate(url)` resolves with `{ error }`. */
function rtkStore() {
  const api = createApi({
    reducerPath: 'api',
    baseQuery: fetchBaseQuery({ timeout: TIMEOUT }),
    endpoints: (build) => ({ get: build.query<unknown, string>({ query: (url) => url }) }),
  });
  const store = configureStore({ reducer: { api: api.reducer }, middleware: (gdm) => gdm().concat(api.middleware) });
  return { api, store };
}

export const CLIENTS: Client[] = [
  {
    name: 'fetch (a thrown Response)',
    pass: '`await readError(res)` for a `Response` you threw, or the `TypeError` / `DOMException` fetch threw',
    read: 'async',
    run: (url) =>
      run(async () => {
        const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT) });
        if (!res.ok) throw res;
        return (await res.json()) as unknown;
      }),
  },
  {
    name: 'apiFetch (react-query entry)',
    pass: 'the `ApiResponseError` (or fetch error) it threw',
    read: 'sync',
    run: (url) => run(() => apiFetch(url, { signal: AbortSignal.timeout(TIMEOUT) })),
  },
  {
    name: 'axios 1.21 (timeout option)',
    pass: 'the `AxiosError`',
    read: 'sync',
    run: (url) => run(async () => (await axios.get(url, { timeout: TIMEOUT })).data as unknown),
  },
  {
    name: 'axios 1.21 (signal: AbortSignal.timeout)',
    pass: 'the `AxiosError` / `CanceledError`',
    read: 'sync',
    run: (url) => run(async () => (await axios.get(url, { signal: AbortSignal.timeout(TIMEOUT) })).data as unknown),
  },
  {
    name: 'ky 2.1',
    pass: 'the `HTTPError` (its `data` holds the body) / `TimeoutError`',
    read: 'sync',
    run: (url) => run(() => ky.get(url, { timeout: TIMEOUT, retry: 0 }).json()),
  },
  {
    name: 'ky 1.14',
    pass: '`await readError(error)`: ky 1 leaves `error.response` unread',
    read: 'async',
    run: (url) => run(() => ky1.get(url, { timeout: TIMEOUT, retry: 0 }).json()),
  },
  {
    name: 'ofetch 1.5',
    pass: 'the `FetchError`',
    read: 'sync',
    run: (url) => run(() => ofetch(url, { timeout: TIMEOUT, retry: 0 })),
  },
  {
    name: 'got 14.6',
    pass: 'the `HTTPError` / `TimeoutError` / `RequestError` / `ReadError`',
    read: 'sync',
    run: (url) => run(() => got(url, { timeout: { request: TIMEOUT }, retry: { limit: 0 } }).json()),
  },
  {
    name: 'superagent 10.4',
    pass: 'the error (`err.status`, `err.response`)',
    read: 'sync',
    run: (url) => run(async () => (await superagent.get(url).timeout(TIMEOUT)).body as unknown),
  },
  {
    name: 'undici 7.30 request + interceptors.responseError()',
    pass: 'the `ResponseError` (`statusCode`, `headers`, `body`)',
    read: 'sync',
    run: (url) =>
      run(async () => {
        const res = await undiciRequest(url, { dispatcher: undiciAgent, headersTimeout: TIMEOUT, bodyTimeout: TIMEOUT });
        return await res.body.json();
      }),
  },
  {
    name: 'graphql-request 7.4',
    pass: 'the `ClientError`',
    read: 'sync',
    graphql: true,
    run: (url) => run(() => new GraphQLClient(url, { signal: AbortSignal.timeout(TIMEOUT) }).request(QUERY)),
  },
  {
    name: 'Apollo Client 4.3',
    pass: 'the `CombinedGraphQLErrors` / `ServerError` / `ServerParseError`',
    read: 'sync',
    graphql: true,
    run: (url) =>
      run(() =>
        new Apollo4Client({ link: new Apollo4HttpLink({ uri: url, fetchOptions: { signal: AbortSignal.timeout(TIMEOUT) } }), cache: new Apollo4Cache() }).query({
          query: gql4(QUERY),
          fetchPolicy: 'no-cache',
        }),
      ),
  },
  {
    name: 'Apollo Client 3.14',
    pass: 'the `ApolloError` (`graphQLErrors`, `networkError`)',
    read: 'sync',
    graphql: true,
    run: (url) =>
      run(() =>
        new Apollo3Client({ link: new Apollo3HttpLink({ uri: url, fetchOptions: { signal: AbortSignal.timeout(TIMEOUT) } }), cache: new Apollo3Cache() }).query({
          query: gql3(QUERY),
          fetchPolicy: 'no-cache',
        }),
      ),
  },
  {
    name: 'RTK Query 2.15 fetchBaseQuery (real store)',
    pass: 'the query result\'s `error` (`FetchBaseQueryError`)',
    read: 'sync',
    run: async (url) => {
      const { api, store } = rtkStore();
      const result = await store.dispatch(api.endpoints.get.initiate(url));
      return result.error ?? result.data;
    },
  },
  {
    name: 'tRPC 11.25 client (httpLink)',
    pass: 'the `TRPCClientError`',
    read: 'sync',
    run: (url) => run(() => createTRPCClient<TrpcRouter>({ links: [httpLink({ url })] }).crash.query(undefined, { signal: AbortSignal.timeout(TIMEOUT) })),
  },
  {
    name: 'React Router 7.18 (a loader throws the Response)',
    pass: 'the route error (`useRouteError()`: an `ErrorResponse` `{ status, statusText, data }`, or what the loader threw)',
    read: 'sync',
    run: async (url) => {
      const handler = createStaticHandler([
        {
          id: 'root',
          path: '/',
          loader: async () => {
            const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT) });
            if (!res.ok) throw res;
            return (await res.json()) as unknown;
          },
        },
      ]);
      const context = await handler.query(new Request('http://app.test/'));
      if (context instanceof Response) return context;
      return context.errors?.root ?? context.loaderData.root;
    },
  },
];
