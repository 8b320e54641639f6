/**
 * `retryOptions()` for `QueryClient` default options: retry only what can succeed, wait exactly
 * what the server asked (Retry-After, rate-limit reset headers, RetryInfo…), otherwise exponential
 * backoff with full jitter.
 */
import { normalizeError } from '../core/index.js';
import type { ApiError, NormalizeOptions } from '../core/index.js';

export interface RetryOptionsInput {
  /** Retries after the first failure (default 3). */
  maxRetries?: number;
  /** Backoff base (default 1000 ms): retry n (from 0) waits a random time in [0, base·2ⁿ]. */
  baseDelayMs?: number;
  /** Longest wait, also for server-given delays (default 30 000 ms). */
  maxDelayMs?: number;
  /** Passed to normalizeError (your dialects, the clock). */
  normalizeOptions?: NormalizeOptions;
  /** The random source for jitter (default Math.random), for deterministic tests. */
  random?: () => number;
}

export interface RetryOptions {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * One normalization per thrown error: `retry` and `retryDelay` are called with the same error
 * object, so the second call reads the cache.
 */
const cache = new WeakMap<object, ApiError>();
export function normalizeCached(error: unknown, options?: NormalizeOptions): ApiError {
  if (typeof error !== 'object' || error === null) return normalizeError(error, options);
  let e = cache.get(error);
  if (!e) {
    e = normalizeError(error, options);
    cache.set(error, e);
  }
  return e;
}

export function retryOptions(options: RetryOptionsInput = {}): RetryOptions {
  const maxRetries = options.maxRetries ?? 3;
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  return {
    retry: (failureCount, error) => failureCount < maxRetries && normalizeCached(error, options.normalizeOptions).retryable,
    retryDelay: (failureCount, error) => {
      const e = normalizeCached(error, options.normalizeOptions);
      if (e.retryAfterMs !== undefined) return Math.min(e.retryAfterMs, max);
      // TanStack Query counts failures from 0 (query-core retryer.ts): the first retry waits up to `base`.
      const exp = Math.min(max, base * 2 ** Math.max(0, Math.min(failureCount, 30)));
      return Math.min(max, Math.round(random() * exp));
    },
  };
}

/**
 * Retry rules for mutations: none, unless the mutation says it is idempotent
 * (`useMutation({ meta: { idempotent: true } })`, checked by `createApiErrorQueryClient`) —
 * repeating a POST that may have reached the server could do it twice.
 */
export function mutationRetryOptions(options: RetryOptionsInput = {}): RetryOptions {
  const rules = retryOptions(options);
  return { retry: () => false, retryDelay: rules.retryDelay };
}
