/**
 * Errors thrown by clients before any response arrived. One commented line per runtime's wording.
 */
import { isRecord, own } from './util.js';
import type { ErrorCategory } from './types.js';

/**
 * `TypeError` messages fetch implementations use for a failed network request.
 * Sources: sindresorhus/is-network-error (the list ky uses) and each engine's source.
 */
const NETWORK_MESSAGES = new Set([
  'network error', // Chrome (old)
  'Failed to fetch', // Chrome
  'NetworkError when attempting to fetch resource.', // Firefox
  'The Internet connection appears to be offline.', // Safari 16
  'Network request failed', // cross-fetch, React Native
  'fetch failed', // Node.js undici
  'terminated', // Node.js undici (connection dropped mid-body)
  ' A network error occurred.', // Bun (WebKit)
  'Network connection lost', // Cloudflare Workers
  'Load failed', // Safari 17+
  'The network connection was lost.', // Safari
  'The request timed out.', // Safari (also a timeout, see below)
]);

/** Node / undici error codes: which mean "no response" and which mean "too slow". */
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNABORTED', // axios: `timeout` exceeded
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_TIMEOUT',
  'TIMEOUT_ERROR', // RTK Query fetchBaseQuery `status`
]);
const NETWORK_CODES = new Set([
  'ERR_NETWORK', // axios
  'FETCH_ERROR', // RTK Query fetchBaseQuery `status`
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);
const CANCEL_CODES = new Set(['ERR_CANCELED', 'ABORT_ERR', 'UND_ERR_ABORTED']);

export function isNetworkErrorMessage(message: string): boolean {
  return NETWORK_MESSAGES.has(message);
}

/** The category an error's `code` (axios, Node, undici) implies. */
export function categoryFromErrorCode(code: unknown): ErrorCategory | undefined {
  if (typeof code !== 'string') return undefined;
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (NETWORK_CODES.has(code)) return 'network';
  if (CANCEL_CODES.has(code)) return 'cancelled';
  return undefined;
}

/** The category of an error thrown by a client with no response, or undefined if it isn't one. */
export function clientErrorCategory(error: unknown, depth = 0): ErrorCategory | undefined {
  if (!isRecord(error) && !(error instanceof Error)) return undefined;
  const name = own(error, 'name') ?? (error as { name?: unknown }).name;
  const message = (error as { message?: unknown }).message;
  if (name === 'AbortError') return 'cancelled';
  if (name === 'TimeoutError') return 'timeout';
  const byCode = categoryFromErrorCode((error as { code?: unknown }).code);
  if (byCode) return byCode;
  if (name === 'TypeError' && typeof message === 'string') {
    if (message === 'The request timed out.') return 'timeout';
    if (isNetworkErrorMessage(message)) {
      // undici's "fetch failed" carries the real reason as `cause` (ECONNREFUSED, a connect timeout...)
      const inner = depth < 4 ? clientErrorCategory((error as { cause?: unknown }).cause, depth + 1) : undefined;
      return inner ?? 'network';
    }
  }
  return undefined;
}
