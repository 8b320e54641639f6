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

/**
 * What the rules decided for a failure, kept by the thrown error so that `retryStatus(query)` can
 * tell the person which retry this is and when it starts. TanStack Query's retryer asks
 * `retryDelay(failureCount, error)` and then `retry(failureCount, error)` for each failure (failures
 * counted from 0), then sleeps the delay: both calls see the same error object.
 */
export interface RetryPlan {
  /** The retry this failure leads to: 1 for the first (failureCount + 1). */
  attempt: number;
  maxRetries: number;
  /** The wait `retryDelay` returned. */
  delayMs: number;
  /** When the wait started (ms since epoch). */
  plannedAt: number;
  /** Whether `retry` said yes (false until it is asked). */
  willRetry: boolean;
}
const plans = new WeakMap<object, RetryPlan>();

/** The plan for a failure the rules of `retryOptions` saw, if any. */
export function retryPlanOf(error: unknown): RetryPlan | undefined {
  return typeof error === 'object' && error !== null ? plans.get(error) : undefined;
}

export function retryOptions(options: RetryOptionsInput = {}): RetryOptions {
  const maxRetries = options.maxRetries ?? 3;
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  return {
    retry: (failureCount, error) => {
      const yes = failureCount < maxRetries && normalizeCached(error, options.normalizeOptions).retryable;
      const plan = retryPlanOf(error);
      if (plan && plan.attempt === failureCount + 1) plan.willRetry = yes;
      return yes;
    },
    retryDelay: (failureCount, error) => {
      const e = normalizeCached(error, options.normalizeOptions);
      let delay: number;
      if (e.retryAfterMs !== undefined) delay = Math.min(e.retryAfterMs, max);
      else {
        // TanStack Query counts failures from 0 (query-core retryer.ts): the first retry waits up to `base`.
        const exp = Math.min(max, base * 2 ** Math.max(0, Math.min(failureCount, 30)));
        delay = Math.min(max, Math.round(random() * exp));
      }
      if (typeof error === 'object' && error !== null) {
        plans.set(error, { attempt: failureCount + 1, maxRetries, delayMs: delay, plannedAt: Date.now(), willRetry: false });
      }
      return delay;
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
