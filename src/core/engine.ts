/**
 * The normalizer engine: `createNormalizer({ dialects })` returns `normalizeError` and
 * `normalizeResponse` for that list of dialects. Sync, total, linear in the input's size.
 * `normalize.ts` builds the default one with every built-in dialect; an app that talks to one API
 * can build its own from the `<name>Dialect` exports and ship only those.
 *
 * Order of evidence (the contract's rule): a code the API documents wins over the HTTP status,
 * and the status wins over guesses from text.
 */
import { categoryFromStatus, isRetryableCategory } from './categories.js';
import { parseBody } from './body.js';
import { headerLookup, NO_HEADERS, type HeaderLookup } from './headers.js';
import { isThrownLike, readThrown, type ThrownReader } from './thrown.js';
import { referenceIdFromHeaders } from './reference-id.js';
import { clampDelay, DEFAULT_MAX_RETRY_AFTER_MS, quotaExhausted, retryAfterFromHeaders } from './retry-after.js';
import { ERROR_CATEGORIES } from './types.js';
import type {
  ApiError,
  Dialect,
  DialectContext,
  DialectResult,
  ErrorCategory,
  ErrorSource,
  NormalizeOptions,
} from './types.js';
import { isRecord, lower, own, statusOf, text } from './util.js';

const CATEGORY_SET = new Set<string>(ERROR_CATEGORIES);

/** True for a value shaped like an `ApiError` (also after a JSON round trip). */
export function isApiError(value: unknown): value is ApiError {
  if (!isRecord(value)) return false;
  try {
    const category = own(value, 'category');
    return (
      typeof category === 'string' &&
      CATEGORY_SET.has(category) &&
      Array.isArray(own(value, 'fieldErrors')) &&
      typeof own(value, 'retryable') === 'boolean'
    );
  } catch {
    return false;
  }
}

/** A key segment safe for i18next (no '.' or ':' separators). */
export function keySegment(code: string): string {
  if (code.length <= 100 && !code.includes('.') && !code.includes(':')) return code;
  let out = '';
  const n = Math.min(code.length, 100);
  for (let i = 0; i < n; i++) {
    const ch = code[i];
    out += ch === '.' || ch === ':' ? '_' : ch;
  }
  return out;
}

interface Evidence {
  source: ErrorSource;
  dialect: string;
  status?: number;
  header: HeaderLookup;
  result: DialectResult;
  /** A category known without a body (client errors). */
  category?: ErrorCategory;
  cause: unknown;
}

/** A dialect result with every member present, so the reads below see one object shape. */
function shaped(r: DialectResult): DialectResult {
  return Object.assign(
    {
      category: undefined,
      status: undefined,
      code: undefined,
      codes: undefined,
      message: undefined,
      fieldErrors: undefined,
      formErrors: undefined,
      retryable: undefined,
      retryAfterMs: undefined,
      referenceId: undefined,
      helpUrl: undefined,
      messageKeys: undefined,
    },
    r,
  );
}

