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
 * Wrap any query function so that a thrown fetch `Response` (some code throws the response itself)
 * becomes an `ApiResponseError`; everything else passes through unchanged.
 */
export function withApiErrors<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      if (typeof Response !== 'undefined' && error instanceof Response) {
        let text: string;
        try {
          text = await error.text();
        } catch {
          text = ''; // body already used: status and headers still tell what happened
        }
        throw new ApiResponseError(error.status, headerRecord(error.headers), parse(text), error.url || undefined);
      }
      throw error;
    }
  };
}
