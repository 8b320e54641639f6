/**
 * The framework-free state behind `ApiErrorProvider`: the one session-expired prompt, the
 * non-blocking notices (background failures, mutation errors routed there) and error reporting
 * (`onError`: each error once, for Sentry, OpenTelemetry or logs). React subscribes with
 * `useSyncExternalStore`; the react-query entry reports into it from its cache subscriptions.
 *
 * Why a store and not React state: many requests fail at the same moment (a session expiry fails
 * every query at once). Deduplication has to happen synchronously, outside render, or each
 * failure would open its own dialog.
 */
import { normalizeError } from './normalize.js';
import type { ApiError, NormalizeOptions } from './types.js';

/** Where an error came from. */
export type ReportKind = 'background' | 'mutation' | 'query' | 'boundary' | 'route';

/** A non-blocking error shown once (for example a background refetch that failed). */
export interface ApiErrorNotice {
  /** Stable id (dedupe key): the same failure again is folded into this notice. */
  id: string;
  /** The latest failure folded in. */
  error: ApiError;
  /** How many failures were folded into this notice. */
  count: number;
  /** Where it came from: 'background' (a refetch of data already shown), 'mutation', … */
  kind: ReportKind | 'report';
  /**
   * Asks something of the person, so it stays until dismissed: a mutation that failed (what they
   * did was not saved) or an error a retry cannot fix. Non-blocking notices may time out.
   */
  blocking: boolean;
  /** "Try again" can re-run what failed (`store.retryNotice(id)`): a retry function came with it and the error is retryable. */
  canRetry: boolean;
  /** True while `retryNotice(id)` runs. */
  retrying: boolean;
}

export interface ApiErrorStoreState {
  /** The session expiry waiting for the person to sign in again, or null. */
  sessionExpired: ApiError | null;
  /** Notices, oldest first. */
  notices: readonly ApiErrorNotice[];
}

export interface ReportOptions {
  /**
   * Where the error came from. 'background' and 'mutation' become a notice (repeated ones are
   * counted, not stacked); 'query', 'boundary' and 'route' are shown where they happened and only
   * reach `onError`. Without a kind: `onError` only.
   */
  kind?: ReportKind;
  /** Dedupe key for the notice; default: kind + category + status + code. */
  key?: string;
  /**
   * Re-runs what failed, for the notice's "Try again" (`store.retryNotice(id)`). It may return a
   * promise: fulfilled means it worked (the notice closes), rejected that it failed again.
   */
  retry?: () => unknown;
  /** Make a notice of it, or not, whatever the kind (default: true for 'background' and 'mutation'). */
  notice?: boolean;
}

/** What `onError` receives: one report per error occurrence. */
export interface ApiErrorReport {
  /** The normalized error. */
  error: ApiError;
  /** The id a person gives support (`error.referenceId`), to tag the event with. */
  referenceId: string | undefined;
  /**
   * Where it came from: the kind it was reported with (react-query wiring: 'query', 'background',
   * 'mutation'; `ApiErrorBoundary`: 'boundary'; `RouteErrorBanner`: 'route'), 'report' for
   * `store.report(e)` without a kind, 'component' for an error a component showed that nobody reported.
   */
  source: ReportKind | 'report' | 'component';
  /**
   * Whether a person saw it: a component of this library (banner, field list, notice, dialog,
   * boundary fallback, or your own UI through `useApiError`) displayed it within `shownWithinMs`.
   */
  shown: boolean;
  /** What was thrown or reported, as it was (an Error keeps its stack). */
  cause: unknown;
}

export type ApiErrorReportListener = (report: ApiErrorReport) => void;

type Listener = () => void;

export interface ApiErrorStoreOptions {
  /**
   * Treat `unauthenticated` (a plain 401) as an expired session: it opens the sign-in prompt too.
   * For APIs that answer 401 with nothing more when a session ends. Default false.
   */
  unauthenticatedExpiresSession?: boolean;
  /** The most notices kept at once; the oldest give way to new ones. Default 20. */
  maxNotices?: number;
  /**
   * Called once per error occurrence (the same thrown value reported, shown or refetched from
   * several places counts once), with the normalized error, its reference id and whether a person
   * saw it. A listener that throws is logged, never rethrown into the app. More: `store.onError()`.
   */
  onError?: ApiErrorReportListener;
  /**
   * How long a reported error waits for a component to show it before `onError` gets it with
   * `shown: false` (ms, default 1000). A shown error is handed over at once.
   */
  shownWithinMs?: number;
}

