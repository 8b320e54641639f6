/**
 * How long the server asked us to wait. Each reader returns milliseconds or `undefined`; none throws.
 *
 * - `Retry-After`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Fractional seconds are accepted
 *   because real servers send them. An HTTP-date in the past (clock skew) means "now": 0.
 * - `retry-after-ms` / `x-ms-retry-after-ms`: milliseconds (Azure, OpenAI).
 * - `RateLimit-Reset` / `X-RateLimit-Reset`: delta-seconds, or an epoch in seconds (GitHub) or ms.
 * - `RateLimit: limit=10, remaining=0, reset=30` (IETF draft structured field).
 */
import type { HeaderLookup } from './headers.js';

/** Default upper bound for any wait: a day. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
/** Larger than this (about 10 years) is absurd, not a wait: ignored. */
const ABSURD_MS = 10 * 365 * 24 * 60 * 60 * 1000;

function isDigitsOrDecimal(s: string): boolean {
  if (s === '' || s.length > 20) return false;
  let dot = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (dot || i === 0 || i === s.length - 1) return false;
      dot = true;
    } else if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Clamp a wait to [0, max]; undefined for NaN, negative or absurd values. */
export function clampDelay(ms: number | undefined, max = DEFAULT_MAX_RETRY_AFTER_MS): number | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0 || ms > ABSURD_MS) return undefined;
  return Math.min(Math.round(ms), max);
}

/** Seconds (a number, or a numeric string) to ms; undefined for anything else. */
export function secondsToMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
  if (typeof value === 'string') {
    const s = value.trim();
    return isDigitsOrDecimal(s) ? Number(s) * 1000 : undefined;
  }
  return undefined;
}

/** `Retry-After: 120`, `Retry-After: 1.5` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  if (s === '' || s.length > 64) return undefined;
  if (isDigitsOrDecimal(s)) return Number(s) * 1000;
  // HTTP-date: at least "Sun Nov  6 08:49:37 1994" long, with a time. Anything shorter is not a date
  // (and Date.parse would read ".5" or "1.2.3" as one).
  if (s.length < 20 || !s.includes(':')) return undefined;
  // HTTP-date: IMF-fixdate or the obsolete RFC 850 / asctime forms, all understood by Date.parse.
  const at = Date.parse(s);
  if (!Number.isFinite(at)) return undefined;
  return Math.max(0, at - now);
}

/** A reset value: epoch ms, epoch seconds, or delta-seconds, told apart by size. */
export function parseReset(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  if (!isDigitsOrDecimal(s)) return undefined;
  const n = Number(s);
  if (n >= 1e12) return Math.max(0, n - now); // epoch milliseconds
  if (n >= 1e9) return Math.max(0, n * 1000 - now); // epoch seconds (after 2001-09-09)
  return n * 1000; // delta-seconds
}

/** The `reset` member of an IETF `RateLimit` structured header (`limit=100, remaining=0, reset=50`). */
export function parseRateLimitStructured(value: string | undefined): number | undefined {
  if (value === undefined || value.length > 1000) return undefined;
  for (const part of value.split(/[,;]/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() === 't' || part.slice(0, eq).trim().toLowerCase() === 'reset') {
      const v = part.slice(eq + 1).trim();
      return isDigitsOrDecimal(v) ? Number(v) * 1000 : undefined;
    }
  }
  return undefined;
}

/** True when rate-limit headers say the quota is used up (`X-RateLimit-Remaining: 0`). */
export function quotaExhausted(header: HeaderLookup): boolean {
  const r = header('x-ratelimit-remaining') ?? header('ratelimit-remaining');
  return r !== undefined && r.trim() === '0';
}

/** The wait the headers ask for: Retry-After (and its ms variants) first, then reset headers when `useReset`. */
export function retryAfterFromHeaders(header: HeaderLookup, now: number, useReset: boolean): number | undefined {
  const ms = header('retry-after-ms') ?? header('x-ms-retry-after-ms');
  if (ms !== undefined && isDigitsOrDecimal(ms.trim())) return Number(ms.trim());
  const ra = parseRetryAfter(header('retry-after'), now);
  if (ra !== undefined) return ra;
  if (!useReset) return undefined;
  return (
    parseReset(header('x-ratelimit-reset') ?? header('ratelimit-reset') ?? header('x-rate-limit-reset'), now) ??
    parseRateLimitStructured(header('ratelimit')) ??
    secondsToMs(header('x-ratelimit-reset-after'))
  );
}
