/**
 * Google APIs: `google.rpc.Status` as JSON — `{ error: { code, message, status, details[] } }`
 * with typed details (ErrorInfo, BadRequest field violations, RetryInfo, QuotaFailure, RequestInfo,
 * Help) — and the legacy v1 form with `error.errors[] { domain, reason, message }`.
 * https://cloud.google.com/apis/design/errors · google/rpc/error_details.proto
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { addError, arr, codeOf, codeTable, isRecord, MAX_ITEMS, own, uniq, text } from '../util.js';

/** Canonical codes (google/rpc/code.proto) as they map to a person's view. */
const STATUS: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'bad-request:INVALID_ARGUMENT OUT_OF_RANGE;conflict:FAILED_PRECONDITION ABORTED ALREADY_EXISTS;unauthenticated:UNAUTHENTICATED;forbidden:PERMISSION_DENIED;not-found:NOT_FOUND;rate-limited:RESOURCE_EXHAUSTED;cancelled:CANCELLED;server:DATA_LOSS UNKNOWN INTERNAL NOT_IMPLEMENTED UNIMPLEMENTED;unavailable:UNAVAILABLE;timeout:DEADLINE_EXCEEDED',
);

/**
 * ErrorInfo reasons of the `googleapis.com` domain whose meaning is narrower than the status
 * (https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto). Left
 * out on purpose: API_KEY_INVALID (a misconfigured app, not the person's sign-in) and
 * CONSUMER_INVALID (the status says enough).
 */
const REASONS: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'session-expired:ACCESS_TOKEN_EXPIRED;rate-limited:RATE_LIMIT_EXCEEDED RESOURCE_QUOTA_EXCEEDED;forbidden:SERVICE_DISABLED BILLING_DISABLED API_KEY_SERVICE_BLOCKED API_KEY_HTTP_REFERRER_BLOCKED API_KEY_IP_ADDRESS_BLOCKED API_KEY_ANDROID_APP_BLOCKED API_KEY_IOS_APP_BLOCKED LOCATION_TAX_POLICY_VIOLATED USER_PROJECT_DENIED CONSUMER_SUSPENDED SECURITY_POLICY_VIOLATED',
);

const TYPE_PREFIX = 'type.googleapis.com/google.rpc.';

/** A protobuf Duration in JSON ("30s", "1.5s") as milliseconds. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !value.endsWith('s') || value.length > 24) return undefined;
  const n = Number(value.slice(0, -1));
  return Number.isFinite(n) && n >= 0 ? n * 1000 : undefined;
}

function detailsOf(error: unknown, kind: string): Record<string, unknown>[] {
  return arr(own(error, 'details'))
    .slice(0, MAX_ITEMS)
    .filter((d): d is Record<string, unknown> => isRecord(d) && own(d, '@type') === TYPE_PREFIX + kind);
}

export const google: Dialect = {
  name: 'google',
  keys: ['error'],
  detect(body) {
    const e = own(body, 'error');
    if (!isRecord(e)) return false;
    const code = own(e, 'code');
    return typeof code === 'number' && (typeof own(e, 'status') === 'string' || Array.isArray(own(e, 'details')) || Array.isArray(own(e, 'errors')));
  },
  map(body) {
    const e = own(body, 'error');
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    for (const br of detailsOf(e, 'BadRequest')) {
      for (const v of arr(own(br, 'fieldViolations')).slice(0, MAX_ITEMS)) {
        const field = text(own(v, 'field'));
        addError(sink, field === undefined ? '' : fieldPath(field), text(own(v, 'description')), codeOf(own(v, 'reason')));
      }
    }
    // Legacy v1: errors[] { domain, reason, message, locationType: 'parameter', location }.
    const legacy = arr(own(e, 'errors')).slice(0, MAX_ITEMS);
    for (const item of legacy) {
      if (own(item, 'locationType') === 'parameter') {
        const loc = text(own(item, 'location'));
        if (loc !== undefined) addError(sink, fieldPath(loc), text(own(item, 'message')), codeOf(own(item, 'reason')));
      }
    }
    const status = codeOf(own(e, 'status'));
    const reason = codeOf(own(detailsOf(e, 'ErrorInfo')[0], 'reason')) ?? codeOf(own(legacy[0], 'reason'));
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors, codes: uniq([reason, status]) };
    const code = reason ?? status;
    if (code !== undefined) out.code = code;
    const message = text(own(e, 'message'));
    if (message !== undefined) out.message = message;
    const infoReason = codeOf(own(detailsOf(e, 'ErrorInfo')[0], 'reason'));
    let category = (infoReason !== undefined ? REASONS.get(infoReason) : undefined) ?? (status !== undefined ? STATUS.get(status) : undefined);
    if (detailsOf(e, 'QuotaFailure').length > 0) category = 'rate-limited';
    if (category === 'bad-request' && sink.fieldErrors.length > 0) category = 'validation';
    if (category) out.category = category;
    if (status === 'NOT_IMPLEMENTED' || status === 'UNIMPLEMENTED') out.retryable = false;
    const delay = durationMs(own(detailsOf(e, 'RetryInfo')[0], 'retryDelay'));
    if (delay !== undefined) out.retryAfterMs = delay;
    const requestId = text(own(detailsOf(e, 'RequestInfo')[0], 'requestId'));
    if (requestId !== undefined) out.referenceId = requestId;
    const help = text(own(arr(own(detailsOf(e, 'Help')[0], 'links'))[0], 'url'));
    if (help !== undefined) out.helpUrl = help;
    if (reason !== undefined) out.messageKeys = uniq([`google.${reason}`, status === undefined ? undefined : `google.${status}`]);
    return out;
  },
};