/** An error waiting for `onError`. */
interface Pending {
  cause: unknown;
  error: ApiError;
  source: ApiErrorReport['source'];
  due: number;
  session: boolean;
  done: boolean;
}

/** The most errors waiting for `onError` at once; beyond, the oldest are handed over (unshown). */
const MAX_PENDING = 1000;

export class ApiErrorStore {
  private state: ApiErrorStoreState = { sessionExpired: null, notices: [] };
  private readonly listeners = new Set<Listener>();
  private readonly restoreListeners = new Set<Listener>();
  private readonly reportListeners = new Set<ApiErrorReportListener>();
  /** Retry functions by notice id (kept out of the state, which stays plain data). */
  private readonly retries = new Map<string, () => unknown>();
  /** Reported errors not yet handed to `onError`, oldest first; and the same by thrown value and by normalized error. */
  private pending: Pending[] = [];
  private readonly waiting = new Map<unknown, Pending>();
  private readonly aliases = new WeakMap<object, Pending>();
  /** What `onError` already had (objects; a primitive cannot be told apart from its next occurrence). */
  private readonly delivered = new WeakSet<object>();
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private readonly options: NormalizeOptions;
  private readonly expiresOn401: boolean;
  private readonly maxNotices: number;
  private readonly shownWithinMs: number;

