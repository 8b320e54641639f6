/**
 * OAuth 2.0 error responses: the token endpoint's (RFC 6749 §5.2), protected resources'
 * (RFC 6750 §3.1) and the device flow's (RFC 8628 §3.5): `{ error, error_description?, error_uri? }`.
 * An expired token or grant means the person's session has ended: `session-expired`.
 * (RFC 6750's `WWW-Authenticate` challenge is read by the engine for every 401.)
 */
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { codeTable, isRecord, lower, own, text } from '../util.js';

const CODES: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'bad-request:invalid_request unsupported_grant_type invalid_scope;unauthenticated:invalid_client invalid_grant invalid_token login_required interaction_required;forbidden:unauthorized_client insufficient_scope access_denied consent_required;session-expired:expired_token;unavailable:authorization_pending temporarily_unavailable;rate-limited:slow_down;server:server_error',
);

export const oauth: Dialect = {
  name: 'oauth',
  keys: ['error'],
  detect(body) {
    if (!isRecord(body)) return false;
    const error = own(body, 'error');
    return typeof error === 'string' && (CODES.has(error) || typeof own(body, 'error_description') === 'string');
  },
  map(body) {
    const code = own(body, 'error') as string;
    const description = text(own(body, 'error_description'));
    const out: DialectResult = { code };
    if (description !== undefined) out.message = description;
    let category = CODES.get(code);
    // An expired access token or refresh token: the person has to sign in again.
    if ((code === 'invalid_token' || code === 'invalid_grant') && lower(description).includes('expired')) category = 'session-expired';
    if (category) out.category = category;
    // RFC 8628: keep polling (authorization_pending) — the server says a retry will help.
    if (code === 'authorization_pending' || code === 'slow_down') out.retryable = true;
    const uri = text(own(body, 'error_uri'));
    if (uri !== undefined && uri.startsWith('http')) out.helpUrl = uri;
    const ref = text(own(body, 'trace_id')) ?? text(own(body, 'correlation_id'));
    if (ref !== undefined) out.referenceId = ref;
    return out;
  },
};
