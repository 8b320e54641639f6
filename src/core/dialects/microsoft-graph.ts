/**
 * Microsoft Graph and OData JSON errors: `{ error: { code, message, target?, details?: [{ code,
 * message, target }], innerError|innererror: { code?, 'request-id', 'client-request-id', date } } }`,
 * also Azure Resource Manager's `{ error: { code, message, target, details, additionalInfo } }`.
 * https://learn.microsoft.com/graph/errors
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { addError, arr, codeOf, isRecord, lower, MAX_ITEMS, own, text, uniq } from '../util.js';

/** Documented Graph codes (learn.microsoft.com/graph/errors#code-property) and common service codes. */
const CODES: ReadonlyMap<string, ErrorCategory> = new Map<string, ErrorCategory>([
  ['accessdenied', 'forbidden'],
  ['activitylimitreached', 'rate-limited'],
  ['generalexception', 'server'],
  ['invalidrange', 'bad-request'],
  ['invalidrequest', 'bad-request'],
  ['itemnotfound', 'not-found'],
  ['malwaredetected', 'forbidden'],
  ['namealreadyexists', 'conflict'],
  ['notallowed', 'forbidden'],
  ['notsupported', 'bad-request'],
  ['resourcemodified', 'conflict'],
  ['resyncrequired', 'conflict'],
  ['servicenotavailable', 'unavailable'],
  ['syncstatenotfound', 'conflict'],
  ['quotalimitreached', 'rate-limited'],
  ['unauthenticated', 'unauthenticated'],
  ['invalidauthenticationtoken', 'unauthenticated'],
  ['authorization_requestdenied', 'forbidden'],
  ['request_resourcenotfound', 'not-found'],
  ['request_badrequest', 'bad-request'],
  ['erroritemnotfound', 'not-found'],
  ['toomanyrequests', 'rate-limited'],
]);

export const microsoftGraph: Dialect = {
  name: 'microsoft-graph',
  keys: ['error'],
  detect(body, ctx) {
    const e = own(body, 'error');
    if (!isRecord(e) || typeof own(e, 'code') !== 'string' || typeof own(e, 'message') !== 'string') return false;
    return 'innerError' in e || 'innererror' in e || 'target' in e || 'additionalInfo' in e || Array.isArray(own(e, 'details')) || ctx.header('request-id') !== undefined || ctx.header('client-request-id') !== undefined;
  },
  map(body) {
    const e = own(body, 'error');
    const inner = own(e, 'innerError') ?? own(e, 'innererror');
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    const details = arr(own(e, 'details')).slice(0, MAX_ITEMS);
    for (const d of details) {
      const target = text(own(d, 'target'));
      if (target !== undefined) addError(sink, fieldPath(target), text(own(d, 'message')), codeOf(own(d, 'code')));
    }
    const code = codeOf(own(e, 'code')) as string;
    const innerCode = codeOf(own(inner, 'code'));
    const message = text(own(e, 'message'));
    // Without field errors of its own the lists stay unset, for the structural reader to fill (LoopBack's `details[].path`).
    const out: DialectResult = { fieldErrors: sink.fieldErrors.length ? sink.fieldErrors : undefined, formErrors: sink.formErrors, code, codes: uniq([code, innerCode, ...details.map((d) => codeOf(own(d, 'code')))]) };
    if (message !== undefined) out.message = message;
    let category = CODES.get(lower(innerCode)) ?? CODES.get(lower(code));
    // Graph's "Access token has expired or is not yet valid." on InvalidAuthenticationToken.
    if (lower(code) === 'invalidauthenticationtoken' && lower(message).includes('expired')) category = 'session-expired';
    if (category) out.category = category;
    const ref = text(own(inner, 'request-id')) ?? text(own(inner, 'client-request-id'));
    if (ref !== undefined) out.referenceId = ref;
    return out;
  },
};
