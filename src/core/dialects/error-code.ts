/**
 * The `{ error_code, error_message, details }` API (shared/seeds/001): integer codes 0–12.
 * `details` is "additional error details (format is specified to each case)"; when it is an
 * object of field → text (or a list of such), it is read as field errors.
 */
import { fieldPath, isFormLevel } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { codeOf, isRecord, joinTexts, keysOf, own, text } from '../util.js';

const CODES: readonly (readonly [ErrorCategory, boolean?])[] = [
  ['server'], // 0 UNKNOWN: unknown server error
  ['bad-request'], // 1 NOT ALLOWED: method not allowed (usually with 405)
  ['server', false], // 2 NOT REALIZED: documented but not implemented, like 501
  ['validation'], // 3 INVALID STRUCTURE: required fields missing or format invalid
  ['validation'], // 4 INVALID VALUE
  ['validation'], // 5 INVALID TYPE
  ['unauthenticated'], // 6 AUTH NOT PROVIDED
  ['unauthenticated'], // 7 AUTH INVALID: the token does not exist
  ['session-expired'], // 8 AUTH EXPIRED
  ['forbidden'], // 9 AUTH FORBIDDEN
  ['not-found'], // 10 NOT EXIST
  ['unavailable'], // 11 EXTERNAL SERVICE
  ['server'], // 12 DATABASE
];

function detailsAsFields(details: unknown): { fieldErrors: FieldError[]; formErrors: FormError[] } {
  const fieldErrors: FieldError[] = [];
  const formErrors: FormError[] = [];
  if (!isRecord(details)) return { fieldErrors, formErrors };
  for (const key of keysOf(details)) {
    const message = joinTexts(own(details, key));
    if (message === undefined) continue;
    if (isFormLevel(key)) formErrors.push({ message });
    else fieldErrors.push({ field: fieldPath(key), message });
  }
  return { fieldErrors, formErrors };
}

export const errorCode: Dialect = {
  name: 'error-code',
  keys: ['error_code'],
  detect(body) {
    return isRecord(body) && 'error_code' in body && codeOf(own(body, 'error_code')) !== undefined && 'error_message' in body;
  },
  map(body) {
    const code = codeOf(own(body, 'error_code')) ?? '';
    const n = Number(code);
    const meaning = Number.isInteger(n) ? CODES[n] : undefined;
    const { fieldErrors, formErrors } = detailsAsFields(own(body, 'details'));
    const out: DialectResult = { code, message: text(own(body, 'error_message')), fieldErrors, formErrors };
    if (meaning) {
      out.category = meaning[0];
      if (meaning[1] !== undefined) out.retryable = meaning[1];
    }
    return out;
  },
};
