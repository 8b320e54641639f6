/**
 * Type tests for the public API (checked by `tsc --noEmit`, which `npm test` runs) and the
 * react-query `Register` augmentation apps use to type `useQuery().error`.
 */
import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { ApiError, Dialect, ErrorCategory, FieldError, NormalizeOptions } from '../src/core/index.js';
import { isApiError, normalizeError, normalizeResponse } from '../src/core/index.js';
import { describeError, supportedLocales, useApiError, useFieldErrors, useRetryable } from '../src/index.js';
import type { ErrorBannerProps, ErrorDisplayModel } from '../src/index.js';
import { createApiErrorQueryClient, retryOptions } from '../src/react-query/index.js';
import type { ApiResponseError } from '../src/react-query/index.js';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiResponseError | TypeError | DOMException;
  }
}

describe('public types', () => {
  it('core', () => {
    expectTypeOf(normalizeError).parameters.toEqualTypeOf<[input: unknown, options?: NormalizeOptions]>();
    expectTypeOf(normalizeError).returns.toEqualTypeOf<ApiError>();
    expectTypeOf(normalizeResponse).returns.toEqualTypeOf<Promise<ApiError>>();
    expectTypeOf<ApiError['category']>().toEqualTypeOf<ErrorCategory>();
    expectTypeOf<ApiError['fieldErrors']>().toEqualTypeOf<FieldError[]>();
    expectTypeOf<ApiError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Dialect['map']>().returns.not.toBeAny();
    const x: unknown = null;
    if (isApiError(x)) expectTypeOf(x).toEqualTypeOf<ApiError>();
  });
  it('react', () => {
    expectTypeOf(useApiError).returns.toEqualTypeOf<ErrorDisplayModel | null>();
    expectTypeOf(describeError).returns.toEqualTypeOf<ErrorDisplayModel>();
    expectTypeOf(supportedLocales).toEqualTypeOf<readonly ['en', 'de', 'fr', 'es', 'ja', 'ar', 'it', 'pt-BR', 'pt-PT', 'nl', 'pl', 'ru', 'tr', 'ko', 'zh-CN', 'zh-TW', 'he']>();
    expectTypeOf<ErrorBannerProps['error']>().toEqualTypeOf<unknown>();
    expectTypeOf(useFieldErrors).returns.toHaveProperty('toFormErrors');
    expectTypeOf(useRetryable<string>).returns.toHaveProperty('secondsLeft').toEqualTypeOf<number>();
  });
  it('react-query (contract) and the Register augmentation', () => {
    expectTypeOf(retryOptions).returns.toEqualTypeOf<{ retry: (failureCount: number, error: unknown) => boolean; retryDelay: (failureCount: number, error: unknown) => number }>();
    expectTypeOf(createApiErrorQueryClient).returns.toEqualTypeOf<QueryClient>();
    expectTypeOf<UseQueryResult<string>['error']>().toEqualTypeOf<ApiResponseError | TypeError | DOMException | null>();
    expectTypeOf<ApiResponseError['apiError']>().toEqualTypeOf<ApiError>();
  });
});
