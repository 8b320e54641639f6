/**
 * `readError`: the async companion of `normalizeError` for clients that leave the response body
 * unread (ky 1's `HTTPError`, a thrown fetch `Response`, undici's `request()` result...).
 */
import { normalizeError } from './normalize.js';
import type { ApiError, NormalizeOptions } from './types.js';
import { isRecord, statusOf } from './util.js';

/** How long `readError` waits for a body before it normalizes without one. */
const READ_TIMEOUT_MS = 5000;

/**
 * Read whatever a client left unread — the error itself when it is a `Response`, its `response`
 * (ky 1), tRPC's `meta.response`, or the `body` of undici's `{ statusCode, headers, body }` — once
 * (from a clone when the body can be cloned, so the app can still read it), then return what
 * `normalizeError` returns for it. Never rejects; never reads a used body; gives up on a body after
 * 5 s. An input with nothing left to read gives exactly `normalizeError(error, options)`.
 *
 * @example
 * try { await ky.get('/api/reports/42').json(); }
 * catch (error) { const apiError = await readError(error); }
 */
export async function readError(error: unknown, options?: NormalizeOptions): Promise<ApiError> {
  try {
    const e = error as Record<string, unknown>;
    for (const h of isRecord(error) ? [e, e.response, isRecord(e.meta) && e.meta.response] : []) {
      if (!isRecord(h)) continue;
      const status = statusOf(h.status) ?? statusOf(h.statusCode);
      // A fetch Response, or undici's BodyReadable: `bodyUsed` says whether anyone read it.
      const b = (h.bodyUsed === false ? h : h.body) as { bodyUsed?: unknown; text?: unknown; clone?: () => { text(): Promise<string> } };
      if (status === undefined || status < 400 || !isRecord(b) || b.bodyUsed !== false || typeof b.text !== 'function') continue;
      let timer: number | ReturnType<typeof setTimeout> | undefined;
      const text = await Promise.race([
        (b.clone ? b.clone() : (b as { text(): Promise<string> })).text(),
        new Promise<undefined>((resolve) => (timer = setTimeout(resolve, READ_TIMEOUT_MS))),
      ]).catch(() => undefined);
      clearTimeout(timer);
      if (text === undefined) break;
      const out = normalizeError({ status, headers: h.headers, body: text }, options);
      out.cause = error;
      return out;
    }
  } catch {
    // a hostile value: normalizeError still gives an answer
  }
  return normalizeError(error, options);
}
