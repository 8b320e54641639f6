'use client';
/**
 * `<ErrorNotices/>`: the toast region for the store's notices — background refetches that failed
 * while their data stayed on screen, and mutation errors routed there (`mutationErrors: 'notice'`,
 * `store.report(e, { kind: 'mutation' })`). One polite live region at the edge of the screen;
 * the store dedupes (the same failure again is counted, not stacked) and caps them. A notice that
 * asks nothing of the person times out (paused while the region is hovered or has focus); one
 * that does (a mutation that failed, an error a retry cannot fix) stays until dismissed.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import type { ApiErrorNotice } from '../core/index.js';
import { useApiErrorContext } from './ApiErrorProvider.js';
import { SeverityIcon } from './Icon.js';
import { s, sx, themeVars } from './styles.js';
import { useApiError } from './useApiError.js';

export type ErrorNoticesPlacement = 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end' | 'inline';

export interface ErrorNoticesProps {
  /** How long a non-blocking notice stays (ms), paused while the region is hovered or focused. 0: until dismissed. Default 8000. */
  autoDismissMs?: number;
  /** The most notices on screen at once, newest kept (the store keeps up to its `maxNotices`). Default 3. */
  max?: number;
  /** A corner of the viewport (logical: `start`/`end` follow the writing direction), or `inline` where it is rendered. Default 'bottom-end'. */
  placement?: ErrorNoticesPlacement;
  /** Drop all built-in styles (class names and data-* attributes stay). */
  unstyled?: boolean;
  className?: string;
}

const noop = (): (() => void) => () => undefined;
const noNotices: readonly ApiErrorNotice[] = [];

const listStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: '0.5rem', margin: 0, padding: 0, listStyle: 'none' };

function regionStyle(placement: ErrorNoticesPlacement): CSSProperties | undefined {
  if (placement === 'inline') return undefined;
  const [block, inline] = placement.split('-') as ['top' | 'bottom', 'start' | 'end'];
  return {
    position: 'fixed',
    zIndex: 2147482000,
    width: 'min(24rem, calc(100vw - 2rem))',
    [block]: '1rem',
    [inline === 'start' ? 'insetInlineStart' : 'insetInlineEnd']: '1rem',
    // The empty parts of the region let clicks through to the page.
    pointerEvents: 'none',
  };
}

export function ErrorNotices(props: ErrorNoticesProps): ReactNode {
  const { store, texts, ready, dir } = useApiErrorContext();
  const all = useSyncExternalStore(store.subscribe, () => store.getState().notices, () => noNotices);
  // The region renders empty on the server and in the first client render, so a live region is in
  // the page before its first notice arrives (what screen readers need to announce it).
  const mounted = useSyncExternalStore(noop, () => true, () => false);
  const [paused, setPaused] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const max = props.max !== undefined && props.max >= 1 ? Math.floor(props.max) : 3;
  const notices = mounted && ready ? all.slice(-max) : noNotices;
  // The last notice closed while hovered or focused (a removed element fires no blur): not paused any more.
  if (paused && notices.length === 0) setPaused(false);
  const placement = props.placement ?? 'bottom-end';
  const u = props.unstyled;

  /** After a notice closes from the keyboard, focus moves to the next one (or the previous), not to the page's start. */
  const focusAfter = (id: string): void => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('li[data-notice-id]') ?? [])];
    const at = items.findIndex((li) => li.dataset.noticeId === id);
    const next = items[at + 1] ?? items[at - 1];
    next?.querySelector<HTMLElement>('button')?.focus();
  };

  return (
    <section
      aria-label={texts.t('ui.notices')}
      dir={dir}
      className={props.className ? `rae-notices ${props.className}` : 'rae-notices'}
      data-placement={placement}
      style={u ? undefined : regionStyle(placement)}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPaused(false);
      }}
    >
      <div role="status" aria-live="polite" aria-relevant="additions text">
        <ol ref={list} style={sx(u, listStyle)}>
          {notices.map((n) => (
            <Notice key={n.id} notice={n} paused={paused} autoDismissMs={props.autoDismissMs ?? 8000} unstyled={u} onClose={focusAfter} />
          ))}
        </ol>
      </div>
    </section>
  );
}

interface NoticeProps {
  notice: ApiErrorNotice;
  paused: boolean;
  autoDismissMs: number;
  unstyled: boolean | undefined;
  onClose: (id: string) => void;
}

function Notice({ notice, paused, autoDismissMs, unstyled: u, onClose }: NoticeProps): ReactNode {
  const { store, texts, theme } = useApiErrorContext();
  const model = useApiError(notice.error);
  const t = texts.t;
  const timed = !notice.blocking && autoDismissMs > 0;

  // Time left before it closes by itself: restarts when the same failure happens again (count),
  // stops while paused and goes on from where it stopped.
  const left = useRef(autoDismissMs);
  const count = notice.count;
  useEffect(() => {
    left.current = autoDismissMs;
  }, [autoDismissMs, count]);
  useEffect(() => {
    if (!timed || paused || notice.retrying) return undefined;
    const started = Date.now();
    const id = setTimeout(() => store.dismissNotice(notice.id), left.current);
    return () => {
      clearTimeout(id);
      left.current = Math.max(0, left.current - (Date.now() - started));
    };
  }, [timed, paused, notice.retrying, notice.id, store, count]);

  if (!model) return null;
  const { severity } = model;
  const close = (): void => {
    onClose(notice.id);
    store.dismissNotice(notice.id);
  };
  const retry = (): void => {
    void store.retryNotice(notice.id);
  };

  return (
    <li
      className="rae-notice"
      data-notice-id={notice.id}
      data-kind={notice.kind}
      data-category={notice.error.category}
      data-severity={severity}
      data-state={notice.retrying ? 'retrying' : notice.blocking ? 'blocking' : 'timed'}
      style={u ? undefined : { ...themeVars(theme, severity), ...s.banner, pointerEvents: 'auto', boxShadow: '0 6px 20px rgba(0, 0, 0, 0.18)' }}
    >
      <SeverityIcon severity={severity} style={sx(u, s.icon)} />
      <div style={sx(u, s.body)}>
        <p className="rae-title" style={sx(u, s.title)}>
          {model.title}
        </p>
        <p className="rae-message" style={sx(u, s.message)}>
          {model.message}
        </p>
        {notice.count > 1 ? (
          <p className="rae-count" style={sx(u, { ...s.message, fontSize: '0.875rem' })}>
            {t('ui.noticeRepeated', { count: notice.count })}
          </p>
        ) : null}
        <div className="rae-actions" style={sx(u, s.actions)}>
          {notice.canRetry ? (
            <button type="button" className="rae-retry" onClick={retry} disabled={notice.retrying} aria-busy={notice.retrying} style={sx(u, { ...s.primary, opacity: notice.retrying ? 0.75 : 1 })}>
              {notice.retrying ? t('ui.retryRunning') : t('ui.retry')}
            </button>
          ) : null}
          <button type="button" className="rae-dismiss" onClick={close} style={sx(u, s.secondary)}>
            {t('ui.dismiss')}
          </button>
        </div>
      </div>
    </li>
  );
}
