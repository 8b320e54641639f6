/**
 * HTML (and any other markup no earlier dialect claimed, such as an XML error the AWS dialect did
 * not recognize) from proxies, gateways, CDNs and default error pages: nginx
 * (`ngx_http_special_response.c`), Cloudflare 5xx/1xxx pages, AWS ELB/ALB, Envoy, Apache, IIS,
 * Heroku, Google Frontend, Vercel, Express' finalhandler...
 *
 * Contract: an HTML body gives no message (it is a page for a browser, not text for a person in
 * an app), so this dialect only claims the body and reads the Cloudflare "Ray ID" printed on
 * Cloudflare's error pages as the reference id (the same id as the `cf-ray` header, which the
 * engine reads when the page has none). The category comes from the status.
 */
import type { Dialect, DialectResult } from '../types.js';

/** Longest page scanned for the Ray ID (Cloudflare's pages are ~10 KB). */
const MAX_SCAN = 200_000;

function firstNonSpace(s: string): number {
  const n = Math.min(s.length, 1000);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return i;
  }
  return -1;
}

function isRayChar(c: number): boolean {
  // Ray IDs are lowercase hex, sometimes followed by "-IAD" style colo suffixes.
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 90) || c === 45;
}

/**
 * `Cloudflare Ray ID: <strong class="font-semibold">8a1b2c3d4e5f6a7b</strong>` (and older
 * `Ray ID: <strong>...</strong>`): the first run of hex after "Ray ID:", skipping tags and spaces.
 */
function rayId(page: string): string | undefined {
  const s = page.length > MAX_SCAN ? page.slice(0, MAX_SCAN) : page;
  const at = s.indexOf('Ray ID:');
  if (at < 0) return undefined;
  let i = at + 'Ray ID:'.length;
  const stop = Math.min(s.length, i + 300);
  while (i < stop) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */) {
      const close = s.indexOf('>', i);
      if (close < 0 || close >= stop) return undefined;
      i = close + 1;
    } else if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else break;
  }
  let end = i;
  while (end < stop && isRayChar(s.charCodeAt(end))) end++;
  const id = s.slice(i, end);
  // A real Ray ID is 16 hex digits (plus an optional colo suffix).
  return id.length >= 16 && id.length <= 40 ? id : undefined;
}

export const markup: Dialect = {
  name: 'markup',
  detect(body) {
    if (typeof body !== 'string') return false;
    const i = firstNonSpace(body);
    return i >= 0 && body.charCodeAt(i) === 60; /* < */
  },
  map(body) {
    const out: DialectResult = {};
    if (typeof body === 'string') {
      const ref = rayId(body);
      if (ref !== undefined) out.referenceId = ref;
    }
    return out;
  },
};
