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
import type { Texts } from './i18n.js';
import { Icon, SeverityIcon } from './Icon.js';
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
  /** Shows a close button (×, named "Dismiss") in the banner's top inline-end corner. */
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
  /** The wait the countdown started from (the retry button keeps the width of its widest label from it). */
  const initialSeconds = countdown.first;
  const [open, setOpen] = useState(false);
  const [hover, setHover] = useState(false);
  const [more, setMore] = useState(false);

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

  const retryLabel = left > 0 ? t('ui.retryIn', { count: left }) : t('ui.retry');
  const message = error.message;
  const long = message !== undefined && message.length > SHOW_MORE_AFTER;

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
        {canRetry || showSignIn ? (
          <div className="rae-actions" style={sx(u, s.actions)}>
            {canRetry ? (
              <button type="button" className="rae-retry" disabled={left > 0} aria-disabled={left > 0} onClick={props.onRetry} style={sx(u, left > 0 ? s.waiting : s.primary)}>
                {u || initialSeconds <= 0 ? (
                  retryLabel
                ) : (
                  // Every label the countdown can show sits in the same grid cell, hidden but the
                  // shown one: the button keeps the widest's width from the first second to "Try again".
                  <span style={s.labels}>
                    {retryLabels(t, texts.language, initialSeconds).map((l) =>
                      l === retryLabel ? null : (
                        <span key={l} aria-hidden="true" style={s.sizer}>
                          {l}
                        </span>
                      ),
                    )}
                    <span style={s.label}>{retryLabel}</span>
                  </span>
                )}
              </button>
            ) : null}
            {showSignIn ? (
              <button type="button" className="rae-sign-in" onClick={() => void signIn?.()} style={sx(u, canRetry ? s.secondary : s.primary)}>
                {t(error.category === 'session-expired' ? 'ui.signInAgain' : 'ui.signIn')}
              </button>
            ) : null}
          </div>
        ) : null}
        {details && hasDetails ? (
          <details className="rae-details" style={sx(u, s.details)} onToggle={(e) => setOpen(e.currentTarget.open)}>
            <summary style={sx(u, hover ? { ...s.summary, ...s.summaryHover } : s.summary)} onPointerEnter={() => setHover(true)} onPointerLeave={() => setHover(false)}>
              {u ? null : <Icon name="chevron" size="1.125em" style={{ ...s.chevron, transform: open ? 'rotate(90deg)' : dir === 'rtl' ? 'scaleX(-1)' : undefined }} />}
              {t('ui.details')}
            </summary>
            <dl style={sx(u, s.dl)}>
              {error.code !== undefined ? (
                <div style={sx(u, s.row)}>
                  <dt style={sx(u, s.dt)}>{t('ui.code')}</dt>
                  <dd style={sx(u, s.dd)}>
                    <code dir="auto" style={sx(u, s.code)}>
                      {error.code}
                    </code>
                  </dd>
                </div>
              ) : null}
              {error.status !== undefined ? (
                <div style={sx(u, s.row)}>
                  <dt style={sx(u, s.dt)}>{t('ui.status')}</dt>
                  <dd style={sx(u, s.dd)}>{error.status}</dd>
                </div>
              ) : null}
              {message !== undefined ? (
                <div style={sx(u, s.row)}>
                  <dt style={sx(u, s.dt)}>{t('ui.serverMessage')}</dt>
                  <dd style={sx(u, s.dd)} className="rae-server-message">
                    {/* The server's own text keeps its direction inside a right-to-left banner, and stays at the label's edge. */}
                    <bdi>{long && !more ? shorten(message) : message}</bdi>
                    {long ? (
                      <button type="button" className="rae-more" aria-expanded={more} onClick={() => setMore(!more)} style={sx(u, s.more)}>
                        {t(more ? 'ui.showLess' : 'ui.showMore')}
                      </button>
                    ) : null}
                  </dd>
                </div>
              ) : null}
              {model.referenceId !== undefined ? (
                <div style={sx(u, s.row)}>
                  <dt style={sx(u, s.dt)}>{t('ui.reference')}</dt>
                  <dd style={sx(u, s.dd)}>
                    <code className="rae-reference" dir="auto" style={sx(u, s.code)}>
                      {model.referenceId}
                    </code>{' '}
                    <button type="button" className="rae-copy" onClick={onCopy} style={sx(u, s.small)}>
                      {t('ui.copy')}
                    </button>
                    <span role="status" aria-live="polite" className="rae-copy-status">
                      {copy === 'copied' ? ` ${t('ui.copied')}` : copy === 'failed' ? ` ${t('ui.copyFailed')}` : ''}
                    </span>
                  </dd>
                </div>
              ) : null}
            </dl>
          </details>
        ) : null}
      </div>
      {props.onDismiss ? (
        <button type="button" className="rae-dismiss" aria-label={t('ui.dismiss')} title={t('ui.dismiss')} onClick={props.onDismiss} style={sx(u, s.close)}>
          {u ? t('ui.dismiss') : <Icon name="close" />}
        </button>
      ) : null}
    </div>
  );
}

/** Server messages longer than this show their start and a "Show more" button. */
const SHOW_MORE_AFTER = 280;

/** The start of a long text, cut at a space (never inside a surrogate pair), with an ellipsis. */
function shorten(text: string): string {
  let cut = text.slice(0, SHOW_MORE_AFTER);
  const space = cut.lastIndexOf(' ');
  if (space > SHOW_MORE_AFTER / 2) cut = cut.slice(0, space);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Every text the retry button can show while counting down from `from` seconds: "Try again", and
 * "Try again in N seconds" for `from` and, for each plural form of the language (one, few, many…),
 * its largest count up to `from` (the most digits; figures are tabular, so that is its widest text).
 */
function retryLabels(t: Texts['t'], language: string, from: number): string[] {
  const labels = new Set([t('ui.retry'), t('ui.retryIn', { count: from })]);
  let rules: Intl.PluralRules | undefined;
  try {
    rules = new Intl.PluralRules(language);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  const seen = new Set<string>();
  // Plural rules repeat every 100 (at most): two hundred counts meet every form whole numbers have.
  for (let n = from; n >= 1 && from - n < 200; n--) {
    const form = rules.select(n);
    if (seen.has(form)) continue;
    seen.add(form);
    labels.add(t('ui.retryIn', { count: n }));
  }
  return [...labels];
}
