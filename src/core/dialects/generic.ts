/**
 * The last resort for JSON bodies no other dialect claimed: the common member names APIs use for
 * a message, a code and a request id (`message`, `error`, `error.message`, `msg`, `detail`,
 * `description`, `errors: ["..."]`, `code`, `requestId`...), and field errors from the
 * `{ "errors": { "title": ["can't be blank"] } }` envelope many Rails-style APIs use (keys with a
 * list of messages each; `base` is form-level). Never sets a category: the status decides.
 */
import { fieldDictErrors, isFieldDict } from '../field-path.js';
import type { Dialect, DialectResult } from '../types.js';
import { arr, codeOf, firstOf, isRecord, own, statusOf, text } from '../util.js';

const MESSAGE_KEYS = ['message', 'Message', 'error_description', 'errorMessage', 'error_message', 'msg', 'detail', 'description', 'title', 'reason'] as const;
const CODE_KEYS = ['code', 'errorCode', 'error_code', 'Code', 'type'] as const;
const REF_KEYS = ['requestId', 'request_id', 'RequestId', 'traceId', 'trace_id', 'correlationId', 'correlation_id', 'errorId', 'error_id', 'incidentId', 'supportId', 'reference', 'referenceId'] as const;

function pick(obj: unknown, keys: readonly string[], read: (v: unknown) => string | undefined): string | undefined {
  for (const k of keys) {
    const v = read(own(obj, k));
    if (v !== undefined) return v;
  }
  return undefined;
}

export const generic: Dialect = {
  name: 'generic',
  detect(body) {
    return isRecord(body) || Array.isArray(body);
  },
  map(body) {
    // A bare array of errors: read its first item.
    const root = Array.isArray(body) ? body[0] : body;
    const err = own(root, 'error');
    const nested = isRecord(err) ? err : undefined;
    const out: DialectResult = {};
    const message =
      (nested ? pick(nested, MESSAGE_KEYS, text) : undefined) ??
      pick(root, MESSAGE_KEYS, text) ??
      text(err) ??
      firstOf(arr(own(root, 'errors')), (e) => text(e) ?? text(own(e, 'message')));
    if (message !== undefined) out.message = message;
    const code = (nested ? pick(nested, CODE_KEYS, codeOf) : undefined) ?? pick(root, CODE_KEYS, codeOf);
    // A numeric code equal to the HTTP status says nothing new; keep it anyway, as sent.
    if (code !== undefined) out.code = code;
    const ref = (nested ? pick(nested, REF_KEYS, text) : undefined) ?? pick(root, REF_KEYS, text);
    if (ref !== undefined) out.referenceId = ref;
    const status = statusOf(own(root, 'status')) ?? statusOf(own(root, 'statusCode')) ?? statusOf(own(nested, 'status'));
    if (status !== undefined) out.status = status;
    const errors = own(root, 'errors');
    if (isFieldDict(errors)) {
      const sink = fieldDictErrors(errors);
      out.fieldErrors = sink.fieldErrors;
      out.formErrors = sink.formErrors;
    }
    return out;
  },
};
