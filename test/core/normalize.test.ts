import { describe, expect, it } from 'vitest';
import { categoryFromStatus, ERROR_CATEGORIES, isApiError, isRetryableCategory, normalizeError, normalizeResponse } from '../../src/core/index.js';
import type { ApiError, Dialect } from '../../src/core/index.js';

describe('status → category', () => {
  it.each([
    [400, 'bad-request'], [401, 'unauthenticated'], [403, 'forbidden'], [404, 'not-found'], [405, 'bad-request'],
    [406, 'bad-request'], [408, 'timeout'], [409, 'conflict'], [410, 'not-found'], [412, 'conflict'], [413, 'bad-request'],
    [415, 'bad-request'], [419, 'session-expired'], [422, 'validation'], [429, 'rate-limited'], [499, 'cancelled'], [500, 'server'],
    [501, 'server'], [502, 'unavailable'], [503, 'unavailable'], [504, 'timeout'], [520, 'server'], [522, 'timeout'], [599, 'timeout'], [0, 'network'],
  ] as const)('%d → %s', (status, category) => {
    expect(categoryFromStatus(status)).toBe(category);
    expect(normalizeError({ status, body: '' }).category).toBe(category);
  });
  it('2xx/3xx alone are not errors', () => {
    expect(categoryFromStatus(200)).toBeUndefined();
    expect(normalizeError({ status: 200, body: '{}' }).category).toBe('unknown');
  });
});

describe('retryable rule', () => {
  it.each(ERROR_CATEGORIES)('%s', (category) => {
    const expected = ['network', 'timeout', 'rate-limited', 'unavailable', 'server'].includes(category);
    expect(isRetryableCategory(category)).toBe(expected);
  });
  it('501 is never retryable', () => {
    expect(isRetryableCategory('server', 501)).toBe(false);
    expect(normalizeError({ status: 501, body: null }).retryable).toBe(false);
  });
  it.each([400, 401, 403, 404, 409, 422, 501])('%d is not retryable', (status) => {
    expect(normalizeError({ status, body: null }).retryable).toBe(false);
  });
  it.each([408, 429, 500, 502, 503, 504])('%d is retryable', (status) => {
    expect(normalizeError({ status, body: null }).retryable).toBe(true);
  });
});

