/**
 * The framework-free state behind `ApiErrorProvider`: the one session-expired prompt and the
 * non-blocking notices (background failures). React subscribes with `useSyncExternalStore`;
 * the react-query entry reports into it from `QueryCache`/`MutationCache` `onError`.
 *
 * Why a store and not React state: many requests fail at the same moment (a session expiry fails
 * every query at once). Deduplication has to happen synchronously, outside render, or each
 * failure would open its own dialog.
 */
import { normalizeError } from './normalize.js';
import type { ApiError, NormalizeOptions } from './types.js';

/** A non-blocking error shown once (for example a background refetch that failed). */
export interface ApiErrorNotice {
  /** Stable id (dedupe key). */
  id: string;
  error: ApiError;
  /** How many failures were folded into this notice. */
  count: number;
}

export interface ApiErrorStoreState {
  /** The session expiry waiting for the person to sign in again, or null. */
  sessionExpired: ApiError | null;
  /** Non-blocking notices, oldest first. */
  notices: readonly ApiErrorNotice[];
}

export type ReportKind = 'background' | 'mutation' | 'query';

export interface ReportOptions {
  /** Where the error came from. 'background' failures become one non-blocking notice. */
  kind?: ReportKind;
  /** Dedupe key for notices; default: category + status + code. */
  key?: string;
}

type Listener = () => void;

export interface ApiErrorStoreOptions {
  /**
   * Treat `unauthenticated` (a plain 401) as an expired session: it opens the sign-in prompt too.
   * For APIs that answer 401 with nothing more when a session ends. Default false.
   */
  unauthenticatedExpiresSession?: boolean;
  /** The most notices kept at once; the oldest give way to new ones. Default 20. */
  maxNotices?: number;
}

export class ApiErrorStore {
  private state: ApiErrorStoreState = { sessionExpired: null, notices: [] };
  private readonly listeners = new Set<Listener>();
  private readonly restoreListeners = new Set<Listener>();
  private readonly options: NormalizeOptions;
  private readonly expiresOn401: boolean;
  private readonly maxNotices: number;

  constructor(options: NormalizeOptions = {}, storeOptions: ApiErrorStoreOptions = {}) {
    this.options = options;
    this.expiresOn401 = storeOptions.unauthenticatedExpiresSession === true;
    const max = storeOptions.maxNotices;
    this.maxNotices = typeof max === 'number' && max >= 1 ? Math.floor(max) : 20;
  }

  /** Whether an error opens the sign-in prompt: a session expiry, and a plain 401 when the store was told so. */
  isSessionExpiry(e: ApiError): boolean {
    return e.category === 'session-expired' || (this.expiresOn401 && e.category === 'unauthenticated');
  }

  getState = (): ApiErrorStoreState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called after the person signed in again (see `resolveSession`): refetch what failed. */
  onSessionRestored(listener: Listener): () => void {
    this.restoreListeners.add(listener);
    return () => this.restoreListeners.delete(listener);
  }

  private set(next: Partial<ApiErrorStoreState>): void {
    this.state = { ...this.state, ...next };
    for (const l of [...this.listeners]) l();
  }

  /**
   * Report any error. A session expiry opens the sign-in prompt once (later ones while it is open
   * are folded in); a background failure becomes a notice (repeated ones are counted, not stacked).
   * Returns the normalized error.
   */
  report(error: unknown, options: ReportOptions = {}): ApiError {
    const e = normalizeError(error, this.options);
    if (this.isSessionExpiry(e)) {
      if (this.state.sessionExpired === null) this.set({ sessionExpired: e });
      return e;
    }
    if (options.kind === 'background') {
      const id = options.key ?? `${e.category}:${e.status ?? ''}:${e.code ?? ''}`;
      const existing = this.state.notices.find((n) => n.id === id);
      const notices = existing
        ? this.state.notices.map((n) => (n.id === id ? { ...n, error: e, count: n.count + 1 } : n))
        : [...this.state.notices, { id, error: e, count: 1 }];
      // However many queries fail at once, the list stays short: the oldest notices give way.
      this.set({ notices: notices.length > this.maxNotices ? notices.slice(notices.length - this.maxNotices) : notices });
    }
    return e;
  }

  /** Open the session-expired prompt (once). */
  expireSession(error?: unknown): void {
    if (this.state.sessionExpired !== null) return;
    const e = normalizeError(error ?? { status: 401 }, this.options);
    this.set({ sessionExpired: e.category === 'session-expired' ? e : { ...e, category: 'session-expired', retryable: false } });
  }

  /** The person signed in again: close the prompt and tell listeners to refetch. */
  resolveSession(): void {
    if (this.state.sessionExpired === null) return;
    this.set({ sessionExpired: null });
    for (const l of [...this.restoreListeners]) l();
  }

  /** Close the prompt without signing in (the person chose "Not now"). */
  dismissSession(): void {
    if (this.state.sessionExpired !== null) this.set({ sessionExpired: null });
  }

  dismissNotice(id: string): void {
    if (this.state.notices.some((n) => n.id === id)) this.set({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  clearNotices(): void {
    if (this.state.notices.length > 0) this.set({ notices: [] });
  }
}

export function createApiErrorStore(options?: NormalizeOptions, storeOptions?: ApiErrorStoreOptions): ApiErrorStore {
  return new ApiErrorStore(options, storeOptions);
}
