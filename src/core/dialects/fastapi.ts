/**
 * FastAPI / Starlette request validation errors (HTTP 422), Pydantic v1 and v2:
 *
 * ```json
 * { "detail": [ { "type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}, "url": "https://errors.pydantic.dev/2.5/v/missing" } ] }
 * { "detail": [ { "loc": ["body", "price"], "msg": "value is not a valid float", "type": "type_error.float" } ] }
 * ```
 * https://fastapi.tiangolo.com/tutorial/handling-errors/ (v1 example and the `body` echo),
 * https://fastapi.tiangolo.com/tutorial/path-params/#data-validation (v2 example).
 *
 * Each item's `loc` names the field (`fromLoc` drops the leading `body`/`query`/`path`/`header`/
 * `cookie`); its `type` is the field's code. A `loc` of just `["body"]` (the whole body missing or
 * not an object) names no field: it is a form-level error.
 *
 * Only the array form is claimed here. `HTTPException`'s `{"detail": "Item not found"}` is byte for
 * byte the shape Django REST framework sends for its exceptions, so it is left to the 'django-rest'
 * dialect (tried later), which reads it the same way: message = `detail`, category from the status.
 * Claiming it here would label every DRF error 'fastapi'; neither label is provable from the body.
 */
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord, own } from '../util.js';

function isLocItem(v: unknown): boolean {
  return isRecord(v) && Array.isArray(own(v, 'loc')) && typeof own(v, 'msg') === 'string';
}

export const fastapi: Dialect = {
  name: 'fastapi',
  keys: ['detail'],
  detect(body) {
    if (!isRecord(body)) return false;
    const detail = own(body, 'detail');
    return Array.isArray(detail) && detail.length > 0 && isLocItem(detail[0]);
  },
  map(body, ctx) {
    // `detail[]` items with `loc` (its `body`/`query` head dropped), `msg` and `type`: the structural reader's items.
    return readShape(body, ctx.status);
  },
};
