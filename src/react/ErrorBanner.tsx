'use client';
/**
 * `<ErrorBanner error={anything} />`: icon, localized title and message, actions (retry with a live
 * countdown when the server asked to wait, dismiss, sign in again) and a collapsed "Technical
 * details" disclosure — the only place the server's own text and code appear, always as plain text.
 * With `retrying` it says that automatic retries are under way (attempt n of m, seconds to the next
 * try); the countdown is announced once per attempt, not every second.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useApiErrorContext } from './ApiErrorProvider.js';
import { SeverityIcon } from './Icon.js';
import { s, srOnly, sx, themeVars } from './styles.js';
import { useApiError } from './useApiError.js';
import { useSignIn } from './useSignIn.js';

/**
 * Automatic retries under way, for `ErrorBanner`'s `retrying` prop. `retryStatus(query)` from
 * `react-api-errors/react-query` reads it from a query; `useRetryable` gives `attempt` and
 * `secondsLeft` to build one.
 */
export interface RetryProgress {
  /** The retry under way or being waited for: 1 for the first retry (the second request). */
  attempt: number;
  /** How many retries the rules allow. */
  maxAttempts: number;
  /** When the next try starts (ms since epoch). Absent, or in the past, while it runs. */
  nextRetryAt?: number;
}

/** Props of `<ErrorBanner>`. */
export interface ErrorBannerProps {
  /** Anything `normalizeError` accepts (a response snapshot, a thrown fetch/axios/ky/… error, a GraphQL body) or an `ApiError`. Nothing renders for `null`/`undefined`. */
  error: unknown;
  /** Shows a "Try again" action when the error is retryable (disabled, with a live countdown, while the server asked to wait). */
  onRetry?: () => void;
  /** Shows a "Dismiss" action; the banner does not hide itself: remove it (or clear the error) here. */
  onDismiss?: () => void;
  /** Overrides the provider's `onSignIn` for this banner. A "Sign in again" action shows for session and authentication errors when either is set. */
  onSignIn?: () => void | Promise<void>;
  /**
   * Automatic retries under way (`retryStatus(query)` from `react-api-errors/react-query`): the
   * banner says so (attempt n of m, seconds to the next try) and hides its own "Try again" until
   * they end. `undefined`/`null`: no retry under way.
   */
  retrying?: RetryProgress | null;
  /** Override the wait before retrying (ms); default: the server's `retryAfterMs`. */
  retryAfterMs?: number;
  /** `role="alert"` (interrupts) when true, a polite `role="status"` otherwise. Default: true unless a retry can fix it. */
  blocking?: boolean;
  /** Replaces the localized title (the first line, in bold). Default: the text for the error's code, status or category. */
  title?: ReactNode;
  /** Replaces the localized message under the title (what happened and what to do next). Default: the text for the error's code, status or category. The server's own text never shows here: it stays in the technical details. */
  message?: ReactNode;
  /** Shows the collapsed "Technical details" disclosure: code, status, the server's message (as plain text) and the reference id with a copy button. Default true. */
  showDetails?: boolean;
  /** Drops all built-in styles (class names and `data-category`/`data-severity`/`data-state` stay) so your own CSS takes over. */
  unstyled?: boolean;
  /** A class added after `rae-banner` on the banner's root element, for your own CSS. */
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Seconds left to a deadline: `endAt`, or `ms` from when `key` (or `ms`) last changed — state set
 * during render, so server and client render the same first frame. `first` is the count when the
 * deadline was set: what a screen reader hears, once (the ticking figure is hidden from it, so a
 * live region does not announce every second).
 */
function useCountdown(key: unknown, ms: number | undefined, endAt?: number): { left: number; first: number } {
  const make = () => {
    const end = endAt ?? Date.now() + (ms ?? 0);
    const first = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    return { key, ms, end, first, left: first };
  };
  const [c, setC] = useState(make);
  if (c.key !== key || c.ms !== ms) setC(make());
  const { end, first } = c;
  useEffect(() => {
    if (first <= 0) return undefined;
    const id = setInterval(() => {
      const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setC((x) => (x.end === end && x.left !== left ? { ...x, left } : x));
      if (left === 0) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [end, first]);
  return c.key === key && c.ms === ms ? c : { left: 0, first: 0 };
}

export function ErrorBanner(props: ErrorBannerProps): ReactNode {
  const model = useApiError(props.error);
  const { texts, dir, theme } = useApiErrorContext();
  const signIn = useSignIn(props.onSignIn);
  const titleId = useId();
  const t = texts.t;

  const waitMs = props.retryAfterMs ?? model?.retry.retryAfterMs;
  // The countdown restarts whenever a new error (or wait) arrives.
  const countdown = useCountdown(model?.error, waitMs);
  const left = countdown.left;
  const [copy, setCopy] = useState<CopyState>('idle');
  const retrying = props.retrying && props.retrying.attempt > 0 ? props.retrying : undefined;
  const next = useCountdown(retrying?.nextRetryAt, undefined, retrying?.nextRetryAt);

  if (!model) return null;
  const { error, severity } = model;
  const u = props.unstyled;
  const blocking = props.blocking ?? (!error.retryable && error.category !== 'cancelled' && !retrying);
  const canRetry = props.onRetry !== undefined && error.retryable && !retrying;
  const showSignIn = signIn !== undefined && model.actions.includes('sign-in');
  const details = props.showDetails ?? true;
  const hasDetails = error.code !== undefined || error.status !== undefined || error.message !== undefined || model.referenceId !== undefined;

  const onCopy = (): void => {
    const ref = model.referenceId;
    if (!ref) return;
    const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clip) {
      setCopy('failed');
      return;
    }
    clip.writeText(ref).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <div
      role={blocking ? 'alert' : 'status'}
      aria-live={blocking ? undefined : 'polite'}
      aria-labelledby={titleId}
      dir={dir}
      className={props.className ? `rae-banner ${props.className}` : 'rae-banner'}
      data-category={error.category}
      data-severity={severity}
      data-state={retrying ? 'retrying' : left > 0 ? 'waiting' : 'ready'}
      style={u ? undefined : { ...themeVars(theme, severity), ...s.banner }}
    >
      <SeverityIcon severity={severity} style={sx(u, s.icon)} />
      <div style={sx(u, s.body)}>
        <p id={titleId} className="rae-title" style={sx(u, s.title)}>
          {props.title ?? model.title}
        </p>
        <p className="rae-message" style={sx(u, s.message)}>
          {props.message ?? model.message}
        </p>
        {retrying ? (
          <p className="rae-retrying" style={sx(u, s.message)}>
            {t('ui.retrying', { attempt: retrying.attempt, max: Math.max(retrying.attempt, retrying.maxAttempts) })}
            {next.left > 0 ? (
              <>
                {' '}
                <span className="rae-next-try" aria-hidden="true" style={s.tabular}>
                  {t('ui.nextTryIn', { count: next.left })}
                </span>
                <span style={srOnly}>{t('ui.nextTryIn', { count: next.first })}</span>
              </>
            ) : null}
          </p>
        ) : null}
        {left > 0 && !canRetry && !retrying ? (
          <p className="rae-wait" style={sx(u, s.message)}>
            <span aria-hidden="true" style={s.tabular}>
              {t('ui.waitNotice', { count: left })}
            </span>
            <span style={srOnly}>{t('ui.waitNotice', { count: countdown.first })}</span>
          </p>
        ) : null}
        {canRetry || showSignIn || props.onDismiss ? (
          <div className="rae-actions" style={sx(u, s.actions)}>
            {canRetry ? (
              <button type="button" className="rae-retry" disabled={left > 0} aria-disabled={left > 0} onClick={props.onRetry} style={sx(u, { ...s.primary, ...s.tabular, opacity: left > 0 ? 0.75 : 1 })}>
                {left > 0 ? t('ui.retryIn', { count: left }) : t('ui.retry')}
              </button>
            ) : null}
            {showSignIn ? (
              <button type="button" className="rae-sign-in" onClick={() => void signIn?.()} style={sx(u, canRetry ? s.secondary : s.primary)}>
                {t(error.category === 'session-expired' ? 'ui.signInAgain' : 'ui.signIn')}
              </button>
            ) : null}
            {props.onDismiss ? (
              <button type="button" className="rae-dismiss" onClick={props.onDismiss} style={sx(u, s.secondary)}>
                {t('ui.dismiss')}
              </button>
            ) : null}
          </div>
        ) : null}
        {details && hasDetails ? (
          <details className="rae-details" style={sx(u, s.details)}>
            <summary style={sx(u, s.summary)}>{t('ui.details')}</summary>
            <dl style={sx(u, s.dl)}>
              {error.code !== undefined ? (
                <>
                  <dt>{t('ui.code')}</dt>
                  <dd style={sx(u, s.dd)}>
                    <code>{error.code}</code>
                  </dd>
                </>
              ) : null}
              {error.status !== undefined ? (
                <>
                  <dt>{t('ui.status')}</dt>
                  <dd style={sx(u, s.dd)}>{error.status}</dd>
                </>
              ) : null}
              {error.message !== undefined ? (
                <>
                  <dt>{t('ui.serverMessage')}</dt>
                  <dd style={sx(u, s.dd)} dir="auto">
                    {error.message}
                  </dd>
                </>
              ) : null}
              {model.referenceId !== undefined ? (
                <>
                  <dt>{t('ui.reference')}</dt>
                  <dd style={sx(u, s.dd)}>
                    <code className="rae-reference">{model.referenceId}</code>{' '}
                    <button type="button" className="rae-copy" onClick={onCopy} style={sx(u, { ...s.secondary, padding: '0.125rem 0.5rem' })}>
                      {t('ui.copy')}
                    </button>
                    <span role="status" aria-live="polite" className="rae-copy-status">
                      {copy === 'copied' ? ` ${t('ui.copied')}` : copy === 'failed' ? ` ${t('ui.copyFailed')}` : ''}
                    </span>
                  </dd>
                </>
              ) : null}
            </dl>
          </details>
        ) : null}
      </div>
    </div>
  );
}