function finish(ev: Evidence, options: NormalizeOptions): ApiError {
  const max = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const r = shaped(ev.result);
  const status = ev.status;
  const fieldErrors = r.fieldErrors ?? [];
  const hasHeaders = ev.header !== NO_HEADERS;
  const exhausted = hasHeaders && quotaExhausted(ev.header);

  // A dialect's category is trusted only when it is one of ours (a lookup table keyed by a server
  // code could otherwise hand back Object.prototype for "__proto__").
  const dialectCategory = typeof r.category === 'string' && CATEGORY_SET.has(r.category) ? r.category : undefined;
  let category: ErrorCategory | undefined = ev.category ?? dialectCategory;
  if (category === undefined && exhausted && (status === 403 || status === 429)) category = 'rate-limited';
  if (category === undefined) category = categoryFromStatus(status ?? r.status);
  if (category === undefined && fieldErrors.length > 0) category = 'validation';
  if (category === 'bad-request' && fieldErrors.length > 0 && dialectCategory === undefined) category = 'validation';
  if (category === undefined || category === 'unauthenticated') {
    if (sessionExpiredSignal(ev, r)) category = 'session-expired';
  }
  category ??= 'unknown';

  const retryable = typeof r.retryable === 'boolean' ? r.retryable : isRetryableCategory(category, status ?? r.status);
  let retryAfterMs = clampDelay(r.retryAfterMs, max);
  if (retryAfterMs === undefined && hasHeaders) {
    retryAfterMs = clampDelay(retryAfterFromHeaders(ev.header, clock(options)(), category === 'rate-limited' || exhausted), max);
  }
  const code = r.code;
  const codes = r.codes ?? (code !== undefined ? [code] : []);
  const messageKeys = r.messageKeys ?? (code !== undefined ? [`${ev.dialect}.${keySegment(code)}`] : []);

  // `cause` is defined first, on an empty object: every result then takes the same (cached) shape
  // transition for it, where defining it last would add a transition per combination of members.
  const out = Object.defineProperty({}, 'cause', { value: ev.cause, enumerable: false, writable: true, configurable: true }) as ApiError;
  out.category = category;
  out.fieldErrors = fieldErrors;
  out.retryable = retryable;
  out.dialect = ev.dialect;
  out.codes = codes;
  out.formErrors = r.formErrors ?? [];
  out.messageKeys = messageKeys;
  out.source = ev.source;
  const st = status ?? (ev.source === 'body' ? r.status : undefined);
  if (st !== undefined) out.status = st;
  if (code !== undefined) out.code = code;
  const message = text(r.message);
  if (message !== undefined) out.message = message;
  if (retryAfterMs !== undefined) out.retryAfterMs = retryAfterMs;
  const ref = r.referenceId ?? (hasHeaders ? referenceIdFromHeaders(ev.header) : undefined);
  if (ref !== undefined) out.referenceId = ref;
  if (r.helpUrl !== undefined) out.helpUrl = r.helpUrl;
  return out;
}

/**
 * The clock `options.now` gives: a function, a number (ms since epoch) or a `Date`. A clock that
 * throws or gives no finite number falls back to `Date.now`.
 */
function clock(options: NormalizeOptions): () => number {
  const given: unknown = options.now;
  // The common case costs nothing per call: no clock given, the real one.
  if (given === undefined) return Date.now;
  return () => {
    let t = Number.NaN;
    try {
      t = typeof given === 'function' ? Number(given()) : Number(given ?? Number.NaN);
    } catch {
      // a clock that throws: the real one
    }
    return Number.isFinite(t) ? t : Date.now();
  };
}

/** OAuth 2.0 / RFC 6750 and plain-text signals that a once-valid credential has expired. */
function sessionExpiredSignal(ev: Evidence, r: DialectResult): boolean {
  const status = ev.status ?? r.status;
  const challenge = lower(ev.header('www-authenticate'));
  if (challenge.includes('invalid_token') && challenge.includes('expired')) return true;
  if (status !== 401) return false;
  if (lower(r.code).includes('expired')) return true;
  const m = lower(r.message);
  // "invalid or expired", "incorrect or expired": the server does not know which.
  if (m.includes('or expired') || m.includes('expired, or') || m.includes('expired or')) return false;
  return m.includes('expired') && (m.includes('token') || m.includes('session') || m.includes('jwt') || m.includes('login'));
}

const hasOwn = Object.hasOwn;


/** A usable dialect: a name and the two functions (anything else in a list is skipped). */
function isDialect(d: unknown): d is Dialect {
  return typeof d === 'object' && d !== null && typeof (d as Dialect).name === 'string' && typeof (d as Dialect).detect === 'function' && typeof (d as Dialect).map === 'function';
}

/** Whether an object body has one of the dialect's `keys` (or the dialect lists none); false for a Proxy that throws. */
function woken(d: Dialect, body: Record<string, unknown>): boolean {
  try {
    const keys: unknown = d.keys;
    if (!Array.isArray(keys)) return true;
    for (const k of keys) if (typeof k === 'string' && hasOwn(body as object, k)) return true;
    return false;
  } catch {
    return false;
  }
}

