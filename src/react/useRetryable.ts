'use client';
/**
 * `useRetryable(action, options)`: runs an async action and retries it the way the server asked —
 * only what can succeed (`retryable`), after exactly `retryAfterMs` when the server sent one,
 * otherwise with exponential backoff. Aborts in-flight work and clears timers on unmount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { normalizeError } from '../core/index.js';
import type { ApiError, NormalizeOptions } from '../core/index.js';

export type RetryableState = 'idle' | 'pending' | 'waiting' | 'error' | 'success';

export interface UseRetryableOptions<T> {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** Backoff base when the server gave no delay (default 1000 ms), doubled each attempt, capped at maxDelayMs. */
  baseDelayMs?: number;
  /** Longest wait, also for server-given delays (default 30 000 ms). */
  maxDelayMs?: number;
  /** Run on mount (default false). */
  immediate?: boolean;
  onSuccess?: (data: T) => void;
  onError?: (error: ApiError) => void;
  normalizeOptions?: NormalizeOptions;
}

export interface UseRetryableResult<T> {
  state: RetryableState;
  data: T | undefined;
  error: ApiError | null;
  /** 1 for the first attempt. */
  attempt: number;
  /** Seconds until the next attempt while `waiting`. */
  secondsLeft: number;
  /** Start (or restart) from the first attempt. */
  run: () => void;
  /** Try again now, skipping any wait. */
  retry: () => void;
  /** Abort the attempt in flight and stop waiting. */
  cancel: () => void;
}

export function useRetryable<T>(action: (signal: AbortSignal) => Promise<T>, options: UseRetryableOptions<T> = {}): UseRetryableResult<T> {
  const [state, setState] = useState<RetryableState>('idle');
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(0);

  const actionRef = useRef(action);
  const optionsRef = useRef(options);
  useEffect(() => {
    actionRef.current = action;
    optionsRef.current = options;
  });
  const controller = useRef<AbortController | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const attemptRef = useRef(0);
  const mounted = useRef(true);
  /** The latest `attemptOnce`, for the retry timer (a callback cannot name itself). */
  const next = useRef<() => void>(() => undefined);

  const clearTimers = useCallback(() => {
    for (const t of timers.current) clearTimeout(t);
    timers.current = [];
  }, []);

  const attemptOnce = useCallback((): void => {
    clearTimers();
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    attemptRef.current += 1;
    const n = attemptRef.current;
    setAttempt(n);
    setState('pending');
    setSecondsLeft(0);
    actionRef.current(ac.signal).then(
      (value) => {
        if (!mounted.current || ac.signal.aborted) return;
        setData(value);
        setError(null);
        setState('success');
        optionsRef.current.onSuccess?.(value);
      },
      (reason: unknown) => {
        if (!mounted.current || ac.signal.aborted) return;
        const o = optionsRef.current;
        const e = normalizeError(reason, o.normalizeOptions);
        setError(e);
        const retries = o.retries ?? 3;
        if (!e.retryable || n > retries) {
          setState('error');
          o.onError?.(e);
          return;
        }
        const max = o.maxDelayMs ?? 30_000;
        const delay = Math.min(e.retryAfterMs ?? (o.baseDelayMs ?? 1000) * 2 ** (n - 1), max);
        setState('waiting');
        let left = Math.ceil(delay / 1000);
        setSecondsLeft(left);
        for (let s = 1; s < left; s++) {
          timers.current.push(setTimeout(() => mounted.current && setSecondsLeft(--left), s * 1000));
        }
        timers.current.push(setTimeout(() => mounted.current && next.current(), delay));
      },
    );
  }, [clearTimers]);

  useEffect(() => {
    next.current = attemptOnce;
  }, [attemptOnce]);

  const run = useCallback(() => {
    attemptRef.current = 0;
    attemptOnce();
  }, [attemptOnce]);

  const retry = useCallback(() => attemptOnce(), [attemptOnce]);

  const cancel = useCallback(() => {
    clearTimers();
    controller.current?.abort();
    setSecondsLeft(0);
    setState((s) => (s === 'pending' || s === 'waiting' ? 'idle' : s));
  }, [clearTimers]);

  useEffect(() => {
    mounted.current = true;
    if (optionsRef.current.immediate) run();
    return () => {
      mounted.current = false;
      clearTimers();
      controller.current?.abort();
    };
  }, [run, clearTimers]);

  return { state, data, error, attempt, secondsLeft, run, retry, cancel };
}
