/**
 * JSON:API error objects (https://jsonapi.org/format/#error-objects): `errors[]` with `id`,
 * `links.about`, `status` (a string), `code`, `title`, `detail`, `source.pointer` /
 * `source.parameter` / `source.header`, `meta`. Pointers into `/data/attributes/…` become field
 * paths; errors with no source are form-level.
 */
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord, own, statusOf, text } from '../util.js';

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
  map(body, ctx) {
    // Items with `detail` (before `title`), `code` and `source.pointer` / `source.parameter`: the structural reader's.
    const out = readShape(body, ctx.status);
    const first = (own(body, 'errors') as unknown[])[0];
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
