/**
 * `{ "error": { "code": "RATE_LIMIT_EXCEEDED", "message": "...", "details": {...} } }`
 * (shared/seeds/003 and the many APIs shaped like it). The seed's documented codes carry their
 * category; other string codes fall back to the HTTP status. `details` is free-form: an object
 * of field → text (or text list), or a list of `{ field, message }` items, is read as field errors.
 */
import { readShape } from '../shape.js';
import type { Dialect, ErrorCategory } from '../types.js';
import { codeOf, own } from '../util.js';

const CODES: Readonly<Record<string, ErrorCategory>> = {
  INVALID_REQUEST: 'validation', // 400: missing required parameters or incorrectly formatted payload
  UNAUTHENTICATED: 'unauthenticated', // 401
  PERMISSION_DENIED: 'forbidden', // 403
  RESOURCE_NOT_FOUND: 'not-found', // 404
  RATE_LIMIT_EXCEEDED: 'rate-limited', // 429
  INTERNAL_SERVER_ERROR: 'server', // 500
  SERVICE_UNAVAILABLE: 'unavailable', // 503
  INSUFFICIENT_BALANCE: 'conflict', // business rule: the account's state forbids the transaction
};

export const errorObject: Dialect = {
  name: 'error-object',
  keys: ['error'],
  detect(body) {
    // Only the codes this API documents: any other `{ error: { code, message } }` is read by shape.
    const code = own(own(body, 'error'), 'code');
    return typeof code === 'string' && Object.hasOwn(CODES, code);
  },
  map(body, ctx) {
    const out = readShape(body, ctx.status);
    const code = codeOf(own(own(body, 'error'), 'code'));
    if (code !== undefined) {
      out.code = code;
      out.category = CODES[code];
    }
    return out;
  },
};
