/**
 * Errors thrown by HTTP clients (axios, ky, ofetch, got, superagent, undici, graphql-request,
 * Apollo Client 3 and 4, tRPC, RTK Query, React Router...) and their `cause` chains, read by a
 * few general rules rather than one branch per client:
 *
 * 1. An error that carries a status — `status` / `statusCode` / `httpStatus` / `originalStatus` on
 *    the error, its `response` (axios, ky, ofetch, got, superagent, Apollo), tRPC's `meta.response`
 *    or `data` — is read like a response: headers from wherever it keeps them, the body from the
 *    first of `data`, `text`, `body`, `bodyText`, `result`, `responseJSON` that holds something
 *    (on the response, then tRPC's `meta`, then the error: ofetch's and ky 2's `data`).
 * 2. A GraphQL error list — `errors` (Apollo 4 `CombinedGraphQLErrors`, graphql-request) or
 *    `graphQLErrors` (Apollo 3 `ApolloError`) — is read as a GraphQL body.
 * 3. A status below 400 on an error is not what failed: the body could not be read (axios
 *    `ERR_BAD_RESPONSE` "stream has been aborted", got `ReadError` ECONNRESET, RTK Query
 *    `PARSING_ERROR` of a cut-off 200) — `network`, unless a body that arrived says otherwise.
 * 4. Otherwise the error's name and code say what happened (network, timeout, cancelled); a
 *    cancellation whose signal's reason is a `TimeoutError` (axios with `AbortSignal.timeout()`)
 *    is a timeout. Wrappers are unwrapped through `cause` (fetch's "fetch failed", Apollo 3).
 */
import { categoryFromErrorCode, clientErrorCategory } from './is-network-error.js';
import type { ApiError, ErrorCategory, ErrorSource, NormalizeOptions } from './types.js';
import { isRecord, own, statusOf } from './util.js';

const MAX_CAUSE_DEPTH = 4;
const STATUS_KEYS = ['status', 'statusCode', 'httpStatus', 'originalStatus'];
// `text` before `body`: superagent leaves `body` an empty object for types it does not parse.
const BODY_KEYS = ['data', 'text', 'body', 'bodyText', 'result', 'responseJSON'];

/** The engine's readers a thrown error is handed back to. */
export interface ThrownReader {
  fromResponse(status: number | undefined, headers: unknown, body: unknown, source: ErrorSource, cause: unknown, options: NormalizeOptions): ApiError;
  simple(category: ErrorCategory | undefined, source: ErrorSource, dialect: string, message: unknown, cause: unknown, options: NormalizeOptions): ApiError;
  normalizeValue(input: unknown, options: NormalizeOptions, depth: number): ApiError;
}

/**
 * Values read as thrown errors though they are not `Error`s: RTK Query's `FetchBaseQueryError`
 * (`FETCH_ERROR`, `TIMEOUT_ERROR`, `PARSING_ERROR` with `originalStatus`).
 */
export function isThrownLike(obj: Record<string, unknown>): boolean {
  return (
    obj instanceof Error ||
    (typeof obj.name === 'string' && typeof obj.message === 'string' && 'stack' in obj) ||
    categoryFromErrorCode(obj.status) !== undefined ||
    'originalStatus' in obj
  );
}

function record(v: unknown): Record<string, unknown> | undefined {
  return isRecord(v) ? v : undefined;
}

/** A GraphQL `errors` list of plain error objects (not an AggregateError's `Error`s). */
function gqlErrors(v: unknown): unknown[] | undefined {
  const first: unknown = Array.isArray(v) ? v[0] : undefined;
  return isRecord(first) && !(first instanceof Error) && typeof first.message === 'string' ? (v as unknown[]) : undefined;
}

export function readThrown(err: Record<string, unknown>, options: NormalizeOptions, depth: number, r: ThrownReader): ApiError {
  const { fromResponse, simple, normalizeValue } = r;
  const res = record(err.response);
  const meta = record(err.meta);
  const metaRes = record(meta?.response);
  let status: number | undefined;
  for (const h of [err, res, metaRes, record(err.data)]) for (const k of STATUS_KEYS) status ??= statusOf(h?.[k]);

  const gql = gqlErrors(own(err, 'errors')) ?? gqlErrors(own(err, 'graphQLErrors')) ?? gqlErrors(own(res, 'errors'));
  let body: unknown = gql && { errors: gql, data: own(res ?? err, 'data') ?? null };
  for (const h of [res, meta, err]) for (const k of BODY_KEYS) body ??= own(h, k);

  // RTK Query's FETCH_ERROR / TIMEOUT_ERROR are its `status`; an axios error with no response is a network failure.
  let category = clientErrorCategory(err) ?? categoryFromErrorCode(err.status) ?? (err.isAxiosError === true ? 'network' : undefined);
  if (category === 'cancelled') {
    // axios keeps the signal on `config`: AbortSignal.timeout() aborts with a TimeoutError.
    const signal = record(record(err.config)?.signal ?? err.signal);
    if (clientErrorCategory(signal?.reason) === 'timeout') category = 'timeout';
  }

  if (status !== undefined || gql) {
    const out = fromResponse(status, res?.headers ?? err.headers ?? metaRes?.headers, body, status === undefined ? 'body' : 'response', err, options);
    if (gql || (status as number) >= 400 || out.category !== 'unknown') return out;
    // A 2xx/3xx whose body could not be read (or was cut off): no usable response arrived.
    if (category !== 'timeout' && category !== 'cancelled') category = 'network';
  }
  if (category) return simple(category, 'client', 'client', err.message, err, options);
  // A wrapper around the real error (fetch's `cause`, ofetch's network failures, Apollo 3...).
  if (depth < MAX_CAUSE_DEPTH && err.cause !== undefined && err.cause !== err) {
    const inner = normalizeValue(err.cause, options, depth + 1);
    if (inner.category !== 'unknown') return inner;
  }
  return simple(undefined, 'other', 'unknown', err.message, err, options);
}
