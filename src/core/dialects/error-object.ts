/**
 * `{ "error": { "code": "RATE_LIMIT_EXCEEDED", "message": "...", "details": {...} } }`
 * (shared/seeds/003 and the many APIs shaped like it). The seed's documented codes carry their
 * category; other string codes fall back to the HTTP status. `details` is free-form: an object
 * of field → text (or text list), or a list of `{ field, message }` items, is read as field errors.
 */
import { fieldPath, isFormLevel } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { codeOf, isRecord, joinTexts, keysOf, MAX_ITEMS, own, text } from '../util.js';

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

function readDetails(details: unknown): { fieldErrors: FieldError[]; formErrors: FormError[] } {
  const fieldErrors: FieldError[] = [];
  const formErrors: FormError[] = [];
  if (Array.isArray(details)) {
    for (const item of details.slice(0, MAX_ITEMS)) {
      const field = text(own(item, 'field')) ?? text(own(item, 'target')) ?? text(own(item, 'param'));
      const message = text(own(item, 'message'));
      const code = codeOf(own(item, 'code'));
      if (field === undefined) continue;
      const fe: FieldError = { field: fieldPath(field) };
      if (message !== undefined) fe.message = message;
      if (code !== undefined) fe.code = code;
      fieldErrors.push(fe);
    }
  } else if (isRecord(details)) {
    for (const key of keysOf(details)) {
      const value = own(details, key);
      // Only text values describe a field; amounts such as INSUFFICIENT_BALANCE's
      // `{ "required": "100.00", "available": "50.50" }` are data, not field errors.
      if (typeof value !== 'string' && !Array.isArray(value)) continue;
      const message = joinTexts(value);
      if (message === undefined) continue;
      if (isFormLevel(key)) formErrors.push({ message });
      else if (typeof value !== 'string' || Number.isNaN(Number(value))) fieldErrors.push({ field: fieldPath(key), message });
    }
  }
  return { fieldErrors, formErrors };
}

export const errorObject: Dialect = {
  name: 'error-object',
  keys: ['error'],
  detect(body) {
    const e = own(body, 'error');
    return isRecord(e) && typeof own(e, 'code') === 'string' && (typeof own(e, 'message') === 'string' || 'details' in e);
  },
  map(body) {
    const e = own(body, 'error');
    const code = codeOf(own(e, 'code'));
    const { fieldErrors, formErrors } = readDetails(own(e, 'details'));
    const out: DialectResult = { message: text(own(e, 'message')), fieldErrors, formErrors };
    if (code !== undefined) {
      out.code = code;
      const category = Object.hasOwn(CODES, code) ? CODES[code] : undefined;
      if (category) out.category = category;
    }
    const ref = text(own(e, 'request_id')) ?? text(own(e, 'requestId')) ?? text(own(e, 'trace_id')) ?? text(own(body, 'request_id'));
    if (ref !== undefined) out.referenceId = ref;
    return out;
  },
};
