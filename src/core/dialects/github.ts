/**
 * GitHub REST API errors: `{ message, documentation_url, errors?: [{ resource, field, code }],
 * status? }`. Field codes: missing, missing_field, invalid, already_exists, unprocessable, custom.
 * Rate limits (403/429 with `x-ratelimit-remaining: 0` and an epoch `x-ratelimit-reset`, or a
 * secondary limit's `retry-after`) are read by the engine from the headers.
 * https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, FieldError, FormError } from '../types.js';
import { addError, arr, codeOf, isRecord, lower, MAX_ITEMS, own, statusOf, text, uniq } from '../util.js';

export const github: Dialect = {
  name: 'github',
  keys: ['message'],
  detect(body) {
    if (!isRecord(body) || typeof own(body, 'message') !== 'string') return false;
    const doc = own(body, 'documentation_url');
    return typeof doc === 'string' && (doc.includes('docs.github.com') || doc.includes('developer.github.com'));
  },
  map(body) {
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    const errors = arr(own(body, 'errors')).slice(0, MAX_ITEMS);
    for (const e of errors) {
      const field = text(own(e, 'field'));
      addError(sink, field === undefined ? '' : fieldPath(field), text(own(e, 'message')), codeOf(own(e, 'code')));
    }
    const codes = uniq(errors.map((e) => codeOf(own(e, 'code'))));
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors, codes };
    const message = text(own(body, 'message'));
    if (message !== undefined) out.message = message;
    if (codes[0] !== undefined) out.code = codes[0];
    if (codes.includes('already_exists')) out.category = 'conflict';
    else if (lower(message).includes('rate limit')) out.category = 'rate-limited';
    const doc = text(own(body, 'documentation_url'));
    if (doc !== undefined) out.helpUrl = doc;
    const status = statusOf(own(body, 'status'));
    if (status !== undefined) out.status = status;
    return out;
  },
};
