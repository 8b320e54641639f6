/**
 * Error boundaries and route errors in real Chromium, against the real `node:http` server of
 * test/browser-api-server.ts (issue 13, point 3):
 * - react-error-boundary + `useSuspenseQuery`: the query fails → `ApiErrorFallback` shows the
 *   banner → "Try again" resets the boundary and react-query's `QueryErrorResetBoundary` → the
 *   refetch succeeds → the data shows; the same with `useQuery({ throwOnError })` and `ApiErrorBoundary`;
 * - a React Router data router whose loaders throw a fetch `Response` (404 HTML, 500 JSON):
 *   `RouteErrorBanner` shows the right text, and "Try again" revalidates.
 */
import { QueryClientProvider, QueryErrorResetBoundary, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { act, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { createMemoryRouter, Outlet, RouterProvider, useLoaderData } from 'react-router';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { mount, rerender, unmountAll, waitFor } from '../helpers/mount.js';
import en from '../../locales/en.json';
import { ApiErrorBoundary, ApiErrorFallback, ApiErrorProvider, ApiErrorStore, type ApiErrorReport } from '../../src/index.js';
import { apiFetch, createApiErrorQueryClient } from '../../src/react-query/index.js';
import { RouteErrorBanner } from '../../src/react-router/index.js';

const base = inject('apiBase');
afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

const banner = (host: HTMLElement) => host.querySelector<HTMLElement>('.rae-banner');
const count = async (id: string) => ((await (await fetch(`${base}/count?id=${id}`)).json()) as { count: number }).count;
type Attempt = { id: string; attempt: number };

function setup() {
  // React logs what a boundary caught; the test reads the banner instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const reports: ApiErrorReport[] = [];
  const store = new ApiErrorStore({}, { onError: (r) => reports.push(r), shownWithinMs: 5_000 });
  const client = createApiErrorQueryClient({ store, retry: { maxRetries: 0 } });
  return { store, client, reports };
}

describe('react-error-boundary + Suspense', { timeout: 40_000 }, () => {
  it('a suspense query fails → banner → Try again → the refetch succeeds → data shows', async () => {
    const { store, client, reports } = setup();
    const id = crypto.randomUUID();
    function Report(): ReactNode {
      const { data } = useSuspenseQuery({ queryKey: ['report', id], queryFn: ({ signal }) => apiFetch<Attempt>(`${base}/flaky?id=${id}&fail=1&status=503`, { signal }) });
      return <p className="data">attempt {data.attempt}</p>;
    }
    const host = await mount(
      <QueryClientProvider client={client}>
        <ApiErrorProvider store={store}>
          <QueryErrorResetBoundary>
            {({ reset }) => (
              <ErrorBoundary onReset={reset} FallbackComponent={ApiErrorFallback}>
                <Suspense fallback={<p>Loading…</p>}>
                  <Report />
                </Suspense>
              </ErrorBoundary>
            )}
          </QueryErrorResetBoundary>
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(banner(host)).not.toBeNull());
    expect(banner(host)!.dataset.category).toBe('unavailable');
    expect(banner(host)!.querySelector('.rae-title')!.textContent).toBe(en.codes['error-object'].SERVICE_UNAVAILABLE.title);
    const retry = host.querySelector<HTMLButtonElement>('.rae-retry')!;
    expect(retry.textContent).toBe(en.ui.retry);
    await act(async () => retry.click());
    await waitFor(() => expect(host.querySelector('.data')?.textContent).toBe('attempt 2'));
    expect(banner(host)).toBeNull();
    expect(await count(id)).toBe(2);
    // onError: once, from the query, shown (the fallback displayed it), with the server's request id.
    await waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]).toMatchObject({ source: 'query', shown: true, error: { category: 'unavailable', status: 503 } });
    expect(reports[0]!.referenceId).toMatch(/^req-503-/);
  });

  it('useQuery({ throwOnError }) with ApiErrorBoundary: Try again resets and refetches', async () => {
    const { store, client } = setup();
    const id = crypto.randomUUID();
    function Report(): ReactNode {
      const q = useQuery({ queryKey: ['report', id], queryFn: ({ signal }) => apiFetch<Attempt>(`${base}/flaky?id=${id}&fail=1&status=500`, { signal }), throwOnError: true });
      return q.data ? <p className="data">attempt {q.data.attempt}</p> : <p>Loading…</p>;
    }
    const host = await mount(
      <QueryClientProvider client={client}>
        <ApiErrorProvider store={store}>
          <QueryErrorResetBoundary>
            {({ reset }) => (
              <ApiErrorBoundary onReset={reset}>
                <Report />
              </ApiErrorBoundary>
            )}
          </QueryErrorResetBoundary>
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(banner(host)).not.toBeNull());
    expect(banner(host)!.dataset.category).toBe('server');
    expect(banner(host)!.getAttribute('role')).toBe('status'); // a retry can fix it: polite
    await act(async () => host.querySelector<HTMLButtonElement>('.rae-retry')!.click());
    await waitFor(() => expect(host.querySelector('.data')?.textContent).toBe('attempt 2'));
    expect(await count(id)).toBe(2);
  });

  it('a 404 offers no Try again (retrying cannot help); changing resetKeys resets the boundary', async () => {
    const { store, client } = setup();
    const id = crypto.randomUUID();
    const resets: string[] = [];
    function Report({ fail }: { fail: number }): ReactNode {
      const { data } = useSuspenseQuery({ queryKey: ['doc', id, fail], queryFn: ({ signal }) => apiFetch<Attempt>(`${base}/flaky?id=${id}-${fail}&fail=${fail}&status=404`, { signal }) });
      return <p className="data">attempt {data.attempt}</p>;
    }
    const App = ({ fail }: { fail: number }) => (
      <QueryClientProvider client={client}>
        <ApiErrorProvider store={store}>
          <ApiErrorBoundary resetKeys={[fail]} onReset={(d) => resets.push(d.reason)}>
            <Suspense fallback={<p>Loading…</p>}>
              <Report fail={fail} />
            </Suspense>
          </ApiErrorBoundary>
        </ApiErrorProvider>
      </QueryClientProvider>
    );
    const host = await mount(<App fail={1} />);
    await waitFor(() => expect(banner(host)?.dataset.category).toBe('not-found'));
    expect(banner(host)!.getAttribute('role')).toBe('alert');
    expect(host.querySelector('.rae-retry')).toBeNull();
    await rerender(host, <App fail={0} />);
    await waitFor(() => expect(host.querySelector('.data')?.textContent).toBe('attempt 1'));
    expect(resets).toEqual(['keys']);
  });

  it('a boundary that caught a render bug (not an API error) still shows a banner, and onError hears of it', async () => {
    const { store, client, reports } = setup();
    const bug = new TypeError("Cannot read properties of undefined (reading 'name')");
    function Broken(): ReactNode {
      throw bug;
    }
    const host = await mount(
      <QueryClientProvider client={client}>
        <ApiErrorProvider store={store}>
          <ApiErrorBoundary>
            <Broken />
          </ApiErrorBoundary>
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(banner(host)).not.toBeNull());
    expect(banner(host)!.dataset.category).toBe('unknown');
    await waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]).toMatchObject({ source: 'boundary', shown: true, cause: bug });
  });
});

