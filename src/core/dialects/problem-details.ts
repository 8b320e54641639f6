/**
 * Problem details: RFC 9457 (and RFC 7807 before it) — `type`, `title`, `status`, `detail`,
 * `instance` and extension members — including the forms real frameworks send:
 * - RFC 7807 §3's `invalid-params: [{ name, reason }]`;
 * - RFC 9457 §3's `errors: [{ detail, pointer }]` (JSON Pointers, `#/age`);
 * - ASP.NET Core's ValidationProblemDetails `errors: { "Name": ["…"] }` with `traceId`.
 * https://www.rfc-editor.org/rfc/rfc9457 · https://learn.microsoft.com/aspnet/core/web-api/handle-errors
 */
import { fieldPath, fromPointer, isFormLevel } from '../field-path.js';
import type { Dialect, DialectContext, DialectResult, FieldError, FormError } from '../types.js';
import { addError, arr, codeOf, isRecord, joinTexts, keysOf, lower, MAX_ITEMS, own, statusOf, text } from '../util.js';

function isProblemJson(ctx: DialectContext): boolean {
  return lower(ctx.header('content-type')).includes('problem+json');
}

function isUrl(s: string | undefined): s is string {
  return s !== undefined && (s.startsWith('https://') || s.startsWith('http://'));
}

function readFields(body: unknown): { fieldErrors: FieldError[]; formErrors: FormError[] } {
  const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
  for (const p of arr(own(body, 'invalid-params')).slice(0, MAX_ITEMS)) {
    const name = text(own(p, 'name'));
    addError(sink, name === undefined ? '' : fieldPath(name), text(own(p, 'reason')), codeOf(own(p, 'code')));
  }
  const errors = own(body, 'errors');
  if (Array.isArray(errors)) {
    for (const e of errors.slice(0, MAX_ITEMS)) {
      if (!isRecord(e)) continue;
      const pointer = text(own(e, 'pointer'));
      const name = text(own(e, 'field')) ?? text(own(e, 'name')) ?? text(own(e, 'parameter')) ?? text(own(e, 'invalidField'));
      const path = pointer !== undefined ? fromPointer(pointer) : name !== undefined && !isFormLevel(name) ? fieldPath(name) : '';
      addError(sink, path, text(own(e, 'detail')) ?? text(own(e, 'message')) ?? text(own(e, 'title')), codeOf(own(e, 'code')));
    }
  } else if (isRecord(errors)) {
    // ASP.NET Core: model-state keys → messages; '' and '$' are about the whole body.
    for (const key of keysOf(errors)) {
      const message = joinTexts(own(errors, key));
      addError(sink, isFormLevel(key) ? '' : fieldPath(key), message, undefined);
    }
  }
  return sink;
}

export const problemDetails: Dialect = {
  name: 'problem-details',
  keys: ['type', 'title'],
  detect(body, ctx) {
    if (!isRecord(body)) return false;
    const type = own(body, 'type');
    const title = own(body, 'title');
    if (typeof type !== 'string' && typeof title !== 'string') return false;
    if (isProblemJson(ctx)) return true;
    // Without the media type: a title or type plus another problem member of the right type.
    return typeof own(body, 'status') === 'number' || typeof own(body, 'detail') === 'string' || typeof own(body, 'instance') === 'string' || 'invalid-params' in body || (typeof type === 'string' && typeof title === 'string');
  },
  map(body) {
    const type = text(own(body, 'type'));
    const instance = text(own(body, 'instance'));
    const { fieldErrors, formErrors } = readFields(body);
    // No errors list of its own: the lists stay unset, for the structural reader to fill (`violations[]`...).
    const out: DialectResult = fieldErrors.length || formErrors.length ? { fieldErrors, formErrors } : {};
    const message = text(own(body, 'detail')) ?? text(own(body, 'title'));
    if (message !== undefined) out.message = message;
    const code = codeOf(own(body, 'code')) ?? codeOf(own(body, 'errorCode')) ?? codeOf(own(body, 'error_code'));
    if (code !== undefined) out.code = code;
    if (isUrl(type) && type !== 'about:blank') out.helpUrl = type;
    const status = statusOf(own(body, 'status'));
    if (status !== undefined) out.status = status;
    const ref = text(own(body, 'traceId')) ?? text(own(body, 'requestId')) ?? text(own(body, 'request_id')) ?? text(own(body, 'correlationId')) ?? instance;
    if (ref !== undefined) out.referenceId = ref;
    return out;
  },
};
