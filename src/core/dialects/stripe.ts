/**
 * Stripe: `{ error: { type, code?, decline_code?, message, param?, doc_url?, request_log_url? } }`
 * with the `Request-Id` header. `param` names the field (`card[number]` → `card.number`).
 * https://docs.stripe.com/api/errors · https://docs.stripe.com/error-codes
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { codeOf, isRecord, own, text, uniq } from '../util.js';

const TYPES: ReadonlyMap<string, ErrorCategory | undefined> = new Map<string, ErrorCategory | undefined>([
  ['api_error', 'server'],
  // A card problem the person can fix (wrong number, declined): the input is the issue.
  ['card_error', 'validation'],
  ['idempotency_error', 'conflict'],
  ['invalid_request_error', undefined], // the status decides (400, 404…)
  ['authentication_error', 'unauthenticated'],
  ['rate_limit_error', 'rate-limited'],
]);

export const stripe: Dialect = {
  name: 'stripe',
  keys: ['error'],
  detect(body) {
    const e = own(body, 'error');
    if (!isRecord(e)) return false;
    const type = own(e, 'type');
    return typeof type === 'string' && TYPES.has(type);
  },
  map(body, ctx) {
    const e = own(body, 'error');
    const type = own(e, 'type') as string;
    const code = codeOf(own(e, 'code'));
    const decline = codeOf(own(e, 'decline_code'));
    const out: DialectResult = { code: code ?? decline ?? type, codes: uniq([code, decline, type]) };
    const message = text(own(e, 'message'));
    if (message !== undefined) out.message = message;
    const param = text(own(e, 'param'));
    if (param !== undefined) {
      const fe: { field: string; message?: string; code?: string } = { field: fieldPath(param) };
      if (message !== undefined) fe.message = message;
      if (code !== undefined) fe.code = code;
      out.fieldErrors = [fe];
    }
    let category = TYPES.get(type);
    if (code === 'rate_limit' || ctx.status === 429) category = 'rate-limited';
    if (category) out.category = category;
    const doc = text(own(e, 'doc_url'));
    if (doc !== undefined) out.helpUrl = doc;
    const ref = ctx.header('request-id');
    if (ref !== undefined) out.referenceId = ref;
    return out;
  },
};
