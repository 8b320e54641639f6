/**
 * Kubernetes `Status` (kind: Status, status: Failure): `reason` (NotFound, AlreadyExists, Conflict,
 * Invalid, Forbidden…), `details.causes[] { reason, message, field }`, `details.retryAfterSeconds`,
 * `code`. https://kubernetes.io/docs/reference/using-api/api-concepts/ · apimachinery metav1.StatusReason
 */
import { readShape } from '../shape.js';
import type { Dialect, ErrorCategory } from '../types.js';
import { codeOf, codeTable, num, own, statusOf } from '../util.js';

const REASONS: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'unauthenticated:Unauthorized;forbidden:Forbidden;not-found:NotFound Gone;conflict:AlreadyExists Conflict Expired;validation:Invalid;timeout:ServerTimeout Timeout;rate-limited:TooManyRequests;bad-request:BadRequest MethodNotAllowed NotAcceptable RequestEntityTooLarge UnsupportedMediaType;server:InternalError;unavailable:ServiceUnavailable',
);

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
