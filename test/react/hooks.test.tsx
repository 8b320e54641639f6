import '@testing-library/jest-dom/vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApiError, useFieldErrors, useRetryable } from '../../src/index.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const FAKE: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };
const flush = () => act(async () => { await Promise.resolve(); await Promise.resolve(); });

describe('useApiError', () => {
  it('is null for null and a model otherwise', () => {
    expect(renderHook(() => useApiError(null)).result.current).toBeNull();
    const m = renderHook(() => useApiError({ status: 429, headers: { 'retry-after': '2', 'x-request-id': 'r1' }, body: null })).result.current;
    expect(m).toMatchObject({ category: 'rate-limited', severity: 'warning', referenceId: 'r1', retry: { retryable: true, retryAfterMs: 2000, seconds: 2 } });
    expect(m?.actions).toEqual(['retry', 'copy-reference', 'dismiss']);
  });
});

describe('useFieldErrors', () => {
  it('groups by field and adapts to react-hook-form setError', () => {
    const error = { status: 422, body: { message: 'x', errors: { email: ['bad'], 'address.city': ['required'], '': ['whole form'] } } };
    const { result } = renderHook(() => useFieldErrors(error));
    expect(result.current.hasErrors).toBe(true);
    expect(Object.keys(result.current.byField).sort()).toEqual(['address.city', 'email']);
    expect(result.current.get('email')).toHaveLength(1);
    expect(result.current.get('nope')).toEqual([]);
    const pairs = result.current.toFormErrors();
    expect(pairs.map(([n]) => n)).toEqual(['email', 'address.city', 'root.server']);
    for (const [, e] of pairs) expect(e.type).toBe('server');
  });
  it('no errors for null', () => {
    expect(renderHook(() => useFieldErrors(null)).result.current.hasErrors).toBe(false);
  });
});

describe('useRetryable', () => {
  it('waits exactly what the server asked, counting down, then succeeds', async () => {
    vi.useFakeTimers(FAKE);
    let calls = 0;
    const action = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw { status: 503, headers: { 'retry-after': '2' }, body: null };
      return 'ok';
    });
    const { result } = renderHook(() => useRetryable(action));
    act(() => result.current.run());
    await flush();
    expect(result.current.state).toBe('waiting');
    expect(result.current.secondsLeft).toBe(2);
    expect(result.current.error?.retryAfterMs).toBe(2000);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.secondsLeft).toBe(1);
    act(() => vi.advanceTimersByTime(999));
    expect(action).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(1));
    await flush();
    expect(action).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ state: 'success', data: 'ok', attempt: 2 });
  });

  it('never retries what cannot succeed (400)', async () => {
    const onError = vi.fn();
    const action = vi.fn(async () => {
      throw { status: 400, body: null };
    });
    const { result } = renderHook(() => useRetryable(action, { onError }));
    act(() => result.current.run());
    await flush();
    expect(result.current.state).toBe('error');
    expect(action).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ category: 'bad-request' }));
  });

  it('gives up after `retries` with exponential backoff', async () => {
    vi.useFakeTimers(FAKE);
    const action = vi.fn(async () => {
      throw { status: 500, body: null };
    });
    const { result } = renderHook(() => useRetryable(action, { retries: 2, baseDelayMs: 100 }));
    act(() => result.current.run());
    await flush();
    act(() => vi.advanceTimersByTime(100));
    await flush();
    expect(action).toHaveBeenCalledTimes(2);
    act(() => vi.advanceTimersByTime(199));
    await flush();
    expect(action).toHaveBeenCalledTimes(2);
    act(() => vi.advanceTimersByTime(1));
    await flush();
    expect(action).toHaveBeenCalledTimes(3);
    expect(result.current.state).toBe('error');
  });

  it('retry() skips the wait; cancel() aborts the signal', async () => {
    vi.useFakeTimers(FAKE);
    const signals: AbortSignal[] = [];
    const action = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return signals.length === 1 ? Promise.reject(new TypeError('Failed to fetch')) : new Promise<string>(() => undefined);
    });
    const { result } = renderHook(() => useRetryable(action));
    act(() => result.current.run());
    await flush();
    expect(result.current.state).toBe('waiting');
    act(() => result.current.retry());
    expect(action).toHaveBeenCalledTimes(2);
    expect(result.current.state).toBe('pending');
    act(() => result.current.cancel());
    expect(signals[1]?.aborted).toBe(true);
    expect(result.current.state).toBe('idle');
  });

  it('unmount aborts in-flight work and clears timers', async () => {
    vi.useFakeTimers(FAKE);
    const signals: AbortSignal[] = [];
    const action = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return Promise.reject({ status: 503, headers: { 'retry-after': '5' } });
    });
    const { result, unmount } = renderHook(() => useRetryable(action));
    act(() => result.current.run());
    await flush();
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(signals[0]?.aborted).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
