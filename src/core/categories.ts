/**
 * The status → category table, and the retry rule. Statuses follow RFC 9110 plus the
 * non-standard ones proxies send (nginx 499, Cloudflare 520–530).
 */
import type { ErrorCategory } from './types.js';

const BY_STATUS: Readonly<Record<number, ErrorCategory>> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  410: 'not-found',
  412: 'conflict',
  419: 'session-expired', // Laravel: CSRF token / page expired
  422: 'validation',
  423: 'conflict', // Locked (WebDAV)
  425: 'unavailable', // Too Early: retrying later can succeed
  429: 'rate-limited',
  440: 'session-expired', // IIS: login time-out
  451: 'forbidden', // Unavailable For Legal Reasons
  498: 'unauthenticated', // Esri / some gateways: invalid token
  499: 'cancelled', // nginx: client closed request
  500: 'server',
  501: 'server',
  502: 'unavailable',
  503: 'unavailable',
  504: 'timeout',
  509: 'rate-limited', // Bandwidth Limit Exceeded (cPanel/Apache)
  520: 'server', // Cloudflare: web server returned an unknown error
  521: 'unavailable', // Cloudflare: web server is down
  522: 'timeout', // Cloudflare: connection timed out
  523: 'unavailable', // Cloudflare: origin is unreachable
  524: 'timeout', // Cloudflare: a timeout occurred
  525: 'unavailable', // Cloudflare: SSL handshake failed
  526: 'unavailable', // Cloudflare: invalid SSL certificate
  527: 'unavailable', // Cloudflare: Railgun error
  529: 'unavailable', // site is overloaded
  530: 'unavailable', // Cloudflare: origin DNS error
  598: 'timeout', // network read timeout (some proxies)
  599: 'timeout', // network connect timeout (some proxies)
};

/** The category an HTTP status alone implies; `undefined` for non-error statuses. */
export function categoryFromStatus(status: number | undefined): ErrorCategory | undefined {
  if (status === undefined) return undefined;
  if (status === 0) return 'network'; // opaque/CORS-blocked or synthetic network failure
  const known = BY_STATUS[status];
  if (known) return known;
  if (status >= 400 && status < 500) return 'bad-request';
  if (status >= 500 && status < 600) return 'server';
  return undefined;
}

const RETRYABLE = new Set<ErrorCategory>(['network', 'timeout', 'rate-limited', 'unavailable', 'server']);

/**
 * Whether repeating the same idempotent request could succeed: true for network, timeout,
 * rate-limited, unavailable, and server errors other than 501 Not Implemented.
 */
export function isRetryableCategory(category: ErrorCategory, status?: number): boolean {
  if (!RETRYABLE.has(category)) return false;
  if (category === 'server' && status === 501) return false;
  return true;
}
