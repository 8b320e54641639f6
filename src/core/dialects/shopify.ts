/**
 * Shopify Admin API errors. REST: `{ "errors": "[API] Invalid API key or access token …" }`,
 * `{ "errors": "Not Found" }`, `{ "errors": { "title": ["can't be blank"] } }` (`base` is
 * form-level). GraphQL throttling: `errors[{ extensions: { code: 'THROTTLED' } }]` with
 * `extensions.cost.throttleStatus` — the wait is (requested − available) / restoreRate seconds.
 * https://shopify.dev/docs/api/usage/response-codes · https://shopify.dev/docs/api/usage/rate-limits
 */
import { fieldDictErrors, isFieldDict } from '../field-path.js';
import type { Dialect, DialectResult } from '../types.js';
import { arr, isRecord, keysOf, num, own, text } from '../util.js';

function isThrottled(body: unknown): boolean {
  const first = arr(own(body, 'errors'))[0];
  return own(own(first, 'extensions'), 'code') === 'THROTTLED' && isRecord(own(own(body, 'extensions'), 'cost'));
}

export const shopify: Dialect = {
  name: 'shopify',
  keys: ['errors'],
  detect(body, ctx) {
    if (!isRecord(body)) return false;
    if (isThrottled(body)) return true;
    if ('message' in body) return false; // Laravel's { message, errors } shape
    const errors = own(body, 'errors');
    const keys = keysOf(body, 3);
    const shopifyHeaders = ctx.header('x-shopify-api-call-limit') !== undefined || ctx.header('x-shopify-shop-api-call-limit') !== undefined || ctx.header('x-shopify-stage') !== undefined;
    return keys.length === 1 && (typeof errors === 'string' || (isFieldDict(errors) && (shopifyHeaders || 'base' in (errors as object))));
  },
  map(body) {
    if (isThrottled(body)) {
      const first = arr(own(body, 'errors'))[0];
      const cost = own(own(body, 'extensions'), 'cost');
      const status = own(cost, 'throttleStatus');
      const requested = num(own(cost, 'requestedQueryCost'));
      const available = num(own(status, 'currentlyAvailable'));
      const rate = num(own(status, 'restoreRate'));
      const out: DialectResult = { code: 'THROTTLED', category: 'rate-limited' };
      const message = text(own(first, 'message'));
      if (message !== undefined) out.message = message;
      if (requested !== undefined && available !== undefined && rate !== undefined && rate > 0) {
        out.retryAfterMs = Math.max(0, Math.ceil((requested - available) / rate)) * 1000;
      }
      return out;
    }
    const errors = own(body, 'errors');
    if (typeof errors === 'string') {
      const out: DialectResult = {};
      const message = text(errors);
      if (message !== undefined) out.message = message;
      return out;
    }
    const sink = fieldDictErrors(errors as Record<string, unknown>);
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors };
    const message = sink.formErrors[0]?.message ?? sink.fieldErrors[0]?.message;
    if (message !== undefined) out.message = message;
    return out;
  },
};
