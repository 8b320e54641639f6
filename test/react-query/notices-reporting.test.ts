// @vitest-environment node
/**
 * The store's notices (issue 13, point 4) and onError reporting (point 10), through a real
 * QueryClient: a background refetch failure and a mutation error routed by `mutationErrors:
 * 'notice'` become one notice each, whose "Try again" (`store.retryNotice(id)`, the id read from
 * the state) runs the query or the mutation again; each error reaches onError once, shown or not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorStore, type ApiErrorReport } from '../../src/core/index.js';
import { createApiErrorQueryClient } from '../../src/react-query/index.js';

// Bodies: shared/seeds/003 (the `{ error: { code, message } }` API's documented examples).
const unavailable = () => ({ status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable. Please try again later.' } } });
const denied = () => ({ status: 403, body: { error: { code: 'PERMISSION_DENIED', message: 'You do not have permission to perform this action.' } } });
const expired = () => ({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' }, body: '' });

const clients: { clear(): void }[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.clear();
  vi.restoreAllMocks();
});

describe('notices from store.report', () => {
  it("kind 'mutation' makes a blocking notice; the same failure again is counted, not stacked", () => {
    const store = new ApiErrorStore();
    store.report(denied(), { kind: 'mutation' });
    store.report(denied(), { kind: 'mutation' });
    const [n, ...rest] = store.getState().notices;
    expect(rest).toHaveLength(0);
    expect(n).toMatchObject({ kind: 'mutation', count: 2, blocking: true, canRetry: false, retrying: false, error: { category: 'forbidden', code: 'PERMISSION_DENIED' } });
  });

  it('a retryable background failure is non-blocking; one a retry cannot fix is blocking', () => {
    const store = new ApiErrorStore();
    store.report(unavailable(), { kind: 'background' });
    store.report(denied(), { kind: 'background' });
    expect(store.getState().notices.map((n) => [n.error.category, n.blocking])).toEqual([
      ['unavailable', false],
      ['forbidden', true],
    ]);
  });

  it("'query' and no kind reach no notice; `notice: true` makes one anyway", () => {
    const store = new ApiErrorStore();
    store.report(unavailable(), { kind: 'query' });
    store.report(unavailable());
    expect(store.getState().notices).toHaveLength(0);
    store.report(unavailable(), { notice: true });
    expect(store.getState().notices).toHaveLength(1);
  });

  it('retryNotice runs the retry given with the report: success closes the notice, failure keeps it', async () => {
    const store = new ApiErrorStore();
    let attempts = 0;
    let fail = true;
    const retry = () => {
      attempts++;
      return fail ? Promise.reject(unavailable()) : Promise.resolve('saved');
    };
    store.report(unavailable(), { kind: 'mutation', retry });
    const id = store.getState().notices[0]!.id;
    expect(store.getState().notices[0]!.canRetry).toBe(true);
    const first = store.retryNotice(id);
    expect(store.getState().notices[0]!.retrying).toBe(true);
    expect(await first).toBe(false);
    expect(store.getState().notices[0]).toMatchObject({ id, retrying: false });
    fail = false;
    expect(await store.retryNotice(id)).toBe(true);
    expect(store.getState().notices).toHaveLength(0);
    expect(attempts).toBe(2);
    expect(await store.retryNotice(id)).toBe(false); // gone: nothing runs
    expect(attempts).toBe(2);
  });

  it('no "Try again" for an error a retry cannot fix, even with a retry function', () => {
    const store = new ApiErrorStore();
    store.report(denied(), { kind: 'mutation', retry: () => undefined });
    expect(store.getState().notices[0]!.canRetry).toBe(false);
  });
});

describe('react-query wiring', () => {
  it('a background refetch failure: one notice whose retry refetches the query', async () => {
    const store = new ApiErrorStore();
    const qc = createApiErrorQueryClient({ store, retry: { maxRetries: 0 } });
    clients.push(qc);
    let calls = 0;
    const queryFn = () => (++calls <= 2 ? Promise.reject(unavailable()) : Promise.resolve({ total: calls }));
    qc.setQueryData(['report'], { total: 0 });
    await qc.fetchQuery({ queryKey: ['report'], queryFn, staleTime: 0 }).catch(() => undefined);
    await qc.fetchQuery({ queryKey: ['report'], queryFn, staleTime: 0 }).catch(() => undefined);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'background', count: 2, canRetry: true, blocking: false });
    // The retry runs the query's own function (the query keeps its options from the last fetch).
    expect(await store.retryNotice(notices[0]!.id)).toBe(true);
    expect(qc.getQueryData(['report'])).toEqual({ total: 3 });
    expect(store.getState().notices).toHaveLength(0);
  });

  it('a background notice closes by itself once its query fetches fine again (a refetch on focus, say)', async () => {
    const store = new ApiErrorStore();
    const qc = createApiErrorQueryClient({ store, retry: { maxRetries: 0 } });
    clients.push(qc);
    qc.setQueryData(['feed'], []);
    await qc.fetchQuery({ queryKey: ['feed'], queryFn: () => Promise.reject(unavailable()), staleTime: 0 }).catch(() => undefined);
    expect(store.getState().notices).toHaveLength(1);
    await qc.fetchQuery({ queryKey: ['other'], queryFn: () => Promise.resolve(1) });
    expect(store.getState().notices).toHaveLength(1); // another query's success changes nothing
    await qc.fetchQuery({ queryKey: ['feed'], queryFn: () => Promise.resolve(['item']), staleTime: 0 });
    expect(store.getState().notices).toHaveLength(0);
  });

  it("mutationErrors: 'notice' routes mutation errors to a notice that re-runs the mutation with the same variables", async () => {
    const store = new ApiErrorStore();
    const qc = createApiErrorQueryClient({ store, mutationErrors: 'notice' });
    clients.push(qc);
    const seen: unknown[] = [];
    let fail = true;
    const mutation = qc.getMutationCache().build(qc, {
      mutationKey: ['save'],
      mutationFn: (v: { name: string }) => {
        seen.push(v);
        return fail ? Promise.reject(unavailable()) : Promise.resolve({ saved: v.name });
      },
    });
    await expect(mutation.execute({ name: 'Ada' })).rejects.toMatchObject({ status: 503 });
    const [n] = store.getState().notices;
    expect(n).toMatchObject({ id: 'mutation:["save"]', kind: 'mutation', blocking: true, canRetry: true });
    fail = false;
    expect(await store.retryNotice(n!.id)).toBe(true);
    expect(seen).toEqual([{ name: 'Ada' }, { name: 'Ada' }]);
    expect(mutation.state).toMatchObject({ status: 'success', data: { saved: 'Ada' } });
  });

  it("by default mutation errors stay inline (no notice), and a mutation's meta decides for itself", async () => {
    const store = new ApiErrorStore();
    const qc = createApiErrorQueryClient({ store });
    clients.push(qc);
    const run = (meta?: Record<string, unknown>) => qc.getMutationCache().build(qc, { mutationFn: () => Promise.reject(denied()), meta }).execute(undefined);
    await expect(run()).rejects.toBeDefined();
    expect(store.getState().notices).toHaveLength(0);
    await expect(run({ errorNotice: true })).rejects.toBeDefined();
    expect(store.getState().notices).toHaveLength(1);

    const routed = new ApiErrorStore();
    const qc2 = createApiErrorQueryClient({ store: routed, mutationErrors: 'notice' });
    clients.push(qc2);
    await expect(qc2.getMutationCache().build(qc2, { mutationFn: () => Promise.reject(denied()), meta: { errorNotice: false } }).execute(undefined)).rejects.toBeDefined();
    expect(routed.getState().notices).toHaveLength(0);
  });
});

describe('onError reporting', () => {
  const collect = (options: { shownWithinMs?: number } = {}) => {
    const reports: ApiErrorReport[] = [];
    const store = new ApiErrorStore({}, { ...options, onError: (r) => reports.push(r) });
    return { store, reports };
  };

  it('each error occurrence once, whoever reports or shows it, with its reference id', async () => {
    const { store, reports } = collect({ shownWithinMs: 20 });
    const thrown = { status: 500, headers: { 'x-request-id': 'req-42' }, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred.' } } };
    const e = store.report(thrown, { kind: 'query' });
    store.report(thrown, { kind: 'boundary' });
    store.markShown(thrown);
    store.markShown(e);
    store.report(e);
    await new Promise((r) => setTimeout(r, 40));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ source: 'query', shown: true, referenceId: 'req-42', cause: thrown, error: { category: 'server' } });
  });

  it('an error no component showed arrives after shownWithinMs with shown: false', async () => {
    const { store, reports } = collect({ shownWithinMs: 30 });
    store.report(unavailable(), { kind: 'background' });
    expect(reports).toHaveLength(0);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]).toMatchObject({ source: 'background', shown: false });
  });

  it('an error a component shows that nobody reported: source component, shown', () => {
    const { store, reports } = collect();
    const err = new TypeError('Failed to fetch');
    store.markShown(err);
    store.markShown(err);
    expect(reports).toEqual([expect.objectContaining({ source: 'component', shown: true, cause: err, error: expect.objectContaining({ category: 'network' }) })]);
  });

  it('the session prompt shown counts for every session expiry folded into it', async () => {
    const { store, reports } = collect({ shownWithinMs: 10_000 });
    const a = expired();
    const b = expired();
    store.report(a, { kind: 'query' });
    store.report(b, { kind: 'query' });
    store.markShown(store.getState().sessionExpired);
    expect(reports.map((r) => [r.cause, r.shown])).toEqual([
      [a, true],
      [b, true],
    ]);
  });

  it('a listener that throws never throws into the app; the others still hear', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store, reports } = collect();
    store.onError(() => {
      throw new Error('sentry down');
    });
    const later: ApiErrorReport[] = [];
    const off = store.onError((r) => later.push(r));
    expect(() => store.markShown(unavailable())).not.toThrow();
    expect(reports).toHaveLength(1);
    expect(later).toHaveLength(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('onError listener threw'), expect.any(Error));
    off();
    store.markShown(denied());
    expect(later).toHaveLength(1);
  });

  it('without a listener nothing is kept; with one, what waits stays bounded over 20,000 reports', { timeout: 30_000 }, () => {
    const quiet = new ApiErrorStore();
    for (let i = 0; i < 1000; i++) quiet.report(unavailable());
    expect((quiet as unknown as { pending: unknown[] }).pending).toHaveLength(0);

    let handed = 0;
    let shown = 0;
    const store = new ApiErrorStore({}, { shownWithinMs: 60_000, onError: (r) => void (handed++, r.shown && shown++) });
    for (let i = 0; i < 20_000; i++) store.report({ status: 503, body: `{"message":"down ${i}"}` }, { kind: 'background', key: 'k' });
    // At most 1,000 wait for a component; the older ones were handed over, unshown.
    expect(handed).toBe(19_000);
    expect(shown).toBe(0);
    expect((store as unknown as { pending: unknown[] }).pending.length).toBeLessThanOrEqual(2_000);
    expect(store.getState().notices).toHaveLength(1);
  });
});
