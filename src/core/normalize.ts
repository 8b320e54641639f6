/**
 * The default normalizer: every built-in dialect, in `BUILTIN_DIALECTS` order.
 */
import { BUILTIN_DIALECTS } from './dialects/index.js';
import { createNormalizer, type Normalizer } from './engine.js';
import { withShape } from './shape.js';
import type { ApiError, Dialect, NormalizeOptions } from './types.js';

/** Dialects that read their bodies with the structural reader already: nothing to complete. */
const SHAPED = new Set(['generic', 'spring', 'kubernetes', 'microsoft-graph', 'discord', 'error-object']);

// Built on first use, so that a module that imports only the engine carries none of the dialects.
let built: Normalizer | undefined;
function builtin(): Normalizer {
  // Every named format's reading is completed by the structural reader (the generic dialect is that reader).
  return (built ??= createNormalizer({ dialects: BUILTIN_DIALECTS.map((d) => (SHAPED.has(d.name) ? d : withShape(d))) }));
}

/**
 * Turn anything thrown or received into an {@link ApiError}. Sync; never throws; never mutates the input.
 *
 * @example
 * normalizeError({ status: 401, body: '{"code":"ERR009","message":"Session timeout"}' })
 * // → { category: 'session-expired', status: 401, code: 'ERR009', retryable: false, ... }
 */
export function normalizeError(input: unknown, options?: NormalizeOptions): ApiError {
  return builtin().normalizeError(input, shaped(options));
}

/** The app's own dialects, completed by the structural reader as the built-in ones are. */
function shaped(options: NormalizeOptions | undefined): NormalizeOptions | undefined {
  const own: unknown = options?.dialects;
  return Array.isArray(own) ? Object.assign({}, options, { dialects: own.map((d: unknown) => (typeof d === 'object' && d !== null && typeof (d as Dialect).map === 'function' && typeof (d as Dialect).detect === 'function' ? withShape(d as Dialect) : d)) }) : options;
}

/**
 * Read a fetch `Response` once (text, then JSON where it parses) and normalize it. Never rejects.
 */
export function normalizeResponse(response: Response, options?: NormalizeOptions): Promise<ApiError> {
  return builtin().normalizeResponse(response, shaped(options));
}
