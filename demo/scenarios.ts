/**
 * Every failure the demo server offers (demo/server.mjs), by the category the library reads from it.
 * `kind` says how the dashboard provokes it: an HTTP answer from a fixture, a dropped connection,
 * a request the browser gives up on (timeout) or the person cancels, or a GraphQL body with errors.
 */
export interface Scenario {
  id: string;
  label: string;
  /** Where the payload comes from (the format or API). */
  source: string;
  /** The `ApiError` category the library reads from it (one of `ERROR_CATEGORIES`; the dashboard test checks each). */
  category: string;
  kind: 'http' | 'drop' | 'client-timeout' | 'cancel' | 'graphql';
}

export const SCENARIOS: readonly Scenario[] = [
  { id: 'laravel-validation', label: 'Form rejected', source: 'Laravel 422 (docs example)', category: 'validation', kind: 'http' },
  { id: 'fastapi-validation', label: 'Bad query parameter', source: 'FastAPI / Pydantic v2 422', category: 'validation', kind: 'http' },
  { id: 'bad-request-400', label: 'Invalid JSON', source: 'MicroStrategy ERR006, with ticket id', category: 'validation', kind: 'http' },
  { id: 'drf-parse-error-400', label: 'Malformed request', source: 'Django REST ParseError', category: 'bad-request', kind: 'http' },
  { id: 'unauthenticated-401', label: 'Login failed', source: 'MicroStrategy ERR003', category: 'unauthenticated', kind: 'http' },
  { id: 'edgecast-denied', label: 'Access denied', source: 'Edgecast CDN { "Message": … }', category: 'unauthenticated', kind: 'http' },
  { id: 'mstr-session', label: 'Session timed out', source: 'MicroStrategy ERR009', category: 'session-expired', kind: 'http' },
  { id: 'error-code-expired', label: 'Auth expired', source: 'error_code API: 8', category: 'session-expired', kind: 'http' },
  { id: 'mstr-forbidden', label: 'No permission', source: 'MicroStrategy ERR017', category: 'forbidden', kind: 'http' },
  { id: 'mstr-not-found', label: 'Object not found', source: 'MicroStrategy ERR004', category: 'not-found', kind: 'http' },
  { id: 'conflict-409', label: 'Entity already exists', source: 'errorCode list API: 3002', category: 'conflict', kind: 'http' },
  { id: 'error-list-uspta', label: 'Number already registered', source: 'errorCode list API: 200601', category: 'conflict', kind: 'http' },
  { id: 'kubernetes-conflict-409', label: 'Deployment exists', source: 'Kubernetes Status AlreadyExists', category: 'conflict', kind: 'http' },
  { id: 'error-object-rate-limit', label: 'Too many requests', source: 'error object API 429 + Retry-After', category: 'rate-limited', kind: 'http' },
  { id: 'server-500', label: 'Unknown server error', source: 'error_code API: 0', category: 'server', kind: 'http' },
  { id: 'error-code-database', label: 'Database error', source: 'error_code API: 12', category: 'server', kind: 'http' },
  { id: 'not-implemented-501', label: 'Not implemented', source: 'nginx 501 HTML page', category: 'server', kind: 'http' },
  { id: 'error-object-unavailable', label: 'Service unavailable', source: 'error object API 503', category: 'unavailable', kind: 'http' },
  { id: 'nginx-502', label: 'Bad gateway', source: 'nginx 502 HTML page', category: 'unavailable', kind: 'http' },
  { id: 'envoy-503', label: 'Upstream reset', source: 'Envoy plain-text 503', category: 'unavailable', kind: 'http' },
  { id: 'gateway-timeout-504', label: 'Gateway timeout', source: 'nginx 504 HTML page', category: 'timeout', kind: 'http' },
  { id: 'client-timeout', label: 'Took too long', source: 'AbortSignal.timeout(1 s) on a 3 s answer', category: 'timeout', kind: 'client-timeout' },
  { id: 'drop', label: 'Connection dropped', source: 'the server closes the socket', category: 'network', kind: 'drop' },
  { id: 'cancel', label: 'Cancelled', source: 'the person cancels a slow request', category: 'cancelled', kind: 'cancel' },
  { id: 'graphql-partial', label: 'Resolver error', source: 'GraphQL spec: 200 with errors[]', category: 'unknown', kind: 'graphql' },
];
