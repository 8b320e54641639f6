'use client';
/**
 * `<ApiErrorProvider>`: the locale (or an existing i18next instance), text overrides, field labels,
 * sign-in wiring and the error store for everything below it. Optional: without it every hook and
 * component works in English with a default store.
 */
import type { i18n as I18n } from 'i18next';
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiError, ApiErrorReport, Dialect, NormalizeOptions } from '../core/index.js';
import {
  addApiErrorMessages,
  addApiErrorResources,
  createTexts,
  fromI18next,
  isLocaleSettled,
  loadLocale,
  localeDirection,
  localeTexts,
  matchLocale,
  NAMESPACE,
  type ApiErrorMessages,
  type LocaleTexts,
  type Texts,
} from './i18n.js';
import type { TrustServerMessages } from './model.js';
import { SessionExpiredDialog } from './SessionExpiredDialog.js';
import { DefaultDialog, DialogClaims } from './dialog-claims.js';
import { ApiErrorStore } from '../core/index.js';

export type ApiErrorTheme = 'light' | 'dark';

export interface ApiErrorContextValue {
  /** The translator every component reads its texts through. */
  texts: Texts;
  /** False while the locale's texts are loading (components render nothing rather than another language). */
  ready: boolean;
  /** The app's i18next instance, when it passed one. */
  i18n?: I18n;
  locale: string;
  dir: 'ltr' | 'rtl';
  store: ApiErrorStore;
  fieldLabels: Readonly<Record<string, string>>;
  trustServerMessages: TrustServerMessages;
  serverFieldMessages: boolean;
  normalizeOptions: NormalizeOptions;
  theme: ApiErrorTheme;
  onSignIn?: () => void | Promise<void>;
  /** False when no provider is mounted (English defaults). */
  hasProvider: boolean;
}

export interface ApiErrorProviderProps {
  children?: ReactNode;
  /**
   * A shipped locale (`supportedLocales`) or a tag that matches one ('de-AT', 'pt-BR', 'zh-Hant'). Default 'en'.
   * In Node and react-server every locale is there at once; in a browser a locale other than English
   * loads as its own chunk (components render nothing meanwhile), unless it is in `resources`.
   */
  locale?: string;
  /** Texts passed in, rendered at once: `resources={{ de }}` with `import de from 'react-api-errors/locales/de'`. */
  resources?: Readonly<Record<string, LocaleTexts>>;
  /** An i18next instance the app already has: the library adds its namespace without overwriting the app's keys and follows the instance's language. */
  i18n?: I18n;
  /** Text overrides per locale, flat keys: `{ en: { 'codes.acme.E42.title': 'Quota used up' } }`. */
  messages?: ApiErrorMessages;
  /** Labels for field paths: `{ email: 'Email address', 'items.0.qty': 'Quantity' }`. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** Called by every "sign in again" action. When it resolves, the session prompt closes and failed queries refetch. */
  onSignIn?: () => void | Promise<void>;
  /** Called once when a session expiry is reported (however many requests failed). */
  onSessionExpired?: (error: ApiError) => void;
  /** The store that dedupes session expiry and background notices; one per provider by default. */
  store?: ApiErrorStore;
  /** Your own wire formats, tried before the built-in ones. */
  dialects?: readonly Dialect[];
  normalizeOptions?: NormalizeOptions;
  /** Show the server's own message as the primary text for codes the library has no text for. Only for a trusted first-party API. */
  trustServerMessages?: TrustServerMessages;
  /** Show a server's own field text when its code has no text of ours (default true). False: a generic "check this answer" instead. */
  serverFieldMessages?: boolean;
  /** Render the session-expired dialog bound to the store (default true). */
  renderSessionDialog?: boolean;
  /**
   * Treat a plain 401 (`unauthenticated`) as an expired session: it opens the sign-in prompt too, for
   * APIs that say nothing more when a session ends. Applies to the provider's own store; a store you
   * pass takes `new ApiErrorStore(normalizeOptions, { unauthenticatedExpiresSession: true })`. Default false.
   */
  unauthenticatedExpiresSession?: boolean;
  theme?: ApiErrorTheme;
  /**
   * Each error once, for Sentry, OpenTelemetry or logs: `{ error, referenceId, source, shown, cause }`
   * (see `ApiErrorReport`). Listens to the provider's store, or the one you pass. Never throws into the app.
   */
  onError?: (report: ApiErrorReport) => void;
}

/** @internal The context itself, for class components (`ApiErrorBoundary`); apps use `useApiErrorContext`. */
export const ApiErrorContext = createContext<ApiErrorContextValue | null>(null);

let fallback: ApiErrorContextValue | undefined;
function defaultContext(): ApiErrorContextValue {
  fallback ??= {
    texts: createTexts('en'),
    ready: true,
    locale: 'en',
    dir: 'ltr',
    store: new ApiErrorStore(),
    fieldLabels: {},
    trustServerMessages: false,
    serverFieldMessages: true,
    normalizeOptions: {},
    theme: 'light',
    hasProvider: false,
  };
  return fallback;
}

