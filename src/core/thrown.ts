/**
 * Errors thrown by HTTP clients (axios, ky, ofetch, got, graphql-request, superagent...) and their
 * `cause` chains: where the client kept a response, it is read like any response snapshot;
 * otherwise the error's name and code say what happened (network, timeout, cancelled).
 */
import { categoryFromErrorCode, clientErrorCategory } from './is-network-error.js';
import type { ApiError, ErrorCategory, ErrorSource, NormalizeOptions } from './types.js';
import { isRecord, own, statusOf } from './util.js';

const MAX_CAUSE_DEPTH = 4;

/** The engine's readers a thrown error is handed back to. */
export interface ThrownReader {
  fromResponse(status: number | undefined, headers: unknown, body: unknown, source: ErrorSource, cause: unknown, options: NormalizeOptions): ApiError;
  simple(category: ErrorCategory | undefined, source: ErrorSource, dialect: string, message: unknown, cause: unknown, options: NormalizeOptions): ApiError;
  normalizeValue(input: unknown, options: NormalizeOptions, depth: number): ApiError;
}

export function readThrown(err: Record<string, unknown>, options: NormalizeOptions, depth: number, r: ThrownReader): ApiError {
const { fromResponse, simple, normalizeValue } = r;
  const name = err.name;
  // axios: AxiosError / CanceledError
  if (err.isAxiosError === true) {
    const res = err.response;
    if (isRecord(res) && typeof res.status === 'number') {
      return fromResponse(statusOf(res.status) ?? 0, res.headers, own(res, 'data'), 'response', err, options);
    }
    return simple(categoryFromErrorCode(err.code) ?? clientErrorCategory(err) ?? 'network', 'client', 'client', err.message, err, options);
  }
  // ky HTTPError (ky 1 and 2): { response: Response, request, options, data? (ky 2) }
  if (name === 'HTTPError' && isRecord(err.response) && typeof err.response.status === 'number') {
    const res = err.response;
    const data = 'data' in err ? err.data : undefined;
    return fromResponse(statusOf(res.status) ?? 0, res.headers, data, 'response', err, options);
  }
  // ofetch FetchError: { status, statusCode, data, response (with _data) }
  if (name === 'FetchError') {
    const res = isRecord(err.response) ? err.response : undefined;
    const status = statusOf(err.status) ?? statusOf(err.statusCode) ?? statusOf(res?.status);
    if (status !== undefined) {
      const data = err.data !== undefined ? err.data : res?._data;
      return fromResponse(status, res?.headers, data, 'response', err, options);
    }
  }
  // Other clients that keep the response on the error (graphql-request ClientError, got, superagent...).
  const res = err.response;
  if (isRecord(res)) {
    const status = statusOf(res.status) ?? statusOf(res.statusCode);
    if (status !== undefined) {
      // graphql-request's ClientError keeps the whole GraphQL body ({ data, errors }) on `response`.
      const body = Array.isArray(own(res, 'errors')) ? res : (own(res, 'data') ?? own(res, 'body') ?? own(res, '_data'));
      return fromResponse(status, res.headers, body, 'response', err, options);
    }
  }
  const category = clientErrorCategory(err);
  if (category) return simple(category, 'client', 'client', err.message, err, options);
  // A wrapper around the real error (fetch's `cause`, ofetch's network failures...).
  if (depth < MAX_CAUSE_DEPTH && err.cause !== undefined && err.cause !== err) {
    const inner = normalizeValue(err.cause, options, depth + 1);
    if (inner.category !== 'unknown') return inner;
  }
  return simple(undefined, 'other', 'unknown', err.message, err, options);
}
