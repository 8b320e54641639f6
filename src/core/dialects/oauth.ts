/**
 * OAuth 2.0 error responses: the token endpoint's (RFC 6749 §5.2), protected resources'
 * (RFC 6750 §3.1) and the device flow's (RFC 8628 §3.5): `{ error, error_description?, error_uri? }`.
 * An expired token or grant means the person's session has ended: `session-expired`.
 * (RFC 6750's `WWW-Authenticate` challenge is read by the engine for every 401.)
 */
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { isRecord, lower, own, text } from '../util.js';

const CODES: ReadonlyMap<string, ErrorCategory> = new Map<string, ErrorCategory>([
  ['invalid_request', 'bad-request'],
  ['invalid_client', 'unauthenticated'],
  ['invalid_grant', 'unauthenticated'],
  ['unauthorized_client', 'forbidden'],
  ['unsupported_grant_type', 'bad-request'],
  ['invalid_scope', 'bad-request'],
  ['invalid_token', 'unauthenticated'],
  ['insufficient_scope', 'forbidden'],
  ['access_denied', 'forbidden'],
  ['expired_token', 'session-expired'],
  ['authorization_pending', 'unavailable'],
  ['slow_down', 'rate-limited'],
  ['server_error', 'server'],
  ['temporarily_unavailable', 'unavailable'],
  ['login_required', 'unauthenticated'],
  ['consent_required', 'forbidden'],
  ['interaction_required', 'unauthenticated'],
]);

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
