/**
 * A dialect's `keys` let the engine skip its `detect` when a plain-object body has none of them.
 * That is only an optimization if it never changes a result: these tests hold every built-in
 * dialect to it, on every fixture and on random bodies, by comparing with the same dialects run
 * without their keys (as custom dialects, which the engine asks first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIALECTS, normalizeError } from '../../src/core/index.js';
import type { Dialect, DialectContext } from '../../src/core/index.js';
import type { FixtureCase } from '../fixture-types.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const NOW = Date.parse('2026-01-01T00:00:00Z');
const UNKEYED: Dialect[] = BUILTIN_DIALECTS.map((d) => ({ name: d.name, detect: d.detect.bind(d), map: d.map.bind(d) }));

function both(input: unknown): [unknown, unknown] {
  const keyed = normalizeError(input, { now: () => NOW });
  const unkeyed = normalizeError(input, { now: () => NOW, dialects: UNKEYED });
  return [keyed, unkeyed];
}

const TRIGGER_KEYS = [...new Set(BUILTIN_DIALECTS.flatMap((d) => d.keys ?? []))];
const OTHER_KEYS = ['data', 'details', 'status', 'detail', 'errors', 'error', 'apiVersion', 'more_info', 'documentation_url', 'retry_after', 'global', 'error_message', 'error_description', 'ModelState', 'MessageDetail', 'path', 'x'];
const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('Status', 'Failure', 'ERR009', 'invalid_request', 'https://docs.github.com/rest', 'https://www.twilio.com/docs/errors/20404', 'validation_error', 'card_error'));
const item = fc.dictionary(fc.constantFrom('message', 'code', 'field', 'loc', 'msg', 'type', 'source', 'path', 'extensions', 'errorCode', 'status', 'title', 'detail', 'pointer', 'attr'), fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })), { maxKeys: 5 });
const member = fc.oneof(leaf, item, fc.array(item, { maxLength: 3 }), fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }));
const body = fc.dictionary(fc.constantFrom(...TRIGGER_KEYS, ...OTHER_KEYS), member, { maxKeys: 6 });
const headerSet = fc.dictionary(fc.constantFrom('content-type', 'x-amzn-errortype', 'x-amzn-requestid', 'request-id', 'client-request-id', 'x-shopify-stage', 'retry-after'), fc.constantFrom('application/problem+json', 'AccessDeniedException', 'abc', '1'), { maxKeys: 3 });

describe('dialect keys', () => {
  it('every built-in dialect fits in the engine bit mask', () => {
    expect(BUILTIN_DIALECTS.length).toBeLessThanOrEqual(31);
  });

  it('never change the result of a fixture', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    let compared = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const c of JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureCase[]) {
        const [keyed, unkeyed] = both(c.input);
        expect(keyed, `${file}: ${c.name}`).toEqual(unkeyed);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('never change the result of a random body', () => {
    fc.assert(
      fc.property(fc.constantFrom(200, 400, 401, 403, 404, 409, 422, 429, 500, 503), headerSet, body, (status, headers, b) => {
        const [keyed, unkeyed] = both({ status, headers, body: b });
        expect(keyed).toEqual(unkeyed);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it.each(BUILTIN_DIALECTS.filter((d) => d.keys).map((d) => [d.name, d] as const))('%s says no to a body without its keys', (_name, d) => {
    const keys = new Set(d.keys);
    const ctxFor = (status: number, headers: Record<string, string>): DialectContext => ({
      status,
      header: (name) => headers[name.toLowerCase()],
      now: () => NOW,
    });
    fc.assert(
      fc.property(fc.constantFrom(400, 401, 404, 409, 429, 500), headerSet, body, (status, headers, b) => {
        for (const k of keys) delete (b as Record<string, unknown>)[k];
        expect(d.detect(b, ctxFor(status, headers))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