  constructor(options: NormalizeOptions = {}, storeOptions: ApiErrorStoreOptions = {}) {
    this.options = options;
    this.expiresOn401 = storeOptions.unauthenticatedExpiresSession === true;
    const max = storeOptions.maxNotices;
    this.maxNotices = typeof max === 'number' && max >= 1 ? Math.floor(max) : 20;
    const within = storeOptions.shownWithinMs;
    this.shownWithinMs = typeof within === 'number' && within >= 0 ? within : 1000;
    if (typeof storeOptions.onError === 'function') this.reportListeners.add(storeOptions.onError);
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

  /** Add an `onError` listener (see `ApiErrorStoreOptions.onError`). Returns a function that removes it. */
  onError(listener: ApiErrorReportListener): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  private set(next: Partial<ApiErrorStoreState>): void {
    this.state = { ...this.state, ...next };
    for (const l of [...this.listeners]) l();
  }

  /**
   * Report any error. A session expiry opens the sign-in prompt once (later ones while it is open
   * are folded in); a background failure or a mutation error becomes a notice (repeated ones are
   * counted, not stacked). Every report reaches `onError` once. Returns the normalized error.
   */
  report(error: unknown, options: ReportOptions = {}): ApiError {
    const e = normalizeError(error, this.options);
    const session = this.isSessionExpiry(e);
    this.track(error, e, options.kind ?? 'report', session);
    if (session) {
      if (this.state.sessionExpired === null) this.set({ sessionExpired: e });
      return e;
    }
    const kind = options.kind;
    if (options.notice ?? (kind === 'background' || kind === 'mutation')) this.addNotice(e, options);
    return e;
  }

  private addNotice(e: ApiError, options: ReportOptions): void {
    const kind: ApiErrorNotice['kind'] = options.kind ?? 'report';
    const id = options.key ?? `${kind}:${e.category}:${e.status ?? ''}:${e.code ?? ''}`;
    if (options.retry) this.retries.set(id, options.retry);
    const canRetry = e.retryable && this.retries.has(id);
    const blocking = kind === 'mutation' || !e.retryable;
    const existing = this.state.notices.find((n) => n.id === id);
    const notices: ApiErrorNotice[] = existing
      ? this.state.notices.map((n) => (n.id === id ? { ...n, error: e, count: n.count + 1, kind, blocking, canRetry } : n))
      : [...this.state.notices, { id, error: e, count: 1, kind, blocking, canRetry, retrying: false }];
    // However many queries fail at once, the list stays short: the oldest notices give way.
    const kept = notices.length > this.maxNotices ? notices.slice(notices.length - this.maxNotices) : notices;
    if (kept.length < notices.length) for (const n of notices.slice(0, notices.length - kept.length)) this.retries.delete(n.id);
    this.set({ notices: kept });
  }

  /**
   * "Try again" on a notice: runs its retry function. Resolves true when it worked (the notice
   * closes), false when it failed again (a new failure reported with the same key is folded into
   * the notice) or the notice cannot be retried. Never rejects.
   */
  async retryNotice(id: string): Promise<boolean> {
    const run = this.retries.get(id);
    const notice = this.state.notices.find((n) => n.id === id);
    if (!run || !notice || notice.retrying) return false;
    this.patchNotice(id, { retrying: true });
    try {
      await run();
    } catch {
      this.patchNotice(id, { retrying: false });
      return false;
    }
    this.dismissNotice(id);
    return true;
  }

  private patchNotice(id: string, patch: Partial<ApiErrorNotice>): void {
    if (this.state.notices.some((n) => n.id === id)) this.set({ notices: this.state.notices.map((n) => (n.id === id ? { ...n, ...patch } : n)) });
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
    this.retries.delete(id);
    if (this.state.notices.some((n) => n.id === id)) this.set({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  clearNotices(): void {
    this.retries.clear();
    if (this.state.notices.length > 0) this.set({ notices: [] });
  }

  /**
   * A person sees this error now (the library's components call it when they display one; call it
   * from UI of your own that does not go through `useApiError`). Hands it to `onError` at once with
   * `shown: true`, unless `onError` already had it. `normalized`: its `ApiError`, when you have it.
   */
  markShown(error: unknown, normalized?: ApiError): void {
    if (this.reportListeners.size === 0 || error === null || error === undefined) return;
    const entry = this.waiting.get(error) ?? (isObject(error) ? this.aliases.get(error) : undefined) ?? (normalized ? this.aliases.get(normalized) : undefined);
    if (entry) {
      this.deliver(entry, true);
      // The prompt speaks for every session expiry folded into it.
      if (entry.session) for (const p of this.pending) if (p.session && !p.done) this.deliver(p, true);
      return;
    }
    if ((isObject(error) && this.delivered.has(error)) || (normalized && this.delivered.has(normalized))) return;
    const e = normalized ?? normalizeError(error, this.options);
    if (this.delivered.has(e)) return;
    this.remember(error, e);
    this.emit({ error: e, referenceId: e.referenceId, source: 'component', shown: true, cause: error });
  }

  /** A reported error waits (up to `shownWithinMs`) for a component to show it. */
  private track(cause: unknown, e: ApiError, source: ApiErrorReport['source'], session: boolean): void {
    if (this.reportListeners.size === 0) return;
    if ((isObject(cause) && this.delivered.has(cause)) || this.delivered.has(e) || this.waiting.has(cause)) return;
    const entry: Pending = { cause, error: e, source, due: Date.now() + this.shownWithinMs, session, done: false };
    this.pending.push(entry);
    this.waiting.set(cause, entry);
    if (e !== cause) this.aliases.set(e, entry);
    if (this.waiting.size > MAX_PENDING) {
      // Oldest first: what was shown meanwhile has left already.
      while (this.pending[0]?.done) this.pending.shift();
      const oldest = this.pending[0];
      if (oldest) this.deliver(oldest, false);
    }
    if (this.pending.length > 2 * MAX_PENDING) this.pending = this.pending.filter((p) => !p.done);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const next = this.pending.find((p) => !p.done);
    if (!next) {
      this.pending = [];
      return;
    }
    this.timer = setTimeout(() => this.flush(), Math.max(0, next.due - Date.now()));
    // In Node, a report waiting for its deadline does not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }

  private flush(): void {
    this.timer = undefined;
    const now = Date.now();
    for (const p of this.pending) if (!p.done && p.due <= now) this.deliver(p, false);
    this.pending = this.pending.filter((p) => !p.done);
    this.schedule();
  }

  private deliver(entry: Pending, shown: boolean): void {
    if (entry.done) return;
    entry.done = true;
    this.waiting.delete(entry.cause);
    this.remember(entry.cause, entry.error);
    this.emit({ error: entry.error, referenceId: entry.error.referenceId, source: entry.source, shown, cause: entry.cause });
  }

  private remember(cause: unknown, e: ApiError): void {
    if (isObject(cause)) this.delivered.add(cause);
    this.delivered.add(e);
  }

  private emit(report: ApiErrorReport): void {
    for (const l of [...this.reportListeners]) {
      try {
        l(report);
      } catch (thrown) {
        // Reporting must never break the app it reports on.
        console.error('react-api-errors: an onError listener threw (the app goes on):', thrown);
      }
    }
  }
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

export function createApiErrorStore(options?: NormalizeOptions, storeOptions?: ApiErrorStoreOptions): ApiErrorStore {
  return new ApiErrorStore(options, storeOptions);
}
