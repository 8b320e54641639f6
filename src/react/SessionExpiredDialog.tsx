'use client';
/**
 * A modal dialog for session-expired errors, offering to sign in again. Rendered by the provider
 * and bound to its store, it opens ONCE however many requests fail at the same moment. A native
 * `<dialog>` opened with showModal(): the page behind is inert and does not scroll. Focus moves to
 * "Sign in again", Tab stays inside, Escape or the corner close dismisses, and focus returns where it was.
 */
import { useContext, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ApiError } from '../core/index.js';
import { useApiErrorContext } from './ApiErrorProvider.js';
import { Icon } from './Icon.js';
import { s, sx, themeVars } from './styles.js';
import { useSignIn } from './useSignIn.js';
import { DefaultDialog, DialogClaims } from './dialog-claims.js';

/** Props of `<SessionExpiredDialog>`. */
export interface SessionExpiredDialogProps {
  /** Controlled: shows the dialog while true. Leave undefined to follow the provider's store (it opens once when a session expiry is reported). */
  open?: boolean;
  /** The error that expired the session (controlled use). */
  error?: ApiError | null;
  /** Overrides the provider's `onSignIn` for "Sign in again". When it resolves, the prompt closes and failed queries refetch. Without any sign-in handler the button only closes the dialog. */
  onSignIn?: () => void | Promise<void>;
  /** Called when the person chooses "Not now" or presses Escape (store-bound dialogs also clear the store's prompt). */
  onDismiss?: () => void;
  /** Drops all built-in styles (class names and `data-category` stay) so your own CSS takes over. */
  unstyled?: boolean;
  /** A class added after `rae-dialog` on the dialog element, for your own CSS. */
  className?: string;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const noop = (): (() => void) => () => undefined;

export function SessionExpiredDialog(props: SessionExpiredDialogProps): ReactNode {
  const { texts, ready, dir, theme, store } = useApiErrorContext();
  // An explicit dialog takes over from the provider's default one while it is mounted.
  const claim = useContext(DialogClaims);
  const isDefault = useContext(DefaultDialog);
  useEffect(() => {
    if (isDefault || claim === null) return undefined;
    claim(1);
    return () => claim(-1);
  }, [claim, isDefault]);
  const stored = useSyncExternalStore(store.subscribe, () => store.getState().sessionExpired, () => null);
  const open = props.open ?? stored !== null;
  const signIn = useSignIn(props.onSignIn);
  const titleId = useId();
  const descId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  // Portals need a document: render nothing on the server and in the first client render.
  const mounted = useSyncExternalStore(noop, () => true, () => false);
  const [busy, setBusy] = useState(false);

  const dismiss = (): void => {
    if (props.open === undefined) store.dismissSession();
    props.onDismiss?.();
  };

  const visible = open && ready && mounted;
  // The prompt is what a person sees of a session expiry (onError: shown).
  const seen = visible ? (props.error ?? stored) : null;
  useEffect(() => {
    if (seen) store.markShown(seen);
  }, [store, seen]);
  // A native modal: showModal() puts it in the top layer and makes the rest of the page inert;
  // the page behind does not scroll while it is open. Where <dialog> cannot be modal (jsdom, very
  // old browsers) it still shows, with the focus trap below.
  useIsomorphicLayoutEffect(() => {
    const el = dialog.current;
    if (!visible || !el) return undefined;
    // Where focus was before showModal() moved it into the dialog: it goes back there on close.
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && !el.contains(active) ? active : null;
    if (typeof el.showModal === 'function') {
      if (!el.open) el.showModal();
    } else el.setAttribute('open', '');
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = overflow;
      if (typeof el.close === 'function' && el.open) el.close();
    };
  }, [visible]);
  useEffect(() => {
    if (!visible) return undefined;
    // The action most people take: sign in again (else the first control).
    const first = dialog.current?.querySelector<HTMLElement>('.rae-sign-in') ?? dialog.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      const target = returnTo.current;
      if (target && target.isConnected) target.focus();
    };
  }, [visible]);

  if (!visible) return null;
  const t = texts.t;
  const u = props.unstyled;

  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key === 'Escape') {
      // Handled here, so the browser does not also cancel (and close) the dialog behind React's back.
      event.preventDefault();
      event.stopPropagation();
      dismiss();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0] as HTMLElement;
    const last = items[items.length - 1] as HTMLElement;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const onSignIn = async (): Promise<void> => {
    if (!signIn) {
      dismiss();
      return;
    }
    setBusy(true);
    try {
      await signIn();
    } finally {
      setBusy(false);
    }
  };

  return createPortal(
    <dialog
      ref={dialog}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descId}
      dir={dir}
      className={props.className ? `rae-dialog ${props.className}` : 'rae-dialog'}
      data-category="session-expired"
      onKeyDown={onKeyDown}
      // Other ways the browser closes a modal (a close request on Android's back button): dismiss.
      onCancel={(event) => {
        event.preventDefault();
        dismiss();
      }}
      style={u ? undefined : { ...themeVars(theme, 'neutral'), ...s.dialog }}
    >
      <div className="rae-dialog-panel" style={sx(u, s.panel)}>
        <div style={sx(u, s.header)}>
          <Icon name="session" size="1.5em" style={sx(u, s.dialogIcon)} />
          <h2 id={titleId} style={sx(u, s.heading)}>
            {t('ui.sessionExpiredTitle')}
          </h2>
          <button type="button" className="rae-close" aria-label={t('ui.close')} title={t('ui.close')} onClick={dismiss} style={sx(u, s.close)}>
            {u ? t('ui.close') : <Icon name="close" />}
          </button>
        </div>
        <p id={descId} style={sx(u, s.dialogMessage)}>
          {t('ui.sessionExpiredMessage')}
        </p>
        <div style={sx(u, s.dialogActions)}>
          <button type="button" className="rae-dismiss" onClick={dismiss} style={sx(u, s.secondary)}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="rae-sign-in" onClick={() => void onSignIn()} disabled={busy} style={sx(u, s.primary)}>
            {t('ui.signInAgain')}
          </button>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
