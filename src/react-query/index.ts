/**
 * `react-api-errors/react-query`: retry rules and cache-level wiring for TanStack Query.
 *
 * Type `useQuery().error` for the whole app:
 * ```ts
 * import type { ApiResponseError } from 'react-api-errors/react-query';
 * declare module '@tanstack/react-query' {
 *   interface Register { defaultError: ApiResponseError | TypeError | DOMException }
 * }
 * ```
 */
export { retryOptions, mutationRetryOptions } from './retry-options.js';
export type { RetryOptions, RetryOptionsInput } from './retry-options.js';
export { retryStatus, errorBannerProps } from './retry-status.js';
export type { BannerQueryLike, QueryBannerProps, RetryingQueryLike, RetryStatusOptions } from './retry-status.js';
export { apiFetch, withApiErrors, ApiResponseError, isApiResponseError } from './api-fetch.js';
export { wireQueryClient, createApiErrorQueryClient } from './wire.js';
export type { ApiErrorQueryClientOptions, WireOptions } from './wire.js';
