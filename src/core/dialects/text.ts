/**
 * Plain-text bodies (not JSON, not markup): what proxies, load balancers and framework defaults
 * send when no application answered. Envoy "upstream connect error or disconnect/reset before
 * headers. reset reason: connection failure" / "no healthy upstream" / "upstream request timeout",
 * nginx-ingress "default backend - 404", Go net/http "404 page not found", Traefik "Bad Gateway",
 * Heroku's router... The text is the message (capped by `text()`); a body that contains markup
 * anyway (a fragment such as `Cannot GET /x<br>`) gives none, because markup is never a message.
 * The category comes from the status: these texts carry no code.
 */
import type { Dialect, DialectResult } from '../types.js';
import { MAX_TEXT, text } from '../util.js';

/** True when the text holds a tag: `<` followed by a letter, `/` or `!`. Linear. */
function hasMarkup(s: string): boolean {
  const n = Math.min(s.length, MAX_TEXT * 2);
  let i = s.indexOf('<');
  while (i >= 0 && i < n - 1) {
    const c = s.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33) return true;
    i = s.indexOf('<', i + 1);
  }
  return false;
}

export const plainText: Dialect = {
  name: 'text',
  detect(body) {
    return typeof body === 'string';
  },
  map(body) {
    const out: DialectResult = {};
    if (typeof body !== 'string') return out;
    const t = text(body);
    if (t !== undefined && !hasMarkup(t)) out.message = t;
    return out;
  },
};
