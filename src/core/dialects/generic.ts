/**
 * The last resort for JSON bodies no other dialect claimed: the structural reader (`../shape.ts`)
 * reads them by the shapes error bodies share — the message wherever it is, lists of error items
 * and field maps under any error key, codes, reference ids, a status stated in the body.
 */
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord, num, own } from '../util.js';

export const generic: Dialect = {
  name: 'generic',
  detect(body) {
    return isRecord(body) || Array.isArray(body);
  },
  map(body, ctx) {
    const out = readShape(body, ctx.status);
    // "Request was throttled. Expected available in 20 seconds." (Django REST), "Try again in 30 seconds":
    // the wait a rate-limited response states only in words, when no Retry-After header says it.
    const wait = ctx.status === 429 && ctx.header('retry-after') === undefined ? /\b(?:in|after) (\d{1,6}(?:\.\d{1,3})?) seconds?\b/.exec(out.message ?? '')?.[1] : undefined;
    if (wait !== undefined) out.retryAfterMs = Number(wait) * 1000;
    // A wait the body states in seconds, at the top or one level in (Telegram's `parameters: { retry_after }`).
    if (ctx.status === 429 && !ctx.header('retry-after') && isRecord(body)) for (const o of [body, ...Object.values(body)]) out.retryAfterMs ??= num(own(o, 'retry_after'))! * 1000 || undefined;
    return out;
  },
};
