/**
 * Laravel (https://laravel.com/docs/validation#validation-error-response-format):
 *
 * ```json
 * { "message": "The team name must be a string. (and 4 more errors)",
 *   "errors": { "team_name": ["The team name must be a string.", "..."], "users.0.email": ["..."] } }
 * ```
 * (422; before Laravel 9 the message was "The given data was invalid."). Nested keys come
 * flattened in dot notation, which `fieldPath` keeps as they are.
 *
 * The framework's other JSON errors are `{"message": "..."}` alone
 * (Illuminate\Foundation\Exceptions\Handler::convertExceptionToArray): "Unauthenticated." (401),
 * "This action is unauthorized." (403), "CSRF token mismatch." (419, which the engine maps to
 * session-expired), "Too Many Attempts." (429, with Retry-After / X-RateLimit-* headers the engine
 * reads), "Server Error" (500). Only those documented texts are claimed in that bare form: any API
 * can send `{"message": "..."}`, and the generic dialect reads it the same way.
 * With APP_DEBUG the body adds `exception`, `file`, `line` and `trace`: the message is kept (it may
 * be empty: no message), the class, path and stack trace never are.
 *
 * Laravel sends no error codes; the category comes from the status.
 */
import { fieldPath, isFormLevel } from '../field-path.js';
import type { Dialect, DialectResult, FieldError, FormError } from '../types.js';
import { isRecord, keysOf, MAX_ITEMS, own, text } from '../util.js';

/** Texts Laravel itself puts in `{"message": ...}` (framework defaults, English). */
const FRAMEWORK_MESSAGES = new Set([
  'Unauthenticated.', // AuthenticationException
  'This action is unauthorized.', // AuthorizationException
  'CSRF token mismatch.', // TokenMismatchException → 419
  'Too Many Attempts.', // ThrottleRequestsException → 429
  'Server Error', // any non-HTTP exception without APP_DEBUG
  'The given data was invalid.', // ValidationException (Laravel 5.5–8)
]);

function isStringList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  const n = Math.min(v.length, MAX_ITEMS);
  for (let i = 0; i < n; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** `errors`: an object whose every value (bounded) is a non-empty list of strings. */
function isErrorBag(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const keys = keysOf(v);
  if (keys.length === 0) return false;
  for (const k of keys) if (!isStringList(own(v, k))) return false;
  return true;
}

function isDebugShape(body: Record<string, unknown>): boolean {
  return typeof own(body, 'exception') === 'string' && typeof own(body, 'file') === 'string' && typeof own(body, 'line') === 'number';
}

function isBareFrameworkMessage(body: Record<string, unknown>): boolean {
  const m = own(body, 'message');
  return typeof m === 'string' && FRAMEWORK_MESSAGES.has(m) && keysOf(body, 3).length === 1;
}

export const laravel: Dialect = {
  name: 'laravel',
  keys: ['message'],
  detect(body) {
    if (!isRecord(body) || typeof own(body, 'message') !== 'string') return false;
    return isErrorBag(own(body, 'errors')) || isDebugShape(body) || isBareFrameworkMessage(body);
  },
  map(body) {
    const out: DialectResult = {};
    const message = text(own(body, 'message'));
    if (message !== undefined) out.message = message;
    const errors = own(body, 'errors');
    if (isRecord(errors)) {
      const fieldErrors: FieldError[] = [];
      const formErrors: FormError[] = [];
      for (const key of keysOf(errors)) {
        const list = own(errors, key);
        if (!Array.isArray(list)) continue;
        const n = Math.min(list.length, MAX_ITEMS);
        for (let i = 0; i < n && fieldErrors.length + formErrors.length < MAX_ITEMS; i++) {
          const m = text(list[i]);
          if (m === undefined) continue;
          const field = isFormLevel(key) ? '' : fieldPath(key);
          if (field === '') formErrors.push({ message: m });
          else fieldErrors.push({ field, message: m });
        }
      }
      out.fieldErrors = fieldErrors;
      out.formErrors = formErrors;
    }
    return out;
  },
};