describe('evidence order: documented code > status > text', () => {
  it('MicroStrategy ERR009 on a 401 is session-expired', () => {
    expect(normalizeError({ status: 401, body: { code: 'ERR009', message: 'Session timeout' } }).category).toBe('session-expired');
  });
  it('a bare 401 is unauthenticated', () => {
    expect(normalizeError({ status: 401 , body: null}).category).toBe('unauthenticated');
    expect(normalizeError({ status: 401, headers: {} }).category).toBe('unauthenticated');
  });
  it('401 with WWW-Authenticate invalid_token "expired" is session-expired (RFC 6750 §3)', () => {
    const e = normalizeError({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="example", error="invalid_token", error_description="The access token expired"' },
    });
    expect(e.category).toBe('session-expired');
  });
  it('401 with invalid_token that did not expire stays unauthenticated', () => {
    const e = normalizeError({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="The access token is malformed"' } });
    expect(e.category).toBe('unauthenticated');
  });
  it('status wins over text guesses: a 404 saying "timeout" is not-found', () => {
    expect(normalizeError({ status: 404, body: { message: 'Lookup timeout' } }).category).toBe('not-found');
  });
  it('400 with field errors is validation', () => {
    const e = normalizeError({ status: 400, body: { errors: [{ errorCode: 5000, message: 'validation error', subject: 'firstName' }] } });
    expect(e.category).toBe('validation');
  });
});

describe('inputs of every kind', () => {
  it('an ApiError is returned unchanged (same reference)', () => {
    const e = normalizeError({ status: 503, body: null });
    expect(normalizeError(e)).toBe(e);
    expect(isApiError(e)).toBe(true);
  });
  it('an ApiError after a JSON round trip is recognized', () => {
    const e = JSON.parse(JSON.stringify(normalizeError({ status: 404, body: null }))) as ApiError;
    expect(normalizeError(e)).toBe(e);
  });
  it('cause is kept but not serialized', () => {
    const input = { status: 500, body: null };
    const e = normalizeError(input);
    expect(e.cause).toBe(input);
    expect(JSON.stringify(e)).not.toContain('cause');
  });
  it.each([null, undefined, 0, 42, true, Symbol('s'), () => 1, [], {}, new Date(0), /x/])('%s → unknown', (v) => {
    const e = normalizeError(v);
    expect(e.category).toBe('unknown');
    expect(e.fieldErrors).toEqual([]);
    expect(e.retryable).toBe(false);
  });
  it('a string is kept as the message', () => {
    expect(normalizeError('Something broke')).toMatchObject({ category: 'unknown', message: 'Something broke', source: 'other' });
  });
  it('a JSON string is read as a body', () => {
    expect(normalizeError('{"code":"ERR009","message":"x"}').category).toBe('session-expired');
  });
  it('a plain Error keeps its message', () => {
    expect(normalizeError(new Error('boom'))).toMatchObject({ category: 'unknown', message: 'boom' });
  });
  it('an Error whose cause is a network failure is network', () => {
    expect(normalizeError(new Error('wrapped', { cause: new TypeError('Failed to fetch') })).category).toBe('network');
  });
  it('axios-style response object { status, data, headers }', () => {
    expect(normalizeError({ status: 404, data: { code: 'ERR004', message: 'x' }, headers: {} })).toMatchObject({ category: 'not-found', code: 'ERR004' });
  });
  it('header names are case-insensitive, Headers instances work', () => {
    const h = new Headers({ 'X-Request-Id': 'abc-123' });
    expect(normalizeError({ status: 500, headers: h }).referenceId).toBe('abc-123');
    expect(normalizeError({ status: 500, headers: { 'X-REQUEST-ID': 'def' } }).referenceId).toBe('def');
  });
  it('a body given as bytes is decoded', () => {
    const bytes = new TextEncoder().encode('{"code":"ERR0015","message":"Object already exists"}');
    expect(normalizeError({ status: 409, body: bytes }).category).toBe('conflict');
  });
  it('an HTML body never becomes the message', () => {
    const e = normalizeError({ status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>' });
    expect(e.category).toBe('unavailable');
    expect(e.message).toBeUndefined();
  });
  it('truncated JSON is read as text, not thrown', () => {
    const e = normalizeError({ status: 500, body: '{"error": {"code": "INTER' });
    expect(e.category).toBe('server');
  });
});

describe('custom dialects', () => {
  const mine: Dialect = {
    name: 'acme',
    detect: (b) => typeof b === 'object' && b !== null && 'acmeError' in b,
    map: (b) => ({ code: String((b as { acmeError: unknown }).acmeError), category: 'conflict' }),
  };
  it('are tried first and produce keys in their namespace', () => {
    const e = normalizeError({ status: 400, body: { acmeError: 'E42' } }, { dialects: [mine] });
    expect(e).toMatchObject({ dialect: 'acme', code: 'E42', category: 'conflict', messageKeys: ['acme.E42'] });
  });
  it('a dialect that throws is skipped', () => {
    const broken: Dialect = { name: 'broken', detect: () => true, map: () => { throw new Error('bug'); } };
    const e = normalizeError({ status: 404, body: { code: 'ERR004', message: 'x' } }, { dialects: [broken] });
    expect(e).toMatchObject({ category: 'not-found', dialect: 'microstrategy' });
  });
});

describe('normalizeResponse', () => {
  it('reads a Response body once', async () => {
    const res = new Response('{"error_code": 8, "error_message": "Auth token is expired.", "details": null}', { status: 401, headers: { 'x-request-id': 'r-1' } });
    const e = await normalizeResponse(res);
    expect(e).toMatchObject({ category: 'session-expired', code: '8', referenceId: 'r-1', status: 401 });
    expect(res.bodyUsed).toBe(true);
  });
  it('never rejects, even for a used body', async () => {
    const res = new Response('x', { status: 500 });
    await res.text();
    await expect(normalizeResponse(res)).resolves.toMatchObject({ category: 'server' });
  });
});
