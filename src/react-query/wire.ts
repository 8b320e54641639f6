/**
 * Cache-level wiring between TanStack Query and the `ApiErrorStore` the provider renders from:
 * - a background refetch that fails (the query already had data) becomes ONE non-blocking notice,
 *   whose "Try again" refetches that query; it closes by itself once the query fetches fine again;
 * - a session expiry opens the sign-in prompt ONCE, however many queries fail together;
 * - when the person has signed in again (`store.resolveSession()`), every query in error refetches;
 * - mutation errors stay with the mutation (`useFieldErrors(mutation.error)`), except session
 *   expiry, unless `mutationErrors: 'notice'` (or a mutation's `meta: { errorNotice: true }`)
 *   routes them to a notice whose "Try again" runs the mutation again with the same variables;
 * - every query and mutation error reaches the store's `onError` once (source 'query',
 *   'background' or 'mutation').
 */
import { MutationCache, QueryCache, QueryClient, type MutationOptions, type QueryClientConfig } from '@tanstack/react-query';
import type { ApiErrorStore } from '../core/index.js';
import { mutationRetryOptions, retryOptions, type RetryOptionsInput } from './retry-options.js';

export interface WireOptions {
  /**
   * Where a failed mutation's error goes: 'inline' (default) leaves it to the component that ran
   * the mutation (`mutation.error`); 'notice' also makes it a notice (`<ErrorNotices/>`) with
   * "Try again". A mutation's `meta: { errorNotice: true | false }` decides for itself.
   */
  mutationErrors?: 'inline' | 'notice';
}

/** Subscribe an existing client's caches to the store. Returns an unsubscribe function. */
export function wireQueryClient(queryClient: QueryClient, store: ApiErrorStore, options: WireOptions = {}): () => void {
  const offQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const query = event.query;
    const key = JSON.stringify(query.queryKey);
    // Fetched fine since (a refetch on focus, a retry elsewhere): its notice says nothing true any more.
    if (event.action.type === 'success') return store.dismissNotice(key);
    if (event.action.type !== 'error') return;
    const background = query.state.data !== undefined;
    store.report(event.action.error, {
      kind: background ? 'background' : 'query',
      key,
      // "Try again" on the notice: refetch this query; rejects when it fails again.
      retry: () => queryClient.refetchQueries({ queryKey: query.queryKey, exact: true }, { throwOnError: true }),
    });
  });
  const offMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const mutation = event.mutation;
    const key = `mutation:${mutation.options.mutationKey !== undefined ? JSON.stringify(mutation.options.mutationKey) : String(mutation.mutationId)}`;
    if (event.action.type === 'success') return store.dismissNotice(key);
    if (event.action.type !== 'error') return;
    const own = mutation.options.meta?.errorNotice;
    const notice = typeof own === 'boolean' ? own : options.mutationErrors === 'notice';
    const variables = mutation.state.variables;
    store.report(event.action.error, {
      kind: 'mutation',
      notice,
      key,
      // The same mutation again, same variables: useMutation's own callbacks run, mutate()'s per-call ones do not.
      retry: () => mutation.execute(variables),
    });
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
  /** 'notice': failed mutations also become notices with "Try again" (see `WireOptions`). Default 'inline'. */
  mutationErrors?: WireOptions['mutationErrors'];
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
  wireQueryClient(client, options.store, options.mutationErrors ? { mutationErrors: options.mutationErrors } : {});
  return client;
}
