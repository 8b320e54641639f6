/**
 * JSON:API error objects (https://jsonapi.org/format/#error-objects): `errors[]` with `id`,
 * `links.about`, `status` (a string), `code`, `title`, `detail`, `source.pointer` /
 * `source.parameter` / `source.header`, `meta`. Pointers into `/data/attributes/…` become field
 * paths; errors with no source are form-level.
 */
import { fieldPath, fromPointer } from '../field-path.js';
import type { Dialect, DialectResult, FieldError, FormError } from '../types.js';
import { addError, codeOf, isRecord, MAX_ITEMS, own, statusOf, text, uniq } from '../util.js';

function isJsonApiError(e: unknown): boolean {
  if (!isRecord(e) || 'errorCode' in e || 'locations' in e || 'extensions' in e) return false;
  return isRecord(own(e, 'source')) || (typeof own(e, 'status') === 'string' && (typeof own(e, 'title') === 'string' || typeof own(e, 'detail') === 'string'));
}

export const jsonApi: Dialect = {
  name: 'json-api',
  keys: ['errors'],
  detect(body) {
    if (!isRecord(body) || 'type' in body || 'title' in body) return false;
    const errors = own(body, 'errors');
    return Array.isArray(errors) && errors.length > 0 && isJsonApiError(errors[0]);
  },
  map(body) {
    const errors = (own(body, 'errors') as unknown[]).slice(0, MAX_ITEMS).filter(isRecord);
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    for (const e of errors) {
      const source = own(e, 'source');
      const pointer = text(own(source, 'pointer'));
      const parameter = text(own(source, 'parameter'));
      const path = pointer !== undefined ? fromPointer(pointer) : parameter !== undefined ? fieldPath(parameter) : '';
      addError(sink, path, text(own(e, 'detail')) ?? text(own(e, 'title')), codeOf(own(e, 'code')));
    }
    const first = errors[0];
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors, codes: uniq(errors.map((e) => codeOf(own(e, 'code')))) };
    const code = codeOf(own(first, 'code'));
    if (code !== undefined) out.code = code;
    const message = text(own(first, 'detail')) ?? text(own(first, 'title'));
    if (message !== undefined) out.message = message;
    const status = statusOf(own(first, 'status'));
    if (status !== undefined) out.status = status;
    const id = text(own(first, 'id'));
    if (id !== undefined) out.referenceId = id;
    const about = own(own(first, 'links'), 'about');
    const href = text(about) ?? text(own(about, 'href'));
    if (href !== undefined && href.startsWith('http')) out.helpUrl = href;
    return out;
  },
};
