import { describe, expect, it } from 'vitest';
import { headerLookup } from '../../src/core/headers.js';
import { clampDelay, parseRateLimitStructured, parseReset, parseRetryAfter, retryAfterFromHeaders } from '../../src/core/retry-after.js';
import { normalizeError } from '../../src/core/index.js';

const NOW = Date.parse('2015-10-21T07:28:00Z');

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['1.5', 1500],
    ['  30  ', 30_000],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000], // IMF-fixdate, the RFC's own example date
    ['Wednesday, 21-Oct-15 07:29:00 GMT', 60_000], // obsolete RFC 850 form
  ])('%s → %d ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it('reads the asctime form (no zone: the engine reads it as local time)', () => {
    const ms = parseRetryAfter('Wed Oct 21 07:28:10 2015', NOW);
    expect(ms).toBeTypeOf('number');
    expect(ms as number).toBeGreaterThanOrEqual(0);
  });

  it('an HTTP-date in the past (clock skew) gives 0', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', NOW)).toBe(0);
  });

  it.each(['', '-5', 'soon', '1e3', '.5', '5.', '1.2.3', 'NaN', 'Infinity', '0x10', '9'.repeat(100)])('ignores %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it('undefined stays undefined', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});

describe('parseReset', () => {
  it('delta-seconds', () => expect(parseReset('60', NOW)).toBe(60_000));
  it('epoch seconds (GitHub x-ratelimit-reset)', () => expect(parseReset(String(NOW / 1000 + 42), NOW)).toBe(42_000));
  it('epoch seconds with a fraction (Discord)', () => expect(parseReset(String(NOW / 1000 + 1.5), NOW)).toBe(1500));
  it('epoch milliseconds', () => expect(parseReset(String(NOW + 2500), NOW)).toBe(2500));
  it('an epoch in the past gives 0', () => expect(parseReset(String(NOW / 1000 - 100), NOW)).toBe(0));
  it('garbage is ignored', () => expect(parseReset('tomorrow', NOW)).toBeUndefined());
});

describe('IETF RateLimit structured header', () => {
  it('reads reset=', () => expect(parseRateLimitStructured('limit=100, remaining=0, reset=50')).toBe(50_000));
  it('reads t= (draft-08)', () => expect(parseRateLimitStructured('"default";r=0;t=10')).toBe(10_000));
  it('no reset member', () => expect(parseRateLimitStructured('limit=100, remaining=0')).toBeUndefined());
});

describe('clampDelay', () => {
  it('clamps to the maximum', () => expect(clampDelay(10 * 86_400_000, 86_400_000)).toBe(86_400_000));
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 1e15])('ignores %d', (v) => expect(clampDelay(v)).toBeUndefined());
  it('rounds', () => expect(clampDelay(1499.6)).toBe(1500));
});

describe('retryAfterFromHeaders', () => {
  it('prefers retry-after-ms over Retry-After', () => {
    expect(retryAfterFromHeaders(headerLookup({ 'retry-after-ms': '250', 'retry-after': '3' }), NOW, false)).toBe(250);
  });
  it('uses reset headers only when asked (rate limited)', () => {
    const h = headerLookup({ 'x-ratelimit-reset': '30' });
    expect(retryAfterFromHeaders(h, NOW, false)).toBeUndefined();
    expect(retryAfterFromHeaders(h, NOW, true)).toBe(30_000);
  });
});

describe('retryAfterMs in normalizeError', () => {
  const now = () => NOW;
  it('takes the clock as a function, a number or a Date; a broken clock falls back to the real one', () => {
    const input = { status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:29:00 GMT' } };
    expect(normalizeError(input, { now: NOW }).retryAfterMs).toBe(60_000);
    expect(normalizeError(input, { now: new Date(NOW) }).retryAfterMs).toBe(60_000);
    expect(normalizeError(input, { now: new Date(NOW + 30_000) }).retryAfterMs).toBe(30_000);
    // A date in 2015 is long past by the real clock: 0, never negative.
    expect(normalizeError(input, { now: new Date(Number.NaN) }).retryAfterMs).toBe(0);
    expect(normalizeError(input, { now: () => { throw new Error('no clock'); } }).retryAfterMs).toBe(0);
  });
  it('503 + Retry-After seconds', () => {
    expect(normalizeError({ status: 503, headers: { 'Retry-After': '7' } }, { now }).retryAfterMs).toBe(7000);
  });
  it('429 + HTTP-date', () => {
    expect(normalizeError({ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:29:00 GMT' } }, { now }).retryAfterMs).toBe(60_000);
  });
  it('absurd Retry-After is clamped to maxRetryAfterMs', () => {
    expect(normalizeError({ status: 503, headers: { 'retry-after': '99999999' } }, { now, maxRetryAfterMs: 60_000 }).retryAfterMs).toBe(60_000);
  });
  it('negative Retry-After is ignored', () => {
    expect(normalizeError({ status: 503, headers: { 'retry-after': '-10' } }, { now }).retryAfterMs).toBeUndefined();
  });
  it('429 with X-RateLimit-Reset epoch', () => {
    const e = normalizeError({ status: 429, headers: { 'x-ratelimit-reset': String(NOW / 1000 + 90) } }, { now });
    expect(e).toMatchObject({ category: 'rate-limited', retryable: true, retryAfterMs: 90_000 });
  });
  it('403 with X-RateLimit-Remaining: 0 is rate-limited (GitHub primary rate limit)', () => {
    const e = normalizeError({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 5) } }, { now });
    expect(e).toMatchObject({ category: 'rate-limited', retryAfterMs: 5000 });
  });
  it('a throwing clock does not make normalizeError throw', () => {
    const e = normalizeError({ status: 503, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:29:00 GMT' } }, { now: () => { throw new Error('clock'); } });
    expect(e.category).toBe('unavailable');
  });
});
