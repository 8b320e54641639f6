/**
 * GitHub REST API errors: `{ message, documentation_url, errors?: [{ resource, field, code }],
 * status? }`. Field codes: missing, missing_field, invalid, already_exists, unprocessable, custom.
 * Rate limits (403/429 with `x-ratelimit-remaining: 0` and an epoch `x-ratelimit-reset`, or a
 * secondary limit's `retry-after`) are read by the engine from the headers.
 * https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord, lower, own, text } from '../util.js';

export const github: Dialect = {
  name: 'github',
  keys: ['message'],
  detect(body) {
    if (!isRecord(body) || typeof own(body, 'message') !== 'string') return false;
    const doc = own(body, 'documentation_url');
    return typeof doc === 'string' && (doc.includes('docs.github.com') || doc.includes('developer.github.com'));
  },
  map(body, ctx) {
    // `message`, `status` and `errors[{ resource, field, code, message }]`: the structural reader's.
    const out = readShape(body, ctx.status);
    if (out.codes?.includes('already_exists')) out.category = 'conflict';
    else if (lower(out.message).includes('rate limit')) out.category = 'rate-limited';
    const doc = text(own(body, 'documentation_url'));
    if (doc !== undefined) out.helpUrl = doc;
    return out;
  },
};
