/**
 * Microsoft Graph and OData JSON errors: `{ error: { code, message, target?, details?: [{ code,
 * message, target }], innerError|innererror: { code?, 'request-id', 'client-request-id', date } } }`,
 * also Azure Resource Manager's `{ error: { code, message, target, details, additionalInfo } }`.
 * https://learn.microsoft.com/graph/errors
 */
import { readShape } from '../shape.js';
import type { Dialect, ErrorCategory } from '../types.js';
import { codeOf, codeTable, isRecord, lower, own, uniq, text } from '../util.js';

/** Documented Graph codes (learn.microsoft.com/graph/errors#code-property) and common service codes. */
const CODES: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'forbidden:accessdenied malwaredetected notallowed authorization_requestdenied;rate-limited:activitylimitreached quotalimitreached toomanyrequests;server:generalexception;bad-request:invalidrange invalidrequest notsupported request_badrequest;not-found:itemnotfound request_resourcenotfound erroritemnotfound;conflict:namealreadyexists resourcemodified resyncrequired syncstatenotfound;unavailable:servicenotavailable;unauthenticated:unauthenticated invalidauthenticationtoken',
);

export const microsoftGraph: Dialect = {
  name: 'microsoft-graph',
  keys: ['error'],
  detect(body, ctx) {
    const e = own(body, 'error');
    if (!isRecord(e) || typeof own(e, 'code') !== 'string' || typeof own(e, 'message') !== 'string') return false;
    return 'innerError' in e || 'innererror' in e || 'target' in e || 'additionalInfo' in e || Array.isArray(own(e, 'details')) || ctx.header('request-id') !== undefined || ctx.header('client-request-id') !== undefined;
  },
  map(body, ctx) {
    // `error.message`, `error.code` and `details[{ code, message, target }]`: the structural reader's.
    const out = readShape(body, ctx.status);
    const e = own(body, 'error');
    const inner = own(e, 'innerError') ?? own(e, 'innererror');
    const code = codeOf(own(e, 'code'));
    const innerCode = codeOf(own(inner, 'code'));
    out.code = code;
    out.codes = uniq([code, innerCode, ...(out.codes ?? [])]);
    // Without field errors the lists stay unset, for the structural reader to fill (LoopBack's `details[].path`).
    if (!out.fieldErrors?.length) out.fieldErrors = out.formErrors = undefined;
    let category = CODES.get(lower(innerCode)) ?? CODES.get(lower(code));
    // Graph's "Access token has expired or is not yet valid." on InvalidAuthenticationToken.
    if (lower(code) === 'invalidauthenticationtoken' && lower(out.message).includes('expired')) category = 'session-expired';
    out.category = category;
    out.referenceId = text(own(inner, 'request-id')) ?? text(own(inner, 'client-request-id')) ?? out.referenceId;
    return out;
  },
};
