/**
 * Django REST framework (https://www.django-rest-framework.org/api-guide/exceptions/).
 *
 * 1. Exceptions: `{"detail": "Authentication credentials were not provided."}`, optionally with a
 *    `code` (the exception's `default_code`, e.g. djangorestframework-simplejwt's
 *    `{"detail": ..., "code": "token_not_valid", "messages": [...]}`) or the docs' custom-handler
 *    `status_code`. The same shape is FastAPI/Starlette's `HTTPException` body; both read the same
 *    way (message = detail, category from the status), so this one dialect claims it.
 *    `Throttled` says "Request was throttled. Expected available in 20 seconds."; DRF also sends
 *    `Retry-After` (the engine reads it), and the seconds in the text are the fallback.
 * 2. Serializer errors: `{"email": ["Enter a valid email address."], "non_field_errors": ["..."],
 *    "user": {"email": ["..."]}, "items": [{}, {"qty": ["..."]}]}`
 *    (https://www.django-rest-framework.org/api-guide/serializers/#validation): field names map to
 *    lists of strings, nested serializers to nested dicts, `many=True` to lists of dicts (one per
 *    item, `{}` for a valid one). `non_field_errors` at the top is form-level; inside a nested
 *    serializer it is an error of that nested field.
 * 3. drf-standardized-errors (https://github.com/ghazi-git/drf-standardized-errors):
 *    `{"type": "validation_error", "errors": [{"code": "required", "detail": "...", "attr": "name"}]}`;
 *    `attr: null` is form-level.
 *
 * Detection of (2) is strict so that arbitrary JSON is not claimed: every value (bounded) must be a
 * non-empty list of strings, a dict of the same kind, or a list of such dicts, and at least one
 * string must be found. A plain string value anywhere disqualifies the body, and so does a body
 * whose only keys are generic containers (`{"errors": ["..."]}` is a list of messages, not a field
 * named "errors"; the generic dialect reads it). Rails' `render json: record.errors` has the same
 * `{"email": ["can't be blank"]}` shape and is read the same way.
 * A `ValidationError` raised in a view with a plain message is sent as a top-level list of strings
 * (`["This field must be an integer value."]`): form-level errors.
 */
import { isFormLevel } from '../field-path.js';
import { secondsToMs } from '../retry-after.js';
import { isErrorMap, readFieldMap, readShape } from '../shape.js';
import type { Dialect, DialectResult } from '../types.js';
import { codeOf, isRecord, keysOf, MAX_ITEMS, own, text } from '../util.js';

/** Keys of the `{detail}` form besides `detail` itself. */
const DETAIL_COMPANIONS = new Set(['detail', 'code', 'status_code', 'messages']);
const STANDARD_TYPES = new Set(['validation_error', 'client_error', 'server_error']);
/** Keys that hold messages in many non-DRF formats; a body made only of these is not a serializer error dict. */
const GENERIC_CONTAINERS = new Set(['errors', 'error', 'messages', 'message', 'details']);

function isStringList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  const n = Math.min(v.length, MAX_ITEMS);
  for (let i = 0; i < n; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

function isDetailForm(body: Record<string, unknown>): boolean {
  if (typeof own(body, 'detail') !== 'string') return false;
  const keys = keysOf(body, 10);
  if (keys.length > 4) return false;
  for (const k of keys) if (!DETAIL_COMPANIONS.has(k)) return false;
  const code = own(body, 'code');
  return code === undefined || typeof code === 'string';
}

function isStandardized(body: Record<string, unknown>): boolean {
  const type = own(body, 'type');
  const errors = own(body, 'errors');
  if (typeof type !== 'string' || !STANDARD_TYPES.has(type) || !Array.isArray(errors) || errors.length === 0) return false;
  const first: unknown = errors[0];
  return isRecord(first) && typeof own(first, 'code') === 'string' && typeof own(first, 'detail') === 'string' && 'attr' in first;
}

/** "Request was throttled. Expected available in 20 seconds." → 20 000 ms (DRF's `Throttled`). */
function throttledWait(detail: string): number | undefined {
  const marker = 'Expected available in ';
  const at = detail.indexOf(marker);
  if (at < 0) return undefined;
  let end = at + marker.length;
  const stop = Math.min(detail.length, end + 20);
  while (end < stop) {
    const c = detail.charCodeAt(end);
    if ((c < 48 || c > 57) && c !== 46) break;
    end++;
  }
  return secondsToMs(detail.slice(at + marker.length, end));
}

export const djangoRest: Dialect = {
  name: 'django-rest',
  detect(body) {
    if (Array.isArray(body)) {
      // A view's `ValidationError('...')`: a list of strings; a top-level `many=True` serializer:
      // a list of per-item error dicts.
      return isStringList(body) || isErrorMap(body, undefined);
    }
    if (!isRecord(body)) return false;
    if (isDetailForm(body) || isStandardized(body)) return true;
    const keys = keysOf(body);
    // A body made only of containers (`errors`, `formErrors` + `fieldErrors`, `errorMessages`...) is read by shape.
    if (keys.length === 0 || keys.every((k) => GENERIC_CONTAINERS.has(k) || (k.toLowerCase().includes('error') && !isFormLevel(k)))) return false;
    return isErrorMap(body, undefined);
  },
  map(body, ctx) {
    if (isRecord(body) && isDetailForm(body)) {
      const detail = text(own(body, 'detail'));
      const out: DialectResult = {};
      if (detail !== undefined) {
        out.message = detail;
        // The Retry-After header DRF sends with `Throttled` wins (the engine reads it); the text is the fallback.
        const wait = ctx.header('retry-after') === undefined ? throttledWait(detail) : undefined;
        if (wait !== undefined) out.retryAfterMs = wait;
      }
      const code = codeOf(own(body, 'code'));
      if (code !== undefined) out.code = code;
      return out;
    }
    if (isRecord(body) && isStandardized(body)) return readShape(body, ctx.status);
    // A serializer error tree is a field map: the structural reader's.
    const acc = readFieldMap(body, ctx.status);
    const out: DialectResult = { fieldErrors: acc.fieldErrors, formErrors: acc.formErrors };
    const first = acc.formErrors[0]?.message ?? acc.fieldErrors[0]?.message;
    if (first !== undefined) out.message = first;
    return out;
  },
};
