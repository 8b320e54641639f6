import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES, normalizeError } from '../../src/core/index.js';
import { ApiResponseError, mutationRetryOptions, retryOptions } from '../../src/react-query/index.js';

describe('retryOptions (contract)', () => {
  it('retries only retryable errors, while failureCount < maxRetries (default 3)', () => {
    const { retry } = retryOptions();
    const e503 = { status: 503, body: null };
    expect([0, 1, 2].map((n) => retry(n, e503))).toEqual([true, true, true]);
    expect(retry(3, e503)).toBe(false);
    for (const status of [400, 401, 403, 404, 409, 422, 501]) expect(retry(0, { status, body: null }), String(status)).toBe(false);
    for (const status of [408, 429, 500, 502, 503, 504]) expect(retry(0, { status, body: null }), String(status)).toBe(true);
    expect(retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retry(0, new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it.each(ERROR_CATEGORIES)('follows the retryable rule for %s', (category) => {
    const { retry } = retryOptions({ maxRetries: 5 });
    const e = { ...normalizeError(null), category, retryable: ['network', 'timeout', 'rate-limited', 'unavailable', 'server'].includes(category) };
    expect(retry(0, e)).toBe(e.retryable);
  });

  it('waits exactly what the server asked, capped at maxDelayMs', () => {
    const { retryDelay } = retryOptions({ maxDelayMs: 10_000 });
    expect(retryDelay(0, { status: 503, headers: { 'retry-after': '2' } })).toBe(2000);
    expect(retryDelay(0, { status: 429, headers: { 'retry-after': '30' } })).toBe(10_000);
    expect(retryDelay(0, new ApiResponseError(429, { 'retry-after': '1.5' }, ''))).toBe(1500);
  });

  it('otherwise exponential backoff with full jitter, capped', () => {
    const low = retryOptions({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0 });
    const high = retryOptions({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999999 });
    const e = { status: 500, body: null };
    expect([0, 1, 2, 3, 4].map((n) => high.retryDelay(n, e))).toEqual([100, 200, 400, 800, 1000]);
    expect([0, 1, 2].map((n) => low.retryDelay(n, e))).toEqual([0, 0, 0]);
    const real = retryOptions({ baseDelayMs: 100, maxDelayMs: 1000 });
    for (let i = 0; i < 200; i++) {
      const d = real.retryDelay(2, e);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(400);
    }
    expect(high.retryDelay(1000, e)).toBe(1000);
  });

  it('mutations are not retried by default', () => {
    expect(mutationRetryOptions().retry(0, { status: 503, body: null })).toBe(false);
  });

  it('understands whatever a query function throws', () => {
    const { retry } = retryOptions();
    expect(retry(0, { isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error', name: 'AxiosError', stack: '' })).toBe(true);
    expect(retry(0, new ApiResponseError(404, {}, { code: 'ERR004', message: 'x' }))).toBe(false);
    expect(retry(0, 'weird')).toBe(false);
  });
});
