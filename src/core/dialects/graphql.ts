/**
 * GraphQL responses (https://spec.graphql.org/October2021/#sec-Errors): `errors[]` with
 * `message`, `locations`, `path`, `extensions`, often next to `data` with HTTP status 200.
 * `extensions.code` carries Apollo Server's codes (ApolloServerErrorCode) and the common
 * UNAUTHENTICATED / FORBIDDEN; a resolver `path` names a place in the response, not a field of the
 * submitted input, so it never becomes a field error. BAD_USER_INPUT naming an argument
 * (`extensions.field` / `extensions.argumentName`) does.
 * https://www.apollographql.com/docs/apollo-server/data/errors
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { addError, codeOf, codeTable, isRecord, MAX_ITEMS, own, uniq, text } from '../util.js';

const CODES: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'bad-request:GRAPHQL_PARSE_FAILED GRAPHQL_VALIDATION_FAILED PERSISTED_QUERY_NOT_FOUND PERSISTED_QUERY_NOT_SUPPORTED OPERATION_RESOLUTION_FAILURE BAD_REQUEST;validation:BAD_USER_INPUT;server:INTERNAL_SERVER_ERROR;unauthenticated:UNAUTHENTICATED;forbidden:FORBIDDEN;not-found:NOT_FOUND;rate-limited:RATE_LIMITED',
);

/** Shopify's throttling body is a GraphQL body too; its own dialect reads the cost data. */
function isShopifyThrottle(body: Record<string, unknown>, first: unknown): boolean {
  return codeOf(own(own(first, 'extensions'), 'code')) === 'THROTTLED' && isRecord(own(own(body, 'extensions'), 'cost'));
}

export const graphql: Dialect = {
  name: 'graphql',
  keys: ['errors'],
  detect(body) {
    if (!isRecord(body)) return false;
    const errors = own(body, 'errors');
    if (!Array.isArray(errors) || errors.length === 0) return false;
    const first = errors[0];
    if (!isRecord(first) || typeof own(first, 'message') !== 'string' || 'errorCode' in first) return false;
    if (isShopifyThrottle(body, first)) return false;
    // A GraphQL `path` is a list of segments; a string `path` is a field of another format's item.
    return 'data' in body || 'locations' in first || Array.isArray(own(first, 'path')) || 'extensions' in first;
  },
  map(body) {
    const errors = (own(body, 'errors') as unknown[]).slice(0, MAX_ITEMS).filter(isRecord);
    const sink = { fieldErrors: [] as FieldError[], formErrors: [] as FormError[] };
    const codes = errors.map((e) => codeOf(own(own(e, 'extensions'), 'code')) ?? codeOf(own(e, 'type')));
    errors.forEach((e, i) => {
      const ext = own(e, 'extensions');
      const field = text(own(ext, 'field')) ?? text(own(ext, 'argumentName'));
      // An error about an argument or input field (Apollo's BAD_USER_INPUT, Directus' FAILED_VALIDATION...): its rule if it names one.
      if (field !== undefined) addError(sink, fieldPath(field), text(own(e, 'message')), codeOf(own(ext, 'type')) ?? codes[i]);
    });
    const first = errors[0];
    const out: DialectResult = { fieldErrors: sink.fieldErrors, formErrors: sink.formErrors, codes: uniq(codes) };
    const message = text(own(first, 'message'));
    if (message !== undefined) out.message = message;
    const code = codes[0];
    if (code !== undefined) {
      out.code = code;
      const category = CODES.get(code);
      if (category) out.category = category;
    }
    return out;
  },
};