/** The provider's settings, or English defaults when there is no provider. */
export function useApiErrorContext(): ApiErrorContextValue {
  return useContext(ApiErrorContext) ?? defaultContext();
}

/** @internal What a class component reads when there is no provider. */
export function contextOrDefault(value: ApiErrorContextValue | null): ApiErrorContextValue {
  return value ?? defaultContext();
}

/** Layout effects run before any passive effect of the commit (where components mark errors shown); no warning on the server. */
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

const noop = (): (() => void) => () => undefined;

function sameMembers<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** The previous object while its members are the same ones. */
function useShallowStable<T extends object>(value: T | undefined): T | undefined {
  const [kept, setKept] = useState(value);
  if (!sameMembers(kept, value)) {
    setKept(value);
    return value;
  }
  return kept;
}
function useLanguage(i18n: I18n | undefined): string | undefined {
  return useSyncExternalStore(
    i18n
      ? (notify) => {
          i18n.on('languageChanged', notify);
          return () => i18n.off('languageChanged', notify);
        }
      : noop,
    () => i18n?.language,
    () => i18n?.language,
  );
}

export function ApiErrorProvider(props: ApiErrorProviderProps): ReactNode {
  const { children, i18n: external, renderSessionDialog = true } = props;
  // Inline objects (`resources={{ de }}`) are new on every render: keep the texts (and so every
  // model, and a running countdown) unless what they hold changed.
  const resources = useShallowStable(props.resources);
  const messages = useShallowStable(props.messages);
  const [ownStore] = useState(() => new ApiErrorStore(props.normalizeOptions, { unauthenticatedExpiresSession: props.unauthenticatedExpiresSession === true }));
  const [claims, setClaims] = useState(0);
  const [claim] = useState(() => (delta: 1 | -1) => setClaims((n) => n + delta));
  const store = props.store ?? ownStore;
  const externalLanguage = useLanguage(external);
  const locale = (external ? externalLanguage : undefined) ?? props.locale ?? 'en';
  const code = matchLocale(locale);

  // A locale that is not here yet loads once; `loaded` re-renders when it arrives (or fails).
  const passedIn = code !== undefined && resources?.[code] !== undefined;
  const settled = passedIn || isLocaleSettled(locale);
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    if (settled) return undefined;
    let live = true;
    void loadLocale(locale).then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [locale, settled]);

  const texts = useMemo<Texts>(() => {
    if (external) {
      addApiErrorResources(external);
      if (code && resources?.[code] && !localeTexts(code)) external.addResourceBundle(code, NAMESPACE, resources[code], true, false);
      addApiErrorMessages(external, messages);
      return fromI18next(external);
    }
    return createTexts(locale, { resources, messages });
    // `loaded`: the texts are read again once a locale has loaded; `externalLanguage`: the app's instance changed language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [external, externalLanguage, locale, code, resources, messages, loaded, settled]);
  const language = texts.language;

  const normalizeOptions = useMemo<NormalizeOptions>(
    () => (props.dialects ? { ...props.normalizeOptions, dialects: props.dialects } : (props.normalizeOptions ?? {})),
    [props.dialects, props.normalizeOptions],
  );

  // onError: subscribed before the children's effects run, so an error shown on the first render is reported too.
  const onError = useRef(props.onError);
  useIsomorphicLayoutEffect(() => {
    onError.current = props.onError;
  });
  const reports = props.onError !== undefined;
  useIsomorphicLayoutEffect(() => (reports ? store.onError((r) => onError.current?.(r)) : undefined), [store, reports]);

  const { onSessionExpired } = props;
  useEffect(() => {
    if (!onSessionExpired) return undefined;
    let last = store.getState().sessionExpired;
    return store.subscribe(() => {
      const next = store.getState().sessionExpired;
      if (next && next !== last) onSessionExpired(next);
      last = next;
    });
  }, [store, onSessionExpired]);

  const value = useMemo<ApiErrorContextValue>(() => {
    const v: ApiErrorContextValue = {
      texts,
      ready: settled,
      locale: language,
      dir: localeDirection(language),
      store,
      fieldLabels: props.fieldLabels ?? {},
      trustServerMessages: props.trustServerMessages ?? false,
      serverFieldMessages: props.serverFieldMessages ?? true,
      normalizeOptions,
      theme: props.theme ?? 'light',
      hasProvider: true,
    };
    if (props.onSignIn) v.onSignIn = props.onSignIn;
    if (external) v.i18n = external;
    return v;
  }, [texts, settled, language, external, store, props.fieldLabels, props.trustServerMessages, props.serverFieldMessages, normalizeOptions, props.theme, props.onSignIn]);

  return (
    <ApiErrorContext.Provider value={value}>
      <DialogClaims.Provider value={claim}>
        {children}
        {/* The default dialog stands down while the app renders its own <SessionExpiredDialog/>: never two. */}
        {renderSessionDialog && claims === 0 ? (
          <DefaultDialog.Provider value={true}>
            <SessionExpiredDialog />
          </DefaultDialog.Provider>
        ) : null}
      </DialogClaims.Provider>
    </ApiErrorContext.Provider>
  );
}

export { NAMESPACE };
