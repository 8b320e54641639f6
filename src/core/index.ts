/**
 * `react-api-errors/core`: the normalizer, categories, retry policy and Retry-After parsing.
 * Imports nothing from React, i18next or react-query.
 */
export { normalizeError, normalizeResponse } from './normalize.js';
export { readError } from './read-error.js';
export { createNormalizer, isApiError } from './engine.js';
export { readShape, withShape } from './shape.js';
export type { Normalizer, NormalizerConfig } from './engine.js';
export * from './dialects/named.js';
export { categoryFromStatus, isRetryableCategory } from './categories.js';
export { parseRetryAfter, parseReset, DEFAULT_MAX_RETRY_AFTER_MS } from './retry-after.js';
export { fieldPath, fromPointer, fromLoc, isFormLevel } from './field-path.js';
export { isNetworkErrorMessage } from './is-network-error.js';
export { REFERENCE_ID_HEADERS } from './reference-id.js';
export { BUILTIN_DIALECTS } from './dialects/index.js';
export { ERROR_CATEGORIES } from './types.js';
export type {
  ApiError,
  Dialect,
  DialectContext,
  DialectResult,
  ErrorCategory,
  ErrorSource,
  FieldError,
  FormError,
  NormalizeOptions,
  ResponseSnapshot,
} from './types.js';
export { ApiErrorStore, createApiErrorStore } from './store.js';
export type { ApiErrorNotice, ApiErrorReport, ApiErrorReportListener, ApiErrorStoreOptions, ApiErrorStoreState, ReportKind, ReportOptions } from './store.js';
