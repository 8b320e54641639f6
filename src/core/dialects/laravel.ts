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
import { isFieldDict } from '../field-path.js';
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord, keysOf, own } from '../util.js';

/** Texts Laravel itself puts in `{"message": ...}` (framework defaults, English). */
const FRAMEWORK_MESSAGES = new Set([
  'Unauthenticated.', // AuthenticationException
  'This action is unauthorized.', // AuthorizationException
  'CSRF token mismatch.', // TokenMismatchException → 419
  'Too Many Attempts.', // ThrottleRequestsException → 429
  'Server Error', // any non-HTTP exception without APP_DEBUG
  'The given data was invalid.', // ValidationException (Laravel 5.5–8)
]);

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
    return isFieldDict(own(body, 'errors')) || isDebugShape(body) || isBareFrameworkMessage(body);
  },
  map(body, ctx) {
    // `message` and the `errors` bag of field → messages: the structural reader's field map.
    return readShape(body, ctx.status);
  },
};