describe('React Router: RouteErrorBanner as errorElement', { timeout: 40_000 }, () => {
  function routerFor(id: string) {
    const load = (fail: number, status: number) => async () => {
      const res = await fetch(`${base}/flaky?id=${id}-${status}&fail=${fail}&status=${status}`);
      if (!res.ok) throw res; // what React Router's docs do: throw the Response
      return (await res.json()) as Attempt;
    };
    function Data(): ReactNode {
      const data = useLoaderData() as Attempt;
      return <p className="data">attempt {data.attempt}</p>;
    }
    return createMemoryRouter(
      [
        {
          path: '/',
          element: <Outlet />,
          children: [
            { path: 'missing', loader: load(1, 404), element: <Data />, errorElement: <RouteErrorBanner /> },
            { path: 'boom', loader: load(1, 500), element: <Data />, errorElement: <RouteErrorBanner /> },
          ],
        },
      ],
      { initialEntries: ['/missing'] },
    );
  }

  it('a thrown Response 404 and a JSON 500 show the banner with the right text; Try again revalidates', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reports: ApiErrorReport[] = [];
    const store = new ApiErrorStore({}, { onError: (r) => reports.push(r), shownWithinMs: 5_000 });
    const id = crypto.randomUUID();
    const router = routerFor(id);
    const host = await mount(
      <ApiErrorProvider store={store}>
        <RouterProvider router={router} />
      </ApiErrorProvider>,
    );
    await waitFor(() => expect(banner(host)?.dataset.category).toBe('not-found'));
    expect(banner(host)!.querySelector('.rae-title')!.textContent).toBe(en.category['not-found'].title);
    expect(banner(host)!.querySelector('.rae-message')!.textContent).toBe(en.category['not-found'].message);
    expect(host.querySelector('.rae-retry')).toBeNull();

    await act(async () => router.navigate('/boom'));
    await waitFor(() => expect(banner(host)?.dataset.category).toBe('server'));
    expect(banner(host)!.querySelector('.rae-title')!.textContent).toBe(en.codes['error-object'].INTERNAL_SERVER_ERROR.title);
    // The server's own message stays in the details.
    expect(banner(host)!.querySelector('.rae-message')!.textContent).not.toContain('unexpected error');
    expect(banner(host)!.querySelector('details')!.textContent).toContain('An unexpected error occurred.');
    await act(async () => host.querySelector<HTMLButtonElement>('.rae-retry')!.click());
    await waitFor(() => expect(host.querySelector('.data')?.textContent).toBe('attempt 2'));
    expect(banner(host)).toBeNull();

    await waitFor(() => expect(reports.map((r) => [r.source, r.shown, r.error.status])).toEqual([
      ['route', true, 404],
      ['route', true, 500],
    ]));
  });
});
