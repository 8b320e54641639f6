/**
 * Property-based tests: for any input, normalizeError returns a valid ApiError, never throws,
 * never touches Object.prototype, and its time grows linearly with the input's size.
 * (The 10⁶-run version is `npm run fuzz`.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES, normalizeError } from '../../src/core/index.js';
import type { ApiError } from '../../src/core/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const CATEGORIES = new Set<string>(ERROR_CATEGORIES);

export function assertValidApiError(e: ApiError): void {
  expect(CATEGORIES.has(e.category), `category ${String(e.category)}`).toBe(true);
  expect(Array.isArray(e.fieldErrors)).toBe(true);
  for (const f of e.fieldErrors) {
    expect(typeof f.field).toBe('string');
    if (f.message !== undefined) expect(typeof f.message).toBe('string');
    if (f.code !== undefined) expect(typeof f.code).toBe('string');
  }
  expect(typeof e.retryable).toBe('boolean');
  if (e.retryAfterMs !== undefined) {
    expect(Number.isFinite(e.retryAfterMs)).toBe(true);
    expect(e.retryAfterMs).toBeGreaterThanOrEqual(0);
  }
  if (e.status !== undefined) expect(Number.isInteger(e.status)).toBe(true);
  for (const k of ['code', 'message', 'referenceId', 'helpUrl'] as const) {
    if (e[k] !== undefined) expect(typeof e[k]).toBe('string');
  }
  expect(Array.isArray(e.codes) && Array.isArray(e.formErrors) && Array.isArray(e.messageKeys)).toBe(true);
  // Plain data: serializable without throwing.
  expect(() => JSON.stringify(e)).not.toThrow();
}

function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

const headerValue = fc.oneof(fc.string(), fc.constantFrom('0', '-1', '1.5', 'NaN', '99999999999', 'Wed, 21 Oct 2015 07:28:00 GMT', 'Bearer error="invalid_token", error_description="expired"'));
const headers = fc.dictionary(
  fc.constantFrom('retry-after', 'Retry-After', 'x-ratelimit-reset', 'x-ratelimit-remaining', 'www-authenticate', 'x-request-id', 'content-type', 'ratelimit', 'retry-after-ms', 'x-amzn-errortype', '__proto__', 'constructor'),
  headerValue,
);
const status = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 501, 502, 503, 504), fc.double());
const body = fc.oneof(fc.jsonValue(), fc.json(), fc.string(), fc.constant(null), fc.constant(undefined));

describe('normalizeError on arbitrary input', () => {
  it('random JSON values and strings', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), (v) => assertValidApiError(normalizeError(v))), { numRuns: RUNS });
  });
  it('random response snapshots', () => {
    fc.assert(fc.property(status, headers, body, (s, h, b) => assertValidApiError(normalizeError({ status: s, headers: h, body: b }))), { numRuns: RUNS });
  });
  it('anything fast-check can build (objects with odd prototypes, typed arrays, sparse arrays...)', () => {
    fc.assert(fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }), (v) => {
      assertValidApiError(normalizeError(v));
    }), { numRuns: RUNS });
  });
  it('bodies that mimic each dialect with random members', () => {
    const member = fc.oneof(fc.jsonValue(), fc.string());
    const shaped = fc.oneof(
      fc.record({ code: fc.oneof(fc.constantFrom('ERR009', 'ERR0R22', 'ERR'), fc.string()), message: member, ticketId: member, iServerCode: member }),
      fc.record({ error_code: member, error_message: member, details: member }),
      fc.record({ Message: member }),
      fc.record({ errors: fc.array(fc.record({ errorCode: member, message: member, subject: member })) }),
      fc.record({ error: fc.record({ code: member, message: member, details: member, status: member, innerError: member }) }),
      fc.record({ errors: fc.array(fc.record({ message: member, path: member, extensions: member, locations: member })), data: member }),
      fc.record({ type: member, title: member, status: member, detail: member, instance: member, errors: member, 'invalid-params': member }),
      fc.record({ detail: fc.array(fc.record({ loc: member, msg: member, type: member })) }),
      fc.record({ message: member, errors: fc.dictionary(fc.string(), fc.array(fc.string())) }),
      fc.record({ kind: fc.constant('Status'), status: member, reason: member, details: member, code: member }),
      fc.record({ ok: fc.constant(false), error: member, response_metadata: member }),
      fc.record({ code: member, message: member, errors: member, retry_after: member, global: member }),
      fc.dictionary(fc.string(), fc.oneof(fc.array(fc.string()), fc.dictionary(fc.string(), fc.array(fc.string())))),
    );
    fc.assert(fc.property(status, shaped, (s, b) => {
      assertValidApiError(normalizeError({ status: s, body: b }));
      assertValidApiError(normalizeError({ status: s, body: JSON.stringify(b) }));
      assertValidApiError(normalizeError(b));
    }), { numRuns: RUNS });
  });
});

describe('hostile input', () => {
  it('cyclic objects', () => {
    const a: Record<string, unknown> = { message: 'loop' };
    a.self = a;
    a.error = a;
    a.errors = [a, a];
    a.details = a;
    const e = normalizeError({ status: 400, body: a });
    assertValidApiError(e);
    assertValidApiError(normalizeError(a));
    const err = new Error('cyclic cause') as Error & { cause?: unknown };
    err.cause = err;
    assertValidApiError(normalizeError(err));
  });

  it('getters and Proxies that throw', () => {
    const getter = Object.defineProperty({}, 'message', { enumerable: true, get() { throw new Error('getter'); } });
    const trap = new Proxy({}, { get() { throw new Error('get'); }, has() { throw new Error('has'); }, ownKeys() { throw new Error('ownKeys'); }, getOwnPropertyDescriptor() { throw new Error('gopd'); }, getPrototypeOf() { throw new Error('proto'); } });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const v of [getter, trap, revoked, { status: 500, body: trap }, { status: 401, headers: trap }, { status: 400, body: { error: trap, errors: [trap] } }, { response: trap, isAxiosError: true }]) {
      assertValidApiError(normalizeError(v));
    }
  });

  it('__proto__ / constructor / prototype keys never reach Object.prototype', () => {
    const before = prototypeSnapshot();
    const payloads = [
      '{"__proto__": {"polluted": "yes"}, "message": "x"}',
      '{"constructor": {"prototype": {"polluted": "yes"}}}',
      '{"errors": {"__proto__": ["bad"], "constructor": ["bad"], "prototype": ["bad"]}}',
      '{"error": {"code": "__proto__", "message": "x", "details": {"__proto__": "p"}}}',
      '{"detail": [{"loc": ["body", "__proto__", "polluted"], "msg": "x", "type": "y"}]}',
      '{"errors": [{"source": {"pointer": "/__proto__/polluted"}, "detail": "x"}]}',
      '{"code": 50035, "message": "Invalid Form Body", "errors": {"__proto__": {"_errors": [{"code": "x", "message": "y"}]}}}',
    ];
    for (const p of payloads) {
      assertValidApiError(normalizeError({ status: 400, body: p }));
      assertValidApiError(normalizeError({ status: 400, body: JSON.parse(p) as unknown }));
    }
    assertValidApiError(normalizeError({ status: 400, headers: JSON.parse('{"__proto__": {"retry-after": "5"}}') as Record<string, string> }));
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('nesting 100,000 deep (text and objects)', () => {
    const depth = 100_000;
    const deepText = `${'{"error":'.repeat(depth)}1${'}'.repeat(depth)}`;
    assertValidApiError(normalizeError({ status: 500, body: deepText }));
    const arrText = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    assertValidApiError(normalizeError({ status: 400, body: arrText }));
    let obj: Record<string, unknown> = { message: 'bottom' };
    for (let i = 0; i < depth; i++) obj = { error: obj, errors: { field: obj }, details: [obj] };
    assertValidApiError(normalizeError({ status: 400, body: obj }));
    let cause: unknown = new TypeError('Failed to fetch');
    for (let i = 0; i < depth; i++) cause = new Error('wrap', { cause });
    assertValidApiError(normalizeError(cause));
  });

  it('a body of tens of MB', () => {
    const big = JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'x'.repeat(20 * 1024 * 1024) } });
    const e = normalizeError({ status: 500, body: big });
    assertValidApiError(e);
    expect(e.code).toBe('INTERNAL_SERVER_ERROR');
    expect((e.message ?? '').length).toBeLessThanOrEqual(2000);
    const text = normalizeError({ status: 502, body: 'upstream '.repeat(3 * 1024 * 1024) });
    assertValidApiError(text);
  });
});

describe('time grows linearly with the input', () => {
  function best(fn: () => void, runs = 3): number {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn();
      min = Math.min(min, performance.now() - t);
    }
    return min;
  }
  // Doubling-ratio check: 8× the input may take at most ~3× the ideal 8× (GC noise), far below the 64× of quadratic growth.
  const shapes: [string, (n: number) => unknown][] = [
    ['field dictionary', (n) => ({ status: 422, body: JSON.stringify({ message: 'x', errors: Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, ['bad']])) }) })],
    ['errors array', (n) => ({ status: 400, body: JSON.stringify({ errors: Array.from({ length: n }, (_, i) => ({ errorCode: 5000, message: 'm', subject: `s${i}` })) }) })],
    ['long text body', (n) => ({ status: 503, body: 'a'.repeat(n * 50) })],
    ['long markup body', (n) => ({ status: 502, body: `<html>${'<p>'.repeat(n * 10)}</html>` })],
    ['long header values', (n) => ({ status: 401, headers: { 'www-authenticate': 'Bearer error="'.repeat(n), 'retry-after': '1'.repeat(n) } })],
  ];
  it.each(shapes)('%s', (_name, make) => {
    const small = make(20_000);
    const large = make(160_000);
    normalizeError(small); // warm up
    const ts = best(() => normalizeError(small));
    const tl = best(() => normalizeError(large));
    expect(tl).toBeLessThan(Math.max(ts, 1) * 24);
  });
});
