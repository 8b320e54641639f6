/**
 * Cache-level wiring between TanStack Query and the `ApiErrorStore` the provider renders from:
 * - a background refetch that fails (the query already had data) becomes ONE non-blocking notice;
 * - a session expiry opens the sign-in prompt ONCE, however many queries fail together;
 * - when the person has signed in again (`store.resolveSession()`), every query in error refetches;
 * - mutation errors stay with the mutation (`useFieldErrors(mutation.error)`), except session expiry.
 */
import { MutationCache, QueryCache, QueryClient, type MutationOptions, type QueryClientConfig } from '@tanstack/react-query';
import type { ApiErrorStore } from '../core/index.js';
import { mutationRetryOptions, normalizeCached, retryOptions, type RetryOptionsInput } from './retry-options.js';

/** Subscribe an existing client's caches to the store. Returns an unsubscribe function. */
export function wireQueryClient(queryClient: QueryClient, store: ApiErrorStore): () => void {
  const offQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const query = event.query;
    const error = event.action.error;
    const e = normalizeCached(error);
    if (store.isSessionExpiry(e)) store.report(e);
    else if (query.state.data !== undefined) store.report(e, { kind: 'background', key: `${JSON.stringify(query.queryKey)}` });
  });
  const offMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const e = normalizeCached(event.action.error);
    if (store.isSessionExpiry(e)) store.report(e);
  });
  const offRestore = store.onSessionRestored(() => {
    void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
  });
  return () => {
    offQueries();
    offMutations();
    offRestore();
  };
}

export interface ApiErrorQueryClientOptions {
  store: ApiErrorStore;
  /** Retry rules (`retryOptions` input). */
  retry?: RetryOptionsInput;
  /**
   * Anything else for the QueryClient, the app's own `queryCache` / `mutationCache` included (the
   * usual toast pattern: `new QueryCache({ onError })`). The wiring subscribes to the caches and sets
   * none of their callbacks, so the app's `onError`, `onSuccess` and `onSettled` run as before.
   */
  config?: QueryClientConfig;
}

/**
 * A QueryClient with the library's retry rules for queries, no retries for mutations unless they
 * are marked `meta: { idempotent: true }`, and its caches wired to the store.
 */
export function createApiErrorQueryClient(options: ApiErrorQueryClientOptions): QueryClient {
  const queries = retryOptions(options.retry);
  const mutations = mutationRetryOptions(options.retry);
  /** Mutations marked `meta: { idempotent: true }` (and setting no retry of their own) retry like queries. */
  class ApiErrorQueryClient extends QueryClient {
    override defaultMutationOptions<T extends MutationOptions<unknown, unknown, unknown, unknown>>(opts?: T): T {
      const merged = super.defaultMutationOptions(opts);
      if (merged.meta?.idempotent === true && opts?.retry === undefined) return { ...merged, retry: queries.retry, retryDelay: queries.retryDelay };
      return merged;
    }
  }
  const client = new ApiErrorQueryClient({
    ...options.config,
    queryCache: options.config?.queryCache ?? new QueryCache(),
    mutationCache: options.config?.mutationCache ?? new MutationCache(),
    defaultOptions: {
      ...options.config?.defaultOptions,
      queries: { retry: queries.retry, retryDelay: queries.retryDelay, ...options.config?.defaultOptions?.queries },
      mutations: { retry: mutations.retry, retryDelay: mutations.retryDelay, ...options.config?.defaultOptions?.mutations },
    },
  });
  wireQueryClient(client, options.store);
  return client;
}
