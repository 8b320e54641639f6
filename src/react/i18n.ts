/**
 * The library's texts as one i18next namespace, `react-api-errors`, in every shipped locale.
 * All six locales are bundled so that `<ApiErrorProvider locale="de">` renders German
 * synchronously, on the server too (no backend, no async init).
 */
import i18next, { type i18n as I18n } from 'i18next';
import ar from '../../locales/ar.json';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import ja from '../../locales/ja.json';

export const NAMESPACE = 'react-api-errors';

/** The locale codes the library ships text for. */
export const supportedLocales = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

const RESOURCES: Readonly<Record<SupportedLocale, object>> = { en, de, fr, es, ja, ar };
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);

/** `'rtl'` for right-to-left languages (Arabic among the shipped ones), else `'ltr'`. */
export function localeDirection(locale: string | undefined): 'ltr' | 'rtl' {
  const base = (locale ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return RTL.has(base) ? 'rtl' : 'ltr';
}

/** The shipped locale for a language tag ('de-AT' → 'de'), or undefined. */
export function matchLocale(locale: string | undefined): SupportedLocale | undefined {
  if (!locale) return undefined;
  const base = locale.toLowerCase().split('-')[0];
  return (supportedLocales as readonly string[]).includes(base ?? '') ? (base as SupportedLocale) : undefined;
}

const warned = new Set<string>();

/** The message for an unknown locale; it names the fix. */
export function unknownLocaleMessage(locale: string): string {
  return (
    `react-api-errors: no texts for locale '${locale}'. Supported: ${supportedLocales.join(', ')}. ` +
    `Pass one of these to <ApiErrorProvider locale>, or add your texts with the \`messages\` prop ` +
    `(messages={{ '${locale}': { 'generic.title': '…' } }}). Falling back to English.`
  );
}

function warnOnce(locale: string): void {
  if (warned.has(locale)) return;
  warned.add(locale);
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.NODE_ENV === 'production') return;
  console.warn(unknownLocaleMessage(locale));
}

/**
 * Add the library's namespace to an i18next instance the app already has. The app's own keys win
 * (`addResourceBundle(lng, ns, json, deep = true, overwrite = false)`).
 */
export function addApiErrorResources(i18n: I18n): void {
  for (const lng of supportedLocales) i18n.addResourceBundle(lng, NAMESPACE, RESOURCES[lng], true, false);
}

/** Flat or nested overrides per locale: `{ de: { 'codes.acme.E42.title': 'Kontingent erschöpft' } }`. */
export type ApiErrorMessages = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Apply per-locale overrides (they win over the shipped texts). */
export function addApiErrorMessages(i18n: I18n, messages: ApiErrorMessages | undefined): void {
  if (!messages) return;
  for (const lng of Object.keys(messages)) {
    const table = messages[lng];
    if (!table) continue;
    for (const key of Object.keys(table)) {
      const value = table[key];
      if (typeof value === 'string') i18n.addResource(lng, NAMESPACE, key, value);
    }
  }
}

/**
 * An isolated, synchronously initialized i18next instance with the library's texts.
 * An unknown locale falls back to English with a development warning that names the fix,
 * unless `messages` provides texts for it.
 */
export function createApiErrorI18n(locale = 'en', messages?: ApiErrorMessages): I18n {
  const known = matchLocale(locale);
  if (!known && !(messages && messages[locale])) warnOnce(locale);
  const resources: Record<string, Record<string, object>> = {};
  for (const lng of supportedLocales) resources[lng] = { [NAMESPACE]: RESOURCES[lng] };
  const instance = i18next.createInstance();
  void instance.init({
    lng: known ?? locale,
    fallbackLng: 'en',
    supportedLngs: false,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; texts never contain markup
    returnNull: false,
  });
  addApiErrorMessages(instance, messages);
  return instance;
}
