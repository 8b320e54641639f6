/**
 * Discord API errors: `{ code, message, errors?: <nested object with _errors: [{ code, message }]> }`
 * and rate limits `{ message: 'You are being rate limited.', retry_after: 64.57, global: false }`
 * (retry_after in seconds). https://discord.com/developers/docs/reference#error-messages ·
 * https://discord.com/developers/docs/topics/rate-limits
 */
import { readShape } from '../shape.js';
import type { Dialect, ErrorCategory } from '../types.js';
import { codeTable, isRecord, num, own, statusOf } from '../util.js';

// 40001: Unauthorized. Provide a valid token and try again
// 40002: You need to verify your account
// 50001: Missing access
// 50013: You lack permissions to perform that action
// 50035: Invalid Form Body
// 130000: API resource is currently overloaded
const CODES: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'unauthenticated:40001;forbidden:40002 50001 50013;validation:50035;unavailable:130000',
);

export const discord: Dialect = {
  name: 'discord',
  keys: ['message'],
  detect(body) {
    if (!isRecord(body) || typeof own(body, 'message') !== 'string') return false;
    if ('retry_after' in body && 'global' in body) return true;
    // Discord's JSON codes (0, 10001…) are never HTTP statuses; `{ code: 422, message, errors }` is another API's.
    const code = own(body, 'code');
    return typeof code === 'number' && statusOf(code) === undefined && !('more_info' in body) && (isRecord(own(body, 'errors')) || CODES.has(String(own(body, 'code'))));
  },
  map(body, ctx) {
    // `errors` nests `_errors: [{ code, message }]` under the path of the field: the structural reader's field map.
    const out = readShape(body, ctx.status);
    const wait = num(own(body, 'retry_after'));
    if (wait !== undefined && wait >= 0) {
      out.retryAfterMs = wait * 1000;
      out.category = 'rate-limited';
    }
    const code = out.code;
    // Code 0 is Discord's "general error": no code of its own.
    if (code === '0') out.code = undefined;
    else if (code !== undefined) out.category = CODES.get(code) ?? out.category;
    return out;
  },
};
