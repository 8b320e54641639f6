/**
 * A fetch helper for query functions: reads the body once and, for a non-2xx response, throws an
 * `ApiResponseError` that keeps status, headers and body — so `normalizeError(error)` (and
 * `retryOptions`) understand it without another read. Network failures (`TypeError`) and aborts
 * (`AbortError`) are rethrown as they are: react-query needs them to tell a cancelled query apart.
 */
import { normalizeError } from '../core/index.js';
import type { ApiError } from '../core/index.js';

export class ApiResponseError extends Error {
  override readonly name = 'ApiResponseError';
  readonly status: number;
  /** Response headers, names lowercased. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body: parsed JSON when it parsed, else the text ('' when empty). */
  readonly body: unknown;
  /** The snapshot `normalizeError` reads (`error.response`, as axios-style clients keep it). */
  readonly response: { status: number; headers: Readonly<Record<string, string>>; data: unknown };
  private normalized: ApiError | undefined;

  constructor(status: number, headers: Readonly<Record<string, string>>, body: unknown, url?: string) {
    super(`Request${url ? ` to ${url}` : ''} failed with status ${status}`);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.response = { status, headers, data: body };
  }

  /** The normalized error (computed once). */
  get apiError(): ApiError {
    this.normalized ??= normalizeError(this);
    return this.normalized;
  }
}

export function isApiResponseError(value: unknown): value is ApiResponseError {
  return value instanceof ApiResponseError || (value instanceof Error && value.name === 'ApiResponseError' && 'response' in value);
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

function parse(text: string): unknown {
  if (text === '') return '';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * `fetch` that resolves with the parsed body (JSON when it parses, else text; `undefined` for 204)
 * and throws `ApiResponseError` for any non-2xx status.
 *
 * @example
 * useQuery({ queryKey: ['report', id], queryFn: ({ signal }) => apiFetch<Report>(`/api/reports/${id}`, { signal }) })
 */
export async function apiFetch<T = unknown>(input: RequestInfo | URL, init?: RequestInit): Promise<T> {
  const res = await fetch(input, init);
  const text = res.status === 204 ? '' : await res.text();
  if (!res.ok) throw new ApiResponseError(res.status, headerRecord(res.headers), parse(text), typeof input === 'string' ? input : undefined);
  return (text === '' ? undefined : parse(text)) as T;
}

/**
 * Wrap any query function so that a response nobody read becomes an `ApiResponseError` with its
 * body: a thrown fetch `Response` (some code throws the response itself), or an error that keeps
 * an unread `response` (ky 1's `HTTPError`, the original error as `cause`) — so `retryOptions`,
 * the cache wiring and `normalizeError` see the body synchronously (what `readError` does, once, at
 * the query function). Everything else passes through unchanged.
 */
export function withApiErrors<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      if (typeof Response === 'undefined') throw error;
      const res: unknown = error instanceof Response ? error : (error as { response?: unknown } | null)?.response;
      if (!(res instanceof Response) || (res !== error && (res.ok || res.bodyUsed))) throw error;
      let text = '';
      try {
        if (!res.bodyUsed) text = await res.clone().text();
      } catch {
        // the body could not be read: status and headers still tell what happened
      }
      const wrapped = new ApiResponseError(res.status, headerRecord(res.headers), parse(text), res.url || undefined);
      if (error !== res) Object.defineProperty(wrapped, 'cause', { value: error, configurable: true, writable: true });
      throw wrapped;
    }
  };
}
