/**
 * `createNormalizer({ dialects })`: a normalizer that reads only the formats it is given, so an app
 * that talks to one API ships only that format. Everything that needs no dialect (statuses,
 * headers, client errors) works the same as the default `normalizeError`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import { BUILTIN_DIALECTS, createNormalizer, normalizeError, problemDetailsDialect, stripeDialect, withShape } from '../../src/core/index.js';
import type { Dialect } from '../../src/core/index.js';
import type { FixtureCase } from '../fixture-types.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const now = (): number => NOW;
function fixtures(file: string): FixtureCase[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', file), 'utf8')) as FixtureCase[];
}

describe('createNormalizer', () => {
  const lean = createNormalizer({ dialects: [problemDetailsDialect] });

  it('reads its dialect exactly as the default normalizer does', () => {
    const cases = fixtures('problem-details.json');
    expect(cases.length).toBeGreaterThan(3);
    // The default normalizer completes a dialect's reading with the structural reader; so does a lean one given it.
    const completing = createNormalizer({ dialects: [withShape(problemDetailsDialect)] });
    for (const c of cases) expect(completing.normalizeError(c.input, { now }), c.name).toEqual(normalizeError(c.input, { now }));
    // Without it, the dialect's own reading: the fixtures' expected members still hold.
    for (const c of cases) expect(lean.normalizeError(c.input, { now }).category, c.name).toBe(c.expected.category);
  });

  it('Laravel, FastAPI, JSON:API, GitHub and Django REST bodies are read by the structural reader, with no dialect of their own', () => {
    for (const file of ['laravel.json', 'fastapi.json', 'json-api.json', 'github.json', 'django-rest.json']) {
      const cases = fixtures(file);
      expect(cases.length, file).toBeGreaterThanOrEqual(3);
      // The generic dialect alone (the structural reader) gives what the default normalizer gives.
      const alone = createNormalizer({ dialects: [core.genericDialect] });
      let read = 0;
      for (const c of cases) {
        const e = normalizeError(c.input, { now });
        if (e.dialect !== 'generic') continue; // a body another format claims (a bare `{ detail }` is problem details' member)
        read++;
        const g = alone.normalizeError(c.input, { now });
        for (const key of ['category', 'status', 'code', 'codes', 'message', 'fieldErrors', 'formErrors', 'referenceId', 'retryable', 'retryAfterMs'] as const) expect(g[key], `${c.name}: ${key}`).toEqual(e[key]);
      }
      expect(read, file).toBeGreaterThan(cases.length / 2);
    }
    for (const name of ['laravel', 'fastapi', 'json-api', 'github', 'django-rest']) expect(BUILTIN_DIALECTS.map((d) => d.name)).not.toContain(name);
  });

  it('does not read a format it was not given: a Stripe body falls back to the status', () => {
    const c = fixtures('stripe.json').find((x) => x.expected.code === 'card_declined');
    expect(c).toBeDefined();
    const e = lean.normalizeError(c?.input, { now });
    expect(e.dialect).toBe('http');
    expect(e.code).toBeUndefined();
    expect(e.category).toBe('bad-request'); // Stripe sends card errors with 402; the status alone says little
    expect(createNormalizer({ dialects: [stripeDialect] }).normalizeError(c?.input, { now }).code).toBe('card_declined');
  });

  it('without any dialect still reads statuses, Retry-After, request ids and client errors', () => {
    const bare = createNormalizer({ dialects: [] });
    const limited = bare.normalizeError({ status: 429, headers: { 'Retry-After': '7', 'X-Request-Id': 'req-1' }, body: '{"error":"slow down"}' });
    expect(limited).toMatchObject({ category: 'rate-limited', retryAfterMs: 7000, referenceId: 'req-1', retryable: true, dialect: 'http' });
    expect(bare.normalizeError(new TypeError('Failed to fetch')).category).toBe('network');
    expect(bare.normalizeError(new DOMException('The operation was aborted.', 'AbortError')).category).toBe('cancelled');
  });

  it('normalizeResponse reads a fetch Response with its dialects', async () => {
    const body = JSON.stringify({ type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403, detail: 'Your current balance is 30, but that costs 50.' });
    const res = new Response(body, { status: 403, headers: { 'content-type': 'application/problem+json' } });
    const e = await lean.normalizeResponse(res);
    expect(e).toMatchObject({ category: 'forbidden', dialect: 'problem-details', message: 'Your current balance is 30, but that costs 50.' });
  });

  it('a missing or malformed config gives a normalizer with no dialect, not a crash', () => {
    for (const config of [undefined, null, {}, { dialects: 'stripe' }, { dialects: [null, 42, { name: 'x' }] }]) {
      const n = createNormalizer(config as never);
      expect(n.normalizeError({ status: 404, body: '{"message":"nope"}' }).category).toBe('not-found');
    }
  });

  it('handles more dialects than the key bit mask holds, and still skips those whose keys are absent', () => {
    const calls: string[] = [];
    const filler: Dialect[] = Array.from({ length: 40 }, (_, i) => ({
      name: `filler-${i}`,
      keys: [`only-${i}`],
      detect: () => {
        calls.push(`filler-${i}`);
        return false;
      },
      map: () => ({}),
    }));
    const n = createNormalizer({ dialects: [...filler, problemDetailsDialect] });
    const e = n.normalizeError({ status: 400, body: { title: 'Bad', detail: 'no', status: 400 } });
    expect(e.dialect).toBe('problem-details');
    expect(calls).toEqual([]);
    n.normalizeError({ status: 400, body: { 'only-35': true, 'only-3': 1 } });
    expect(calls).toEqual(['filler-3', 'filler-35']);
  });

  it('every built-in dialect is exported by name as <name>Dialect, and only those', () => {
    const named = Object.entries(core).filter(([k]) => k.endsWith('Dialect'));
    expect(named.map(([, v]) => v).sort((a, b) => String((a as Dialect).name).localeCompare(String((b as Dialect).name)))).toEqual(
      [...BUILTIN_DIALECTS].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});
