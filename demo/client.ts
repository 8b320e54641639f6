/**
 * The demo's store and QueryClient, as an app would create them once: react-query's retry rules
 * from the library (short waits so the demo stays lively), caches wired to the store.
 */
import { ApiErrorStore } from 'react-api-errors';
import { createApiErrorQueryClient } from 'react-api-errors/react-query';

export const store = new ApiErrorStore();
export const queryClient = createApiErrorQueryClient({
  store,
  retry: { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 3000 },
  config: { defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } } },
});
