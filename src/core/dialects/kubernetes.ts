/**
 * Kubernetes `Status` (kind: Status, status: Failure): `reason` (NotFound, AlreadyExists, Conflict,
 * Invalid, Forbidden…), `details.causes[] { reason, message, field }`, `details.retryAfterSeconds`,
 * `code`. https://kubernetes.io/docs/reference/using-api/api-concepts/ · apimachinery metav1.StatusReason
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { addError, arr, codeOf, MAX_ITEMS, num, own, statusOf, text } from '../util.js';

const REASONS: ReadonlyMap<string, ErrorCategory> = new Map<string, ErrorCategory>([
  ['Unauthorized', 'unauthenticated'],
  ['Forbidden', 'forbidden'],
  ['NotFound', 'not-found'],
  ['AlreadyExists', 'conflict'],
  ['Conflict', 'conflict'],
  ['Gone', 'not-found'],
  ['Invalid', 'validation'],
  ['ServerTimeout', 'timeout'],
  ['Timeout', 'timeout'],
  ['TooManyRequests', 'rate-limited'],
  ['BadRequest', 'bad-request'],
  ['MethodNotAllowed', 'bad-request'],
  ['NotAcceptable', 'bad-request'],
  ['RequestEntityTooLarge', 'bad-request'],
  ['UnsupportedMediaType', 'bad-request'],
  ['InternalError', 'server'],
  ['Expired', 'conflict'],
  ['ServiceUnavailable', 'unavailable'],
]);

export const kubernetes: Dialect = {
  name: 'kubernetes',
  keys: ['kind'],
  detect(body) {
    return own(body, 'kind') === 'Status' && typeof own(body, 'apiVersion') === 'string' && own(body, 'status') === 'Failure';
  },
  map(body) {
    const details = own(body, 'details');
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    for (const c of arr(own(details, 'causes')).slice(0, MAX_ITEMS)) {
      const field = text(own(c, 'field'));
      addError(sink, field === undefined ? '' : fieldPath(field), text(own(c, 'message')), codeOf(own(c, 'reason')));
    }
    const reason = codeOf(own(body, 'reason'));
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors };
    if (reason !== undefined) {
      out.code = reason;
      const category = REASONS.get(reason);
      if (category) out.category = category;
    }
    const message = text(own(body, 'message'));
    if (message !== undefined) out.message = message;
    const status = statusOf(own(body, 'code'));
    if (status !== undefined) out.status = status;
    const wait = num(own(details, 'retryAfterSeconds'));
    if (wait !== undefined && wait >= 0) out.retryAfterMs = wait * 1000;
    return out;
  },
};
