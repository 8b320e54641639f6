/**
 * react-query against a real node:http server on 127.0.0.1 with real fetch (no mocked fetch).
 */
import '@testing-library/jest-dom/vitest';
import { isCancelledError, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorProvider, ApiErrorStore } from '../../src/index.js';
import { apiFetch, ApiResponseError, createApiErrorQueryClient, retryOptions, wireQueryClient } from '../../src/react-query/index.js';
// @ts-expect-error -- plain ESM module shared with `npm run demo`
import { createDemoServer } from '../../demo/server.mjs';

interface Demo {
  server: Server;
  hits: Record<string, number>;
}
let demo: Demo;
let base = '';
const clients: QueryClient[] = [];

beforeAll(async () => {
  demo = createDemoServer() as Demo;
  await new Promise<void>((resolve) => demo.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(demo.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => demo.server.close(resolve));
});
beforeEach(async () => {
  await fetch(`${base}/api/reset`);
});
afterEach(() => {
  cleanup();
  for (const c of clients.splice(0)) c.clear();
});

function client(options: Parameters<typeof retryOptions>[0] = {}): QueryClient {
  const c = new QueryClient({ defaultOptions: { queries: { ...retryOptions({ baseDelayMs: 20, maxDelayMs: 5000, ...options }), gcTime: 0 } } });
  clients.push(c);
  return c;
}

async function run(c: QueryClient, path: string): Promise<{ error: unknown; data: unknown; ms: number }> {
  const started = performance.now();
  try {
    const data = await c.fetchQuery({ queryKey: [path], queryFn: ({ signal }) => apiFetch(`${base}${path}`, { signal }) });
    return { error: null, data, ms: performance.now() - started };
  } catch (error) {
    return { error, data: undefined, ms: performance.now() - started };
  }
}
const hitsOf = (path: string) => demo.hits[path] ?? 0;

describe('retry rules against a real server', () => {
  it('503 + Retry-After: 1 waits a second, then succeeds', async () => {
    const r = await run(client(), '/api/scenario/error-object-unavailable?retryAfter=1&succeedAfter=1');
    expect(r.error).toBeNull();
    expect(hitsOf('/api/scenario/error-object-unavailable')).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(950);
  });

  it('429 with Retry-After is retried after the asked wait', async () => {
    const r = await run(client(), '/api/scenario/error-object-rate-limit?retryAfter=1&succeedAfter=1');
    expect(r.error).toBeNull();
    expect(hitsOf('/api/scenario/error-object-rate-limit')).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(950);
  });

  it('500 is retried maxRetries times with backoff, then fails as ApiResponseError', async () => {
    const r = await run(client({ maxRetries: 3 }), '/api/scenario/server-500');
    expect(hitsOf('/api/scenario/server-500')).toBe(4);
    expect(r.error).toBeInstanceOf(ApiResponseError);
    expect((r.error as ApiResponseError).apiError).toMatchObject({ category: 'server', code: '0', status: 500 });
  });

  it.each([
    ['not-implemented-501', 501, 'server'],
    ['bad-request-400', 400, 'validation'],
    ['mstr-session', 401, 'session-expired'],
    ['mstr-not-found', 404, 'not-found'],
    ['conflict-409', 409, 'conflict'],
    ['laravel-validation', 422, 'validation'],
  ])('%s (%d) is never retried', async (name, status, category) => {
    const r = await run(client(), `/api/scenario/${name}`);
    expect(hitsOf(`/api/scenario/${name}`)).toBe(1);
    expect((r.error as ApiResponseError).apiError).toMatchObject({ status, category, retryable: false });
  });

  it('a closed port is a network error, retried', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const c = client({ maxRetries: 2 });
    let failures = 0;
    const error = await c
      .fetchQuery({
        queryKey: ['closed'],
        queryFn: () => {
          failures += 1;
          return apiFetch(`http://127.0.0.1:${port}/`);
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(failures).toBe(3);
    expect(c.getQueryState(['closed'])?.status).toBe('error');
  });

  it('a dropped connection is a network error', async () => {
    const r = await run(client({ maxRetries: 1 }), '/api/drop');
    expect(r.error).toBeInstanceOf(TypeError);
    expect(hitsOf('/api/drop')).toBe(2);
  });

  it('an aborted query is not retried', async () => {
    const c = client();
    const p = c.fetchQuery({ queryKey: ['slow'], queryFn: ({ signal }) => apiFetch(`${base}/api/slow`, { signal }) }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await c.cancelQueries({ queryKey: ['slow'] });
    const error = await p;
    expect(isCancelledError(error)).toBe(true);
    await new Promise((r) => setTimeout(r, 700));
    expect(hitsOf('/api/slow')).toBe(1);
  });
});

describe('cache wiring', () => {
  function Report({ id }: { id: number }) {
    const q = useQuery({ queryKey: ['report', id], queryFn: ({ signal }) => apiFetch<{ rows: number }>(`${base}/api/report/${id}`, { signal }) });
    return <p>{q.isSuccess ? `report ${id}: ${q.data.rows}` : q.isError ? `report ${id} failed` : `report ${id} loading`}</p>;
  }

  it('session expiry of 5 parallel queries opens one dialog; after sign-in they refetch', async () => {
    await fetch(`${base}/api/sign-out`, { method: 'POST' });
    const store = new ApiErrorStore();
    let opened = 0;
    store.subscribe(() => {
      if (store.getState().sessionExpired) opened += 1;
    });
    const qc = createApiErrorQueryClient({ store, retry: { baseDelayMs: 10 } });
    clients.push(qc);
    const onSignIn = async () => {
      await fetch(`${base}/api/sign-in`, { method: 'POST' });
    };
    render(
      <QueryClientProvider client={qc}>
        <ApiErrorProvider store={store} onSignIn={onSignIn}>
          {[1, 2, 3, 4, 5].map((id) => (
            <Report key={id} id={id} />
          ))}
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getAllByText(/failed/)).toHaveLength(5));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(opened).toBe(1);
    const before = Object.entries(demo.hits).filter(([k]) => k.startsWith('/api/report/')).reduce((n, [, v]) => n + v, 0);
    expect(before).toBe(5); // 401 is never retried
    await act(async () => {
      screen.getByRole('button', { name: 'Sign in again' }).click();
    });
    await waitFor(() => expect(screen.getAllByText(/report \d: 42/)).toHaveLength(5));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a failing background refetch becomes one non-blocking notice', async () => {
    const store = new ApiErrorStore();
    const qc = client({ maxRetries: 0 });
    const off = wireQueryClient(qc, store);
    let fail = false;
    const queryFn = () => apiFetch(`${base}/api/scenario/${fail ? 'envoy-503' : 'nope'}`).catch((e: unknown) => {
      if (!fail) return { first: true };
      throw e;
    });
    await qc.fetchQuery({ queryKey: ['bg'], queryFn });
    fail = true;
    await qc.refetchQueries({ queryKey: ['bg'] });
    await qc.refetchQueries({ queryKey: ['bg'] });
    const { notices } = store.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ count: 2, error: { category: 'unavailable', dialect: 'text' } });
    off();
  });
});
