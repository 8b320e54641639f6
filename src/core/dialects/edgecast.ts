/**
 * Edgecast CDN REST API (shared/seeds/002; developer.edgecast.com "Status Codes and Error
 * Messages"): errors are "reported in a response parameter called Message", e.g.
 * `{ "Message" : "Access Denied" }`. There is no code, so the documented error types are told
 * apart by the exact texts the docs quote and, for the types whose text is not quoted, by the
 * status the docs list them under plus a keyword of the type's description. The resulting kind
 * becomes the text key (`edgecast.access-denied`); `code` stays empty because the server sent none,
 * except for the 409 conflict, whose documented code is `invalid_request`.
 */
import type { Dialect, DialectContext, DialectResult, ErrorCategory } from '../types.js';
import { codeOf, isRecord, keysOf, lower, own, text } from '../util.js';

export type EdgecastKind =
  | 'deleted-customer'
  | 'invalid-customer-id'
  | 'invalid-request-type'
  | 'invalid-request-url'
  | 'missing-required-fields'
  | 'missing-token'
  | 'insufficient-permissions'
  | 'expired-token'
  | 'invalid-user'
  | 'access-denied'
  | 'insufficient-access'
  | 'invalid-case'
  | 'endpoint-not-found'
  | 'method-not-allowed'
  | 'invalid_request'
  | 'method-error';

/** What each documented error type means to the person using the app. */
export const EDGECAST_KINDS: Readonly<Record<EdgecastKind, ErrorCategory>> = {
  'deleted-customer': 'forbidden', // 400 Inactive/Deleted Customer
  'invalid-customer-id': 'bad-request', // 400 Invalid Customer ID Value/Invalid ID Value
  'invalid-request-type': 'bad-request', // 400 Invalid Request/Response Type
  'invalid-request-url': 'validation', // 400 Invalid Request URL/Parameter
  'missing-required-fields': 'validation', // 400 Missing Required Fields
  'missing-token': 'unauthenticated', // 401 Missing/Invalid Token
  'insufficient-permissions': 'forbidden', // 401 Insufficient Permissions (token scope)
  'expired-token': 'session-expired', // 401 Expired Token (tokens expire after 300 seconds)
  'invalid-user': 'unauthenticated', // 403 Authentication Failure: "Invalid user"
  'access-denied': 'unauthenticated', // 403 Authentication Failure: "Access Denied" (missing or invalid token)
  'insufficient-access': 'forbidden', // 403 Insufficient Access Rights
  'invalid-case': 'bad-request', // 403 Invalid Case: URL in the wrong letter case
  'endpoint-not-found': 'not-found', // 404 Invalid Request URI: "Endpoint not found"
  'method-not-allowed': 'bad-request', // 405 Invalid Request
  invalid_request: 'conflict', // 409 invalid_request: the resource already exists
  'method-error': 'server', // 500 Server Error: "Method Error"
};

/** Texts the docs quote verbatim, lowercased. */
const QUOTED: ReadonlyMap<string, EdgecastKind> = new Map<string, EdgecastKind>([
  ['cannot update or retrieve information of a deleted customer.', 'deleted-customer'],
  ['invalid user', 'invalid-user'],
  ['access denied', 'access-denied'],
  ['endpoint not found', 'endpoint-not-found'],
  ['method error', 'method-error'],
]);

/** ASP.NET Web API's own default texts: same `Message` envelope, not Edgecast's. */
const ASPNET_DEFAULTS = new Set([
  'an error has occurred.',
  'the request is invalid.',
  'authorization has been denied for this request.',
]);

function quoted(message: string): EdgecastKind | undefined {
  const m = lower(message.trim());
  return QUOTED.get(m) ?? QUOTED.get(m.endsWith('.') ? m.slice(0, -1) : `${m}.`);
}

/** The documented type for a `Message` whose text the docs don't quote, from the status it is listed under. */
function byStatus(status: number | undefined, message: string): EdgecastKind | undefined {
  const m = lower(message);
  switch (status) {
    case 400:
      if (m.includes('deleted') || m.includes('inactive')) return 'deleted-customer';
      if (m.includes('required')) return 'missing-required-fields';
      if (m.includes('content-type') || m.includes('request type') || m.includes('response type')) return 'invalid-request-type';
      if (m.includes('customer') || m.includes('account')) return 'invalid-customer-id';
      return 'invalid-request-url';
    case 401:
      if (m.includes('expired')) return 'expired-token';
      if (m.includes('scope') || m.includes('permission')) return 'insufficient-permissions';
      return 'missing-token';
    case 403:
      if (m.includes('case')) return 'invalid-case';
      if (m.includes('access') || m.includes('privilege') || m.includes('permission')) return 'insufficient-access';
      return undefined;
    case 404:
      return 'endpoint-not-found';
    case 405:
      return 'method-not-allowed';
    case 409:
      return 'invalid_request';
    case 500:
      return 'method-error';
    default:
      return undefined;
  }
}

function classify(body: unknown, ctx: DialectContext): { kind: EdgecastKind; message?: string } | undefined {
  if (!isRecord(body)) return undefined;
  // The 409 conflict is documented by its error code rather than a Message.
  if (ctx.status === 409 && (codeOf(own(body, 'code')) === 'invalid_request' || own(body, 'error') === 'invalid_request')) {
    const message = text(own(body, 'message')) ?? text(own(body, 'error_description')) ?? text(own(body, 'Message'));
    return message === undefined ? { kind: 'invalid_request' } : { kind: 'invalid_request', message };
  }
  // Generic format: `Message` is the only member.
  const keys = keysOf(body, 3);
  if (keys.length !== 1 || keys[0] !== 'Message') return undefined;
  const message = text(own(body, 'Message'));
  if (message === undefined) return undefined;
  const kind = quoted(message) ?? (ASPNET_DEFAULTS.has(lower(message)) ? undefined : byStatus(ctx.status, message));
  return kind === undefined ? undefined : { kind, message };
}

export const edgecast: Dialect = {
  name: 'edgecast',
  keys: ['code', 'error', 'Message'],
  detect(body, ctx) {
    return classify(body, ctx) !== undefined;
  },
  map(body, ctx) {
    const hit = classify(body, ctx);
    if (!hit) return {};
    const out: DialectResult = {
      category: EDGECAST_KINDS[hit.kind],
      messageKeys: [`edgecast.${hit.kind}`],
    };
    if (hit.message !== undefined) out.message = hit.message;
    if (hit.kind === 'invalid_request') out.code = 'invalid_request';
    return out;
  },
};
