/**
 * `<ApiErrorProvider>`: the locale (or an existing i18next instance), text overrides, field labels,
 * sign-in wiring and the error store for everything below it. Optional: without it every hook and
 * component works in English with a default store.
 */
import type { i18n as I18n } from 'i18next';
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiError, Dialect, NormalizeOptions } from '../core/index.js';
import { addApiErrorMessages, addApiErrorResources, createApiErrorI18n, localeDirection, NAMESPACE, type ApiErrorMessages } from './i18n.js';
import type { TrustServerMessages } from './model.js';
import { SessionExpiredDialog } from './SessionExpiredDialog.js';
import { ApiErrorStore } from '../core/index.js';

export type ApiErrorTheme = 'light' | 'dark';

export interface ApiErrorContextValue {
  i18n: I18n;
  locale: string;
  dir: 'ltr' | 'rtl';
  store: ApiErrorStore;
  fieldLabels: Readonly<Record<string, string>>;
  trustServerMessages: TrustServerMessages;
  normalizeOptions: NormalizeOptions;
  theme: ApiErrorTheme;
  onSignIn?: () => void | Promise<void>;
  /** False when no provider is mounted (English defaults). */
  hasProvider: boolean;
}

export interface ApiErrorProviderProps {
  children?: ReactNode;
  /** A shipped locale ('en', 'de', 'fr', 'es', 'ja', 'ar', or a regional tag such as 'de-AT'). Default 'en'. */
  locale?: string;
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
  /** Render the session-expired dialog bound to the store (default true). */
  renderSessionDialog?: boolean;
  theme?: ApiErrorTheme;
}

const ApiErrorContext = createContext<ApiErrorContextValue | null>(null);

let fallback: ApiErrorContextValue | undefined;
function defaultContext(): ApiErrorContextValue {
  fallback ??= {
    i18n: createApiErrorI18n('en'),
    locale: 'en',
    dir: 'ltr',
    store: new ApiErrorStore(),
    fieldLabels: {},
    trustServerMessages: false,
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

function useLanguage(i18n: I18n): string {
  return useSyncExternalStore(
    (notify) => {
      i18n.on('languageChanged', notify);
      return () => i18n.off('languageChanged', notify);
    },
    () => i18n.language,
    () => i18n.language,
  );
}

export function ApiErrorProvider(props: ApiErrorProviderProps): ReactNode {
  const { children, locale = 'en', i18n: external, messages, renderSessionDialog = true } = props;
  const [ownStore] = useState(() => new ApiErrorStore(props.normalizeOptions));
  const store = props.store ?? ownStore;

  const i18n = useMemo(() => {
    if (external) {
      addApiErrorResources(external);
      addApiErrorMessages(external, messages);
      return external;
    }
    return createApiErrorI18n(locale, messages);
  }, [external, locale, messages]);
  const language = useLanguage(i18n);

  const normalizeOptions = useMemo<NormalizeOptions>(
    () => (props.dialects ? { ...props.normalizeOptions, dialects: props.dialects } : (props.normalizeOptions ?? {})),
    [props.dialects, props.normalizeOptions],
  );

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
      i18n,
      locale: language ?? locale,
      dir: localeDirection(language ?? locale),
      store,
      fieldLabels: props.fieldLabels ?? {},
      trustServerMessages: props.trustServerMessages ?? false,
      normalizeOptions,
      theme: props.theme ?? 'light',
      hasProvider: true,
    };
    if (props.onSignIn) v.onSignIn = props.onSignIn;
    return v;
  }, [i18n, language, locale, store, props.fieldLabels, props.trustServerMessages, normalizeOptions, props.theme, props.onSignIn]);

  return (
    <ApiErrorContext.Provider value={value}>
      {children}
      {renderSessionDialog ? <SessionExpiredDialog /> : null}
    </ApiErrorContext.Provider>
  );
}

export { NAMESPACE };
