/**
 * Discord API errors: `{ code, message, errors?: <nested object with _errors: [{ code, message }]> }`
 * and rate limits `{ message: 'You are being rate limited.', retry_after: 64.57, global: false }`
 * (retry_after in seconds). https://discord.com/developers/docs/reference#error-messages ·
 * https://discord.com/developers/docs/topics/rate-limits
 */
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { addError, codeOf, isRecord, keysOf, MAX_DEPTH, MAX_ITEMS, num, own, text, uniq, statusOf } from '../util.js';

const CODES: ReadonlyMap<string, ErrorCategory> = new Map<string, ErrorCategory>([
  ['40001', 'unauthenticated'], // Unauthorized. Provide a valid token and try again
  ['40002', 'forbidden'], // You need to verify your account
  ['50001', 'forbidden'], // Missing access
  ['50013', 'forbidden'], // You lack permissions to perform that action
  ['50035', 'validation'], // Invalid Form Body
  ['130000', 'unavailable'], // API resource is currently overloaded
]);

/** Walk `errors` (bounded) collecting `_errors` with the path that leads to them. */
function collect(node: unknown, path: string[], sink: { fieldErrors: FieldError[]; formErrors: FormError[] }, depth: number): void {
  if (!isRecord(node) || depth > MAX_DEPTH || sink.fieldErrors.length + sink.formErrors.length >= MAX_ITEMS) return;
  for (const key of keysOf(node)) {
    const child = own(node, key);
    if (key === '_errors' && Array.isArray(child)) {
      for (const e of child.slice(0, MAX_ITEMS)) addError(sink, path.join('.'), text(own(e, 'message')), codeOf(own(e, 'code')));
    } else {
      collect(child, [...path, key], sink, depth + 1);
    }
  }
}

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
  map(body) {
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    collect(own(body, 'errors'), [], sink, 0);
    const code = codeOf(own(body, 'code'));
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors, codes: uniq([code, ...sink.fieldErrors.map((f) => f.code)]) };
    const message = text(own(body, 'message'));
    if (message !== undefined) out.message = message;
    const wait = num(own(body, 'retry_after'));
    if (wait !== undefined && wait >= 0) {
      out.retryAfterMs = wait * 1000;
      out.category = 'rate-limited';
    }
    if (code !== undefined && code !== '0') {
      out.code = code;
      const category = CODES.get(code);
      if (category) out.category = category;
    }
    return out;
  },
};
