// @vitest-environment node
/**
 * createApiErrorQueryClient with the app's own caches (the toast pattern): the app's callbacks run,
 * and the store still gets the session prompt and the background notice. Real QueryClient, no React.
 */
import { MutationCache, QueryCache } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorStore } from '../../src/core/index.js';
import { createApiErrorQueryClient } from '../../src/react-query/index.js';

const expired = { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' }, body: '' };
const unavailable = { status: 503, body: '{"message":"down for maintenance"}' };

const clients: { clear(): void }[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.clear();
});

describe('createApiErrorQueryClient with the app’s own caches', () => {
  it('keeps the app’s QueryCache callbacks and still wires the store', async () => {
    const store = new ApiErrorStore();
    const seen: unknown[] = [];
    const settled: unknown[] = [];
    const queryCache = new QueryCache({ onError: (error) => seen.push(error), onSettled: (_d, error) => settled.push(error) });
    const qc = createApiErrorQueryClient({ store, retry: { maxRetries: 0 }, config: { queryCache } });
    clients.push(qc);
    expect(qc.getQueryCache()).toBe(queryCache);

    // A background refetch that fails: the query had data.
    qc.setQueryData(['report'], { ok: true });
    await expect(qc.fetchQuery({ queryKey: ['report'], queryFn: () => Promise.reject(unavailable), staleTime: 0 })).rejects.toBe(unavailable);
    // A session expiry.
    await expect(qc.fetchQuery({ queryKey: ['me'], queryFn: () => Promise.reject(expired) })).rejects.toBe(expired);

    expect(seen).toEqual([unavailable, expired]);
    expect(settled).toEqual([unavailable, expired]);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]?.error.category).toBe('unavailable');
    expect(store.getState().sessionExpired?.category).toBe('session-expired');
  });

  it('keeps the app’s MutationCache callbacks; a mutation’s session expiry opens the prompt once', async () => {
    const store = new ApiErrorStore();
    const seen: unknown[] = [];
    const mutationCache = new MutationCache({ onError: (error) => seen.push(error) });
    const qc = createApiErrorQueryClient({ store, config: { mutationCache } });
    clients.push(qc);
    expect(qc.getMutationCache()).toBe(mutationCache);
    const run = () => qc.getMutationCache().build(qc, { mutationFn: () => Promise.reject(expired) }).execute(undefined);
    await expect(run()).rejects.toBe(expired);
    await expect(run()).rejects.toBe(expired);
    expect(seen).toEqual([expired, expired]);
    expect(store.getState().sessionExpired?.status).toBe(401);
  });

  it('without caches of its own, the client makes its own (and they are wired too)', async () => {
    const store = new ApiErrorStore();
    const qc = createApiErrorQueryClient({ store, retry: { maxRetries: 0 } });
    clients.push(qc);
    await expect(qc.fetchQuery({ queryKey: ['me'], queryFn: () => Promise.reject(expired) })).rejects.toBe(expired);
    expect(store.getState().sessionExpired?.category).toBe('session-expired');
  });
});

describe('a plain 401 as an expired session (unauthenticatedExpiresSession)', () => {
  const plain401 = { status: 401, body: '{"message":"Unauthorized"}' };

  it('is a session expiry only when the store is told so, also through the query cache', async () => {
    const strict = new ApiErrorStore();
    expect(strict.report(plain401).category).toBe('unauthenticated');
    expect(strict.getState().sessionExpired).toBeNull();

    const store = new ApiErrorStore({}, { unauthenticatedExpiresSession: true });
    const qc = createApiErrorQueryClient({ store, retry: { maxRetries: 0 } });
    clients.push(qc);
    await expect(qc.fetchQuery({ queryKey: ['me'], queryFn: () => Promise.reject(plain401) })).rejects.toBe(plain401);
    expect(store.getState().sessionExpired?.status).toBe(401);
    // A 403 stays what it is.
    store.resolveSession();
    store.report({ status: 403, body: '' });
    expect(store.getState().sessionExpired).toBeNull();
  });
});

describe('scale', () => {
  it('1,000 queries failing at once give one session prompt, and background failures a bounded notice list', async () => {
    const store = new ApiErrorStore();
    const qc = createApiErrorQueryClient({ store, retry: { maxRetries: 0 } });
    clients.push(qc);
    const ids = Array.from({ length: 1000 }, (_, i) => i);
    let prompts = 0;
    const off = store.subscribe(() => {
      if (store.getState().sessionExpired !== null) prompts++;
    });
    await Promise.allSettled(ids.map((i) => qc.fetchQuery({ queryKey: ['expired', i], queryFn: () => Promise.reject(expired) })));
    expect(store.getState().sessionExpired?.category).toBe('session-expired');
    expect(prompts).toBe(1); // the state changed once: one prompt however many failed
    off();
    // 1,000 background refetches failing, each its own query: the notices stay at the cap.
    for (const i of ids) qc.setQueryData(['report', i], { ok: true });
    await Promise.allSettled(ids.map((i) => qc.fetchQuery({ queryKey: ['report', i], queryFn: () => Promise.reject(unavailable), staleTime: 0 })));
    expect(store.getState().notices).toHaveLength(20);
    expect(store.getState().notices.at(-1)?.id).toBe(JSON.stringify(['report', 999]));
  });

  it('holds its memory flat over 100,000 reported errors', () => {
    const store = new ApiErrorStore({}, { maxNotices: 5 });
    for (let i = 0; i < 100_000; i++) store.report({ status: 503, body: `{"message":"down ${i}"}` }, { kind: 'background', key: `k${i % 7_919}` });
    // Only the last five distinct keys are kept, each with its count; nothing else accumulates.
    const { notices } = store.getState();
    expect(notices).toHaveLength(5);
    expect(notices.every((n) => n.count >= 1 && n.count <= Math.ceil(100_000 / 7_919))).toBe(true);
    expect(Object.keys(store).sort()).toEqual(Object.keys(new ApiErrorStore()).sort());
  });
});
