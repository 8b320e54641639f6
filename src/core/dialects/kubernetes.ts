/**
 * Kubernetes `Status` (kind: Status, status: Failure): `reason` (NotFound, AlreadyExists, Conflict,
 * Invalid, Forbidden…), `details.causes[] { reason, message, field }`, `details.retryAfterSeconds`,
 * `code`. https://kubernetes.io/docs/reference/using-api/api-concepts/ · apimachinery metav1.StatusReason
 */
import { readShape } from '../shape.js';
import type { Dialect, ErrorCategory } from '../types.js';
import { codeOf, num, own, statusOf } from '../util.js';

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
  map(body, ctx) {
    // `message` and `details.causes[{ reason, message, field }]`: the structural reader's.
    const out = readShape(body, ctx.status);
    const reason = codeOf(own(body, 'reason'));
    out.code = reason;
    out.codes = undefined;
    out.category = reason === undefined ? undefined : REASONS.get(reason);
    out.status = statusOf(own(body, 'code'));
    const wait = num(own(own(body, 'details'), 'retryAfterSeconds'));
    if (wait !== undefined && wait >= 0) out.retryAfterMs = wait * 1000;
    return out;
  },
};
