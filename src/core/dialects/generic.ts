/**
 * The last resort for JSON bodies no other dialect claimed: the structural reader (`../shape.ts`)
 * reads them by the shapes error bodies share — the message wherever it is, lists of error items
 * and field maps under any error key, codes, reference ids, a status stated in the body.
 */
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord } from '../util.js';

export const generic: Dialect = {
  name: 'generic',
  detect(body) {
    return isRecord(body) || Array.isArray(body);
  },
  map(body, ctx) {
    return readShape(body, ctx.status);
  },
};
