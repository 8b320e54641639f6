/**
 * The one shape every API error is normalized to. Plain, serializable data:
 * `JSON.stringify(apiError)` keeps everything but the non-enumerable `cause`.
 */

/** What kind of failure happened, from the point of view of the person using the app. */
export type ErrorCategory =
  | 'validation' // the input is wrong, usually per field (400/422 with field or input problems)
  | 'bad-request' // malformed or unsupported request with no field to blame (400, 405, 406, 413, 415...)
  | 'unauthenticated' // no or invalid credentials (401)
  | 'session-expired' // credentials were valid and have expired / session timed out
  | 'forbidden' // known identity, not allowed (403)
  | 'not-found' // 404, 410
  | 'conflict' // 409, 412, "already exists"
  | 'rate-limited' // 429, quota exhausted
  | 'server' // 500, 501 and unexpected server faults
  | 'unavailable' // 502, 503, upstream/dependency down, maintenance
  | 'timeout' // 408, 504, client-side timeout
  | 'network' // no response at all (offline, DNS, refused, CORS)
  | 'cancelled' // aborted by the client
  | 'unknown';

/** Every category, in a stable order (useful for menus, stories and exhaustive tests). */
export const ERROR_CATEGORIES: readonly ErrorCategory[] = [
  'validation',
  'bad-request',
  'unauthenticated',
  'session-expired',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'server',
  'unavailable',
  'timeout',
  'network',
  'cancelled',
  'unknown',
];

/** An error tied to one field of the submitted payload. */
export interface FieldError {
  /** Dotted path relative to the submitted payload: 'email', 'address.city', 'items.0.qty'. */
  field: string;
  /** The server's text for this field, as sent (untrusted, never markup-rendered). */
  message?: string;
  /** The server's code for this field, as a string. */
  code?: string;
}

/** An error about the request as a whole (`non_field_errors`, an empty key, a `root` entry). */
export interface FormError {
  /** The server's text, as sent (untrusted). */
  message?: string;
  /** The server's code, as a string. */
  code?: string;
}

/** Where the error came from. */
export type ErrorSource =
  /** an HTTP response was received (any status, including a 200 carrying GraphQL errors) */
  | 'response'
  /** the client failed before a response arrived (network, abort, timeout) */
  | 'client'
  /** a parsed body with no response around it */
  | 'body'
  /** anything else: a plain Error, a string, null... */
  | 'other';

export interface ApiError {
  category: ErrorCategory;
  /** HTTP status when there was a response. */
  status?: number;
  /** The primary server error code, as sent, stringified: 'ERR017', '8', '3001', 'RATE_LIMIT_EXCEEDED'. */
  code?: string;
  /** The primary human text the server sent (untrusted). Never HTML: an HTML body gives no message. */
  message?: string;
  /** Only errors tied to a field; always an array. */
  fieldErrors: FieldError[];
  /** Whether repeating the same idempotent request could succeed. */
  retryable: boolean;
  /** Milliseconds to wait before retrying, from Retry-After, RetryInfo, retry_after or rate-limit reset headers. */
  retryAfterMs?: number;
  /** The id a user gives support: ticketId, requestId, traceId, instance..., else a request-id header. */
  referenceId?: string;

  // ---- extensions (not in the minimal contract, always filled by normalizeError) ----

  /** The wire format that was recognized: 'microstrategy', 'problem-details', 'graphql', ... or 'http', 'client', 'unknown'. */
  dialect: string;
  /** Every server code of a multi-error body, primary first (empty when the server sent none). */
  codes: string[];
  /** Form-level errors (not tied to a field), as sent. */
  formErrors: FormError[];
  /**
   * Text-lookup keys from most specific to least, without the category/status/generic tail,
   * e.g. `['microstrategy.ERR009']`. The React layer resolves `${key}.title` / `${key}.message`
   * and then falls back to the category, the status and a generic text.
   */
  messageKeys: string[];
  /** Where the error came from. */
  source: ErrorSource;
  /** A documentation link the server sent (`type` of problem details, `doc_url`, `more_info`...). Untrusted. */
  helpUrl?: string;
  /** The original input (non-enumerable: not serialized). */
  cause?: unknown;
}

/** Options of {@link normalizeError}. */
export interface NormalizeOptions {
  /**
   * The clock used to turn an HTTP-date `Retry-After` or an epoch reset header into a delay: a
   * function returning ms since epoch (the contract's form), a number of ms since epoch, or a `Date`.
   * Default `Date.now`.
   */
  now?: (() => number) | number | Date;
  /** Extra dialects tried before the built-in ones (your own API's format). */
  dialects?: readonly Dialect[];
  /** Upper bound for `retryAfterMs`; larger values are clamped. Default 24 hours. */
  maxRetryAfterMs?: number;
}

/** What a dialect knows about the response around the body it reads. */
export interface DialectContext {
  /** HTTP status, when there was a response. */
  status?: number;
  /** Case-insensitive header lookup; `undefined` when absent. */
  header(name: string): string | undefined;
  /** The clock in ms since epoch. */
  now(): number;
}

/** What a dialect reads out of a body. Everything is optional; the normalizer fills the rest. */
export interface DialectResult {
  /** The category the API's documentation gives this code; wins over the HTTP status. */
  category?: ErrorCategory;
  /** A status stated in the body, used only when there was no HTTP status. */
  status?: number;
  code?: string;
  /** All codes, primary first. Defaults to `[code]`. */
  codes?: string[];
  message?: string;
  fieldErrors?: FieldError[];
  formErrors?: FormError[];
  /** Set only when the server explicitly says whether a retry can help. */
  retryable?: boolean;
  retryAfterMs?: number;
  referenceId?: string;
  helpUrl?: string;
  /** Specific text keys (most specific first). Default: `${dialect}.${code}` when there is a code. */
  messageKeys?: string[];
}

/**
 * One wire format: how to recognize it and how to read it.
 * `detect` must be cheap and must not throw on any JSON value; `map` is only called when `detect` said yes.
 */
export interface Dialect {
  /** Stable name, used in `ApiError.dialect` and text keys. Lowercase, dash-separated. */
  readonly name: string;
  /**
   * Top-level keys this format cannot do without: when the body is a plain object that has none of
   * them as own keys, `detect` is not called (it would say no). Leave it out to be asked about every
   * body. Bodies that are not plain objects (strings, arrays) always reach `detect`.
   */
  readonly keys?: readonly string[];
  detect(body: unknown, ctx: DialectContext): boolean;
  map(body: unknown, ctx: DialectContext): DialectResult;
}

/** An HTTP response snapshot, as `normalizeError` accepts it. */
export interface ResponseSnapshot {
  status: number;
  headers?: Headers | Record<string, string | string[] | undefined>;
  /** The body as received: raw text (JSON or not) or already-parsed JSON. */
  body?: unknown;
}
