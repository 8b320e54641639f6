/**
 * Feedback while TanStack Query retries by itself: which retry is under way, of how many, and when
 * the next one starts — read from a query's `failureCount` / `failureReason` and from what the
 * rules of `retryOptions` decided for that failure (the Retry-After wait, the backoff they drew).
 *
 * ```tsx
 * const query = useQuery({ queryKey: ['report'], queryFn });
 * <ErrorBanner {...errorBannerProps(query)} />
 * ```
 */
import type { RetryProgress } from '../react/ErrorBanner.js';
import { retryPlanOf } from './retry-options.js';

/** The part of a `useQuery` (or `useMutation`) result these helpers read. */
export interface RetryingQueryLike {
  failureCount: number;
  failureReason: unknown;
  /** A query's; a mutation has none (its `status` is then read). */
  fetchStatus?: 'fetching' | 'paused' | 'idle';
  status: 'pending' | 'error' | 'success' | 'idle';
}

export interface RetryStatusOptions {
  /**
   * For retry rules other than `retryOptions`' (which this reads by itself): how many retries they
   * allow. Default 3, TanStack Query's own default.
   */
  maxRetries?: number;
}

function inFlight(query: RetryingQueryLike): boolean {
  return query.fetchStatus !== undefined ? query.fetchStatus !== 'idle' : query.status === 'pending';
}

/**
 * The retry under way for `query`, for `<ErrorBanner retrying={…}>`: `{ attempt, maxAttempts,
 * nextRetryAt }` while TanStack Query waits for or runs a retry, else `undefined` (no failure yet,
 * an error that will not be retried such as a 400, or the retries are over).
 */
export function retryStatus(query: RetryingQueryLike, options: RetryStatusOptions = {}): RetryProgress | undefined {
  if (!inFlight(query) || !(query.failureCount >= 1) || query.failureReason === null || query.failureReason === undefined) return undefined;
  const plan = retryPlanOf(query.failureReason);
  if (plan) {
    if (!plan.willRetry) return undefined;
    return { attempt: plan.attempt, maxAttempts: plan.maxRetries, nextRetryAt: plan.plannedAt + plan.delayMs };
  }
  // Rules this library did not write: the counts are all there is (no countdown).
  const maxRetries = options.maxRetries ?? 3;
  if (query.failureCount > maxRetries) return undefined;
  return { attempt: query.failureCount, maxAttempts: maxRetries };
}

/** What `errorBannerProps` reads: a `useQuery` result (or anything with the same members). */
export interface BannerQueryLike extends RetryingQueryLike {
  error: unknown;
  refetch: () => unknown;
}

export interface QueryBannerProps {
  /** `query.error`, or the failure being retried (`failureReason`) while retries are under way. */
  error: unknown;
  retrying: RetryProgress | undefined;
  onRetry: () => void;
}

/**
 * `<ErrorBanner {...errorBannerProps(query)} />`: the banner for a query — the error once retries are
 * over, and meanwhile the failure being retried with "attempt n of m" and the seconds to the next
 * try; "Try again" refetches.
 */
export function errorBannerProps(query: BannerQueryLike, options: RetryStatusOptions = {}): QueryBannerProps {
  const retrying = retryStatus(query, options);
  return {
    error: query.error ?? (retrying ? query.failureReason : null),
    retrying,
    onRetry: () => {
      void query.refetch();
    },
  };
}