function tryDialect(d: Dialect, body: unknown, ctx: DialectContext): DialectResult | undefined {
  try {
    return d.detect(body, ctx) ? d.map(body, ctx) : undefined;
  } catch {
    // a hostile value (throwing getter, revoked Proxy) or a bug in one dialect: try the next
    return undefined;
  }
}

function simple(category: ErrorCategory | undefined, source: ErrorSource, dialect: string, message: unknown, cause: unknown, options: NormalizeOptions): ApiError {
  const ev: Evidence = { source, dialect, status: undefined, header: NO_HEADERS, result: {}, category, cause };
  const m = text(message);
  if (m !== undefined) ev.result.message = m;
  return finish(ev, options);
}

function isResponseLike(v: Record<string, unknown>): boolean {
  // A fetch Response (or a look-alike): status + headers with get().
  const h = v.headers;
  return typeof v.status === 'number' && typeof h === 'object' && h !== null && typeof (h as { get?: unknown }).get === 'function' && typeof v.ok === 'boolean';
}

/** A normalizer: what `createNormalizer` returns. */
export interface Normalizer {
  /** Turn anything thrown or received into an {@link ApiError}. Sync; never throws; never mutates the input. */
  normalizeError(input: unknown, options?: NormalizeOptions): ApiError;
  /** Read a fetch `Response` once (text, then JSON where it parses) and normalize it. Never rejects. */
  normalizeResponse(response: Response, options?: NormalizeOptions): Promise<ApiError>;
}

/** What a normalizer is built from. */
export interface NormalizerConfig {
  /** The formats it reads, tried in this order (most specific first). Without any, it reads statuses, headers and client errors. */
  dialects: readonly Dialect[];
}

/**
 * Build a normalizer that reads only the given dialects: an app that talks to one API ships only
 * that API's format instead of every built-in one.
 *
 * @example
 * import { createNormalizer, problemDetailsDialect } from 'react-api-errors/core';
 * export const { normalizeError, normalizeResponse } = createNormalizer({ dialects: [problemDetailsDialect] });
 */
