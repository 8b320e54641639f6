/**
 * The default normalizer: every built-in dialect, in `BUILTIN_DIALECTS` order.
 */
import { BUILTIN_DIALECTS } from './dialects/index.js';
import { createNormalizer } from './engine.js';
import { readShape } from './shape.js';
import type { ApiError, NormalizeOptions } from './types.js';

const builtin = /* @__PURE__ */ createNormalizer({ dialects: BUILTIN_DIALECTS, complete: readShape });

/**
 * Turn anything thrown or received into an {@link ApiError}. Sync; never throws; never mutates the input.
 *
 * @example
 * normalizeError({ status: 401, body: '{"code":"ERR009","message":"Session timeout"}' })
 * // → { category: 'session-expired', status: 401, code: 'ERR009', retryable: false, ... }
 */
export function normalizeError(input: unknown, options?: NormalizeOptions): ApiError {
  return builtin.normalizeError(input, options);
}

/**
 * Read a fetch `Response` once (text, then JSON where it parses) and normalize it. Never rejects.
 */
export function normalizeResponse(response: Response, options?: NormalizeOptions): Promise<ApiError> {
  return builtin.normalizeResponse(response, options);
}
