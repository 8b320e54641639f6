// @vitest-environment node
/**
 * `retryStatus` reads what the rules of `retryOptions` decided for a failure — driven here by
 * TanStack Query's own retryer (a QueryClient and a query function that fails the way servers do),
 * observed through a QueryObserver, the same object `useQuery` reads.
 */
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBannerProps, retryOptions, retryStatus } from '../../src/react-query/index.js';

const clients: QueryClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.clear();
});

/** A thrown 503 with Retry-After (what apiFetch throws carries the same members). */
const unavailable = (retryAfter: string) => Object.assign(new Error('503'), { response: { status: 503, headers: { 'retry-after': retryAfter }, data: '' } });
const badRequest = () => Object.assign(new Error('400'), { response: { status: 400, headers: {}, data: { message: 'Invalid JSON' } } });

function observe(fail: () => unknown, failures: number, rules = retryOptions({ random: () => 0.5 })) {
  const client = new QueryClient({ defaultOptions: { queries: { ...rules, gcTime: 0 } } });
  clients.push(client);
  let calls = 0;
  const observer = new QueryObserver(client, {
    queryKey: ['x', Math.random()],
    queryFn: async () => {
      calls += 1;
      if (calls <= failures) throw fail();
      return 'data';
    },
  });
  const seen: (ReturnType<typeof retryStatus> | 'data')[] = [];
  const off = observer.subscribe((result) => {
    if (result.data === 'data') seen.push('data');
    else seen.push(retryStatus(result));
  });
  return { observer, seen, off, calls: () => calls };
}

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const started = Date.now();
  while (!check() && Date.now() - started < ms) await new Promise((r) => setTimeout(r, 10));
};

describe('retryStatus under TanStack Query’s retryer', () => {
  it('Retry-After: the attempt, the rules’ maximum and when the next try starts', async () => {
    const before = Date.now();
    const { seen, off } = observe(() => unavailable('0.2'), 2);
    await until(() => seen.includes('data'));
    off();
    const statuses = seen.filter((s): s is NonNullable<ReturnType<typeof retryStatus>> => typeof s === 'object' && s !== null);
    expect([...new Set(statuses.map((s) => `${s.attempt}/${s.maxAttempts}`))]).toEqual(['1/3', '2/3']);
    for (const s of statuses) {
      expect(s.nextRetryAt).toBeGreaterThanOrEqual(before + 200);
      expect(s.nextRetryAt).toBeLessThanOrEqual(Date.now() + 200);
    }
    expect(seen.at(-1)).toBe('data');
  });

  it('backoff: the delay the rules drew (jitter included) is the countdown', async () => {
    const thrownAt: number[] = [];
    const { observer, seen, off } = observe(
      () => {
        thrownAt.push(Date.now());
        return Object.assign(new Error('500'), { response: { status: 500, headers: {}, data: '' } });
      },
      1,
      retryOptions({ baseDelayMs: 400, random: () => 0.5 }),
    );
    await until(() => seen.some((s) => typeof s === 'object' && s !== null));
    const observedAt = Date.now();
    const status = retryStatus(observer.getCurrentResult());
    expect(status?.attempt).toBe(1);
    // First retry: random() × base = 0.5 × 400 ms, counted from the failure.
    expect(status?.nextRetryAt).toBeGreaterThanOrEqual((thrownAt[0] ?? 0) + 200);
    expect(status?.nextRetryAt).toBeLessThanOrEqual(observedAt + 200);
    await until(() => seen.includes('data'));
    off();
  });

  it('a 400 is not retried: never a status, and the banner gets the error at once', async () => {
    const { observer, seen, off, calls } = observe(badRequest, 5);
    await until(() => observer.getCurrentResult().status === 'error');
    off();
    expect(seen.filter((s) => s !== undefined)).toEqual([]);
    expect(calls()).toBe(1);
    const props = errorBannerProps({ ...observer.getCurrentResult() });
    expect(props.retrying).toBeUndefined();
    expect(props.error).toBe(observer.getCurrentResult().error);
  });

  it('retries over: no status, the final error', async () => {
    const { observer, off } = observe(() => unavailable('0'), 10, retryOptions({ maxRetries: 2 }));
    await until(() => observer.getCurrentResult().status === 'error');
    off();
    const result = observer.getCurrentResult();
    expect(result.failureCount).toBe(3);
    expect(retryStatus(result)).toBeUndefined();
    expect(errorBannerProps(result).error).toBe(result.error);
  });

  it('rules of the app’s own: the attempt from failureCount, the maximum given, no countdown', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: 5, retryDelay: 300, gcTime: 0 } } });
    clients.push(client);
    const observer = new QueryObserver(client, { queryKey: ['own'], queryFn: () => Promise.reject(unavailable('1')) });
    const off = observer.subscribe(() => undefined);
    await until(() => observer.getCurrentResult().failureCount === 1);
    expect(retryStatus(observer.getCurrentResult(), { maxRetries: 5 })).toEqual({ attempt: 1, maxAttempts: 5 });
    expect(retryStatus(observer.getCurrentResult())).toEqual({ attempt: 1, maxAttempts: 3 });
    off();
    await client.cancelQueries();
  });

  it('anything else reads as no retry under way', () => {
    expect(retryStatus({ failureCount: 0, failureReason: null, fetchStatus: 'fetching', status: 'pending' })).toBeUndefined();
    expect(retryStatus({ failureCount: 2, failureReason: new Error('x'), fetchStatus: 'idle', status: 'error' })).toBeUndefined();
    // A mutation (no fetchStatus) still pending after a failure is retrying.
    expect(retryStatus({ failureCount: 1, failureReason: 'offline', status: 'pending' })).toEqual({ attempt: 1, maxAttempts: 3 });
    expect(retryStatus({ failureCount: 1, failureReason: 'offline', status: 'error' })).toBeUndefined();
  });
});