export function createNormalizer(config: NormalizerConfig): Normalizer {
  const given: unknown = config?.dialects;
  const list: readonly Dialect[] = Array.isArray(given) ? given.filter(isDialect) : [];
  const bits = new Map<string, number>();
  let keyless = 0;
  list.forEach((d, i) => {
    if (i >= 31) return;
    if (!Array.isArray(d.keys)) keyless |= 1 << i;
    else for (const k of d.keys as readonly unknown[]) if (typeof k === 'string') bits.set(k, (bits.get(k) ?? 0) | (1 << i));
  });

  /**
   * The dialects a plain-object body can wake: each dialect's `keys` as a bit (the first 31
   * dialects), so that one pass over the body's first keys, or one own-key check per distinct key
   * for a large body, rules out most formats before any `detect` runs.
   */
  function runDialects(body: unknown, ctx: DialectContext, options: NormalizeOptions): { name: string; result: DialectResult } | undefined {
    const record = isRecord(body);
    const custom: unknown = options.dialects;
    if (Array.isArray(custom)) {
      for (const d of custom) {
        if (!isDialect(d) || (record && !woken(d, body))) continue;
        const result = tryDialect(d, body, ctx);
        if (result) return { name: d.name, result };
      }
    }
    let mask = -1;
    if (record) {
      mask = keyless;
      try {
        // A small body: walk its keys (JSON.parse output has no inherited enumerable ones). A large
        // one: ask for each known key instead, so the work stays bounded by the key table.
        let n = 0;
        for (const k in body) {
          if (++n > 16) break;
          const bit = bits.get(k);
          if (bit !== undefined && hasOwn(body as object, k)) mask |= bit;
        }
        if (n > 16) for (const [k, bit] of bits) if (hasOwn(body as object, k)) mask |= bit;
      } catch {
        mask = keyless; // a Proxy that throws on has: only the keyless dialects may read it
      }
    }
    for (let i = 0; i < list.length; i++) {
      const d = list[i] as Dialect;
      if (i < 31 ? (mask & (1 << i)) === 0 : record && !woken(d, body)) continue;
      const result = tryDialect(d, body, ctx);
      if (result) return { name: d.name, result };
    }
    return undefined;
  }

  function fromResponse(
    status: number | undefined,
    headers: unknown,
    body: unknown,
    source: ErrorSource,
    cause: unknown,
    options: NormalizeOptions,
  ): ApiError {
    const header = headerLookup(headers);
    const parsed = parseBody(body);
    // One object shape whether or not there is a status (the dialects read it on every call).
    const ctx: DialectContext = { status, header, now: clock(options) };
    let dialect = status !== undefined ? 'http' : 'unknown';
    let result: DialectResult = {};
    if (parsed.kind !== 'empty') {
      const hit = runDialects(parsed.value, ctx, options);
      if (hit) {
        dialect = hit.name;
        result = hit.result;
      }
    }
    const ev: Evidence = { source, dialect, status, header, result, category: undefined, cause };
    return finish(ev, options);
  }

  function normalizeValue(input: unknown, options: NormalizeOptions, depth: number): ApiError {
    if (input === null || input === undefined) return simple(undefined, 'other', 'unknown', undefined, input, options);
    if (typeof input === 'string') {
      const parsed = parseBody(input);
      if (parsed.kind === 'json' && typeof parsed.value === 'object' && parsed.value !== null) {
        return fromResponse(undefined, undefined, parsed.value, 'body', input, options);
      }
      return simple(undefined, 'other', 'unknown', parsed.kind === 'text' ? parsed.value : undefined, input, options);
    }
    if (typeof input !== 'object' && typeof input !== 'function') return simple(undefined, 'other', 'unknown', undefined, input, options);
    if (isApiError(input)) return input;
    if (typeof input === 'function') return simple(undefined, 'other', 'unknown', undefined, input, options);

    const obj = input as Record<string, unknown>;
    if (isThrownLike(obj)) return readThrown(obj, options, depth, reader);

    if (typeof Response !== 'undefined' && input instanceof Response) return fromResponse(input.status, input.headers, undefined, 'response', input, options);
    if (isResponseLike(obj)) return fromResponse(statusOf(obj.status) ?? 0, obj.headers, own(obj, 'body') ?? own(obj, 'data'), 'response', input, options);

    // A response snapshot: { status, headers?, body? } (or axios' response shape { status, headers, data }).
    const status = own(obj, 'status');
    if (typeof status === 'number' && ('headers' in obj || 'body' in obj || 'data' in obj)) {
      const st = status === 0 ? 0 : statusOf(status);
      if (st !== undefined) {
        const body = 'body' in obj ? own(obj, 'body') : own(obj, 'data');
        return fromResponse(st, own(obj, 'headers'), body, 'response', input, options);
      }
    }
    // A parsed body alone (e.g. a GraphQL response that came with status 200).
    return fromResponse(undefined, undefined, input, 'body', input, options);
  }

  const reader: ThrownReader = { fromResponse, simple, normalizeValue };

  /**
   * Turn anything thrown or received into an {@link ApiError}. Sync; never throws; never mutates the input.
   *
   * @example
   * normalizeError({ status: 401, body: '{"code":"ERR009","message":"Session timeout"}' })
   * // → { category: 'session-expired', status: 401, code: 'ERR009', retryable: false, ... }
   */
  function normalizeError(input: unknown, options: NormalizeOptions = {}): ApiError {
    try {
      return normalizeValue(input, options, 0);
    } catch {
      // Anything hostile enough to escape every guard (a Proxy that throws on `instanceof`...).
      return {
        category: 'unknown',
        fieldErrors: [],
        retryable: false,
        dialect: 'unknown',
        codes: [],
        formErrors: [],
        messageKeys: [],
        source: 'other',
      };
    }
  }

  /**
   * Read a fetch `Response` once (text, then JSON where it parses) and normalize it. Never rejects.
   */
  async function normalizeResponse(response: Response, options: NormalizeOptions = {}): Promise<ApiError> {
    let body: string | undefined;
    try {
      body = await response.text();
    } catch {
      body = undefined;
    }
    try {
      return fromResponse(response.status, response.headers, body, 'response', response, options);
    } catch {
      return normalizeError(undefined, options);
    }
  }

  return { normalizeError, normalizeResponse };
}
