/**
 * The library's texts: one namespace (`react-api-errors`) per locale, read by a small built-in
 * translator (key lookup, `Intl.PluralRules` plurals, `Intl.NumberFormat` numbers), so an app that
 * does not use i18next does not ship it. An app that does passes its instance (`fromI18next`).
 *
 * Which locales are there without waiting: `./locales/all.js` in the sources; in the built package
 * `react-api-errors/locales`, which package `exports` conditions resolve to every locale for Node and
 * `react-server` and to English alone for browsers. Other locales load on demand (`loadLocale`, one
 * chunk each) or are passed in (`resources`, `registerLocale`).
 */
import type { i18n as I18n } from 'i18next';
import { preloaded } from './locales/all.js';
import type { LocaleTexts } from './locales/types.js';

export type { LocaleTexts };
export const NAMESPACE = 'react-api-errors';

/** The locale codes the library ships text for. */
export const supportedLocales = ['en', 'de', 'fr', 'es', 'ja', 'ar', 'it', 'pt-BR', 'pt-PT', 'nl', 'pl', 'ru', 'tr', 'ko', 'zh-CN', 'zh-TW', 'he'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
/** The pseudo-locale: English, accented, ~40% longer, in brackets — to catch truncation and hard-coded strings. */
export const pseudoLocale = 'en-XA';
export type LocaleCode = SupportedLocale | typeof pseudoLocale;

const SHIPPED: readonly string[] = [...supportedLocales, pseudoLocale];
const RTL = ['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug'];
/** Portuguese outside Brazil follows European Portuguese (CLDR's pt_PT parent locales). */
const PT_PT = ['PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'MO', 'LU', 'CH', 'GQ'];

/** One chunk per locale: bundlers split each `import()` into its own file. */
const LOADERS: Readonly<Record<string, () => Promise<{ default: LocaleTexts }>>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
  it: () => import('./locales/it.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  'pt-PT': () => import('./locales/pt-PT.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  ru: () => import('./locales/ru.js'),
  tr: () => import('./locales/tr.js'),
  ko: () => import('./locales/ko.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  'zh-TW': () => import('./locales/zh-TW.js'),
  he: () => import('./locales/he.js'),
  'en-XA': () => import('./locales/en-XA.js'),
};

function parts(locale: string): { lang: string; script: string; region: string } {
  try {
    const l = new Intl.Locale(locale.replace(/_/g, '-'));
    return { lang: l.language.toLowerCase(), script: l.maximize().script ?? '', region: (l.region ?? l.maximize().region ?? '').toUpperCase() };
  } catch {
    const [lang = '', second = ''] = locale.toLowerCase().split(/[-_]/);
    return { lang, script: second.length === 4 ? second : '', region: second.length === 2 ? second.toUpperCase() : '' };
  }
}

/**
 * The shipped locale for a language tag, or undefined: an exact match first (`pt-BR`, `zh-TW`,
 * `en-XA`), then by language with its region or script (`zh-Hant`, `zh-HK` → `zh-TW`; `zh`, `zh-SG`
 * → `zh-CN`; `pt-AO` → `pt-PT`; `pt` → `pt-BR`; `iw` → `he`; `de-AT` → `de`).
 */
export function matchLocale(locale: string | undefined): LocaleCode | undefined {
  if (!locale) return undefined;
  const lower = locale.toLowerCase().replace(/_/g, '-');
  const exact = SHIPPED.find((l) => l.toLowerCase() === lower);
  if (exact) return exact as LocaleCode;
  const { lang, script, region } = parts(locale);
  if (lang === 'zh') return script === 'Hant' || region === 'TW' || region === 'HK' || region === 'MO' ? 'zh-TW' : 'zh-CN';
  if (lang === 'pt') return PT_PT.includes(region) ? 'pt-PT' : 'pt-BR';
  const base = lang === 'iw' ? 'he' : lang;
  return SHIPPED.includes(base) ? (base as LocaleCode) : undefined;
}

/** `'rtl'` for right-to-left languages (Arabic and Hebrew among the shipped ones), else `'ltr'`. */
export function localeDirection(locale: string | undefined): 'ltr' | 'rtl' {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return RTL.includes(base) ? 'rtl' : 'ltr';
}

const registered: Record<string, LocaleTexts> = {};
const failed: Record<string, true> = {};
const pending: Record<string, Promise<boolean>> = {};

/** The texts of a shipped locale when they are here (preloaded, registered or loaded), else undefined. */
export function localeTexts(locale: string): LocaleTexts | undefined {
  return registered[locale] ?? preloaded[locale];
}

/** Whether a locale's texts are here, so that it renders at once (`matchLocale` applies). */
export function isLocaleLoaded(locale: string): boolean {
  const code = matchLocale(locale);
  return code !== undefined && localeTexts(code) !== undefined;
}

/** Make a locale's texts available synchronously: `registerLocale('de', de)` with `import de from 'react-api-errors/locales/de'`. */
export function registerLocale(locale: string, texts: LocaleTexts): void {
  registered[matchLocale(locale) ?? locale] = texts;
}

/**
 * Load a shipped locale's chunk once (`import('react-api-errors/locales/<lng>')`). Resolves true
 * when its texts are here, false for a locale we do not ship or a chunk that failed to load (the
 * texts then fall back to English). Never rejects. `await loadLocale(lng)` before the first render
 * (or before hydrating server markup) renders that language at once.
 */
export function loadLocale(locale: string): Promise<boolean> {
  const code = matchLocale(locale);
  if (code === undefined) return Promise.resolve(false);
  if (localeTexts(code)) return Promise.resolve(true);
  const load = LOADERS[code];
  if (!load) return Promise.resolve(false);
  pending[code] ??= load().then(
    (m) => {
      registered[code] ??= m.default;
      return true;
    },
    (error: unknown) => {
      failed[code] = true;
      devWarn(`react-api-errors: the '${code}' texts could not be loaded (${String(error)}). Showing English.`);
      return false;
    },
  );
  return pending[code];
}

/** True when a locale either is here or cannot come (unknown, or its chunk failed): nothing left to wait for. */
export function isLocaleSettled(locale: string): boolean {
  const code = matchLocale(locale);
  return code === undefined || localeTexts(code) !== undefined || failed[code] === true || !LOADERS[code];
}

function devWarn(message: string): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.NODE_ENV !== 'production') console.warn(message);
}

const warned: Record<string, true> = {};

/** The message for an unknown locale; it names the fix. */
export function unknownLocaleMessage(locale: string): string {
  return (
    `react-api-errors: no texts for locale '${locale}'. Supported: ${supportedLocales.join(', ')}. ` +
    `Pass one of these to <ApiErrorProvider locale>, or add your texts with the \`messages\` prop ` +
    `(messages={{ '${locale}': { 'generic.title': '…' } }}). Falling back to English.`
  );
}

/** Flat or nested overrides per locale: `{ de: { 'codes.acme.E42.title': 'Kontingent erschöpft' } }`. */
export type ApiErrorMessages = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What the components read text through: the built-in translator, or an i18next instance (`fromI18next`). */
export interface Texts {
  /** The language the texts are in ('de', 'pt-BR', or the app's own tag). */
  readonly language: string;
  /** The first key of `keys` that has a text, with `{{name}}` / `{{count, number}}` filled in and plural forms by `count`. */
  t(keys: string | readonly string[], vars?: Readonly<Record<string, unknown>>): string;
  /** Whether a key has a text. */
  has(key: string): boolean;
}

interface Table {
  lng: string;
  nested?: LocaleTexts | undefined;
  flat?: Readonly<Record<string, string>> | undefined;
}

function lookup(table: Table, key: string): string | undefined {
  const own = table.flat?.[key];
  if (typeof own === 'string') return own;
  let cur: string | LocaleTexts | undefined = table.nested;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = cur[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}

const formats: Record<string, Intl.NumberFormat> = {};
const plurals: Record<string, Intl.PluralRules> = {};
function safeLocale(lng: string): string {
  try {
    return Intl.getCanonicalLocales(lng)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function fill(text: string, lng: string, vars: Readonly<Record<string, unknown>> | undefined): string {
  if (!vars || text.indexOf('{{') < 0) return text;
  return text.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_m, name: string, format?: string) => {
    const value = vars[name];
    if (format === 'number' && typeof value === 'number') return (formats[lng] ??= new Intl.NumberFormat(safeLocale(lng))).format(value);
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * The built-in translator for a locale: the app's `messages` for the tag, the locale's texts
 * (`resources` passed in, else registered or preloaded), then by language, then English.
 */
export function createTexts(locale = 'en', options: { resources?: Readonly<Record<string, LocaleTexts>> | undefined; messages?: ApiErrorMessages | undefined } = {}): Texts {
  const { resources, messages } = options;
  const code = matchLocale(locale);
  if (!code && !messages?.[locale] && !resources?.[locale]) warnUnknown(locale);
  const chain: string[] = [locale];
  if (code) chain.push(code);
  const lang = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const byLanguage = matchLocale(lang);
  if (byLanguage) chain.push(lang, byLanguage);
  chain.push('en');
  const tables: Table[] = [];
  const seen: string[] = [];
  for (const lng of chain) {
    if (seen.includes(lng)) continue;
    seen.push(lng);
    const nested = resources?.[lng] ?? localeTexts(lng);
    const flat = messages?.[lng];
    if (nested || flat) tables.push({ lng: lng === locale && code ? code : lng, nested, flat });
  }
  const find = (key: string, count: unknown): [string, string] | undefined => {
    for (const table of tables) {
      if (typeof count === 'number') {
        const rules = (plurals[table.lng] ??= new Intl.PluralRules(safeLocale(table.lng)));
        const plural = lookup(table, `${key}_${rules.select(count)}`) ?? lookup(table, `${key}_other`);
        if (plural !== undefined) return [plural, table.lng];
      }
      const text = lookup(table, key);
      if (text !== undefined) return [text, table.lng];
    }
    return undefined;
  };
  return {
    language: code ?? locale,
    t(keys, vars) {
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        const hit = find(key, vars?.count);
        if (hit) return fill(hit[0], hit[1], vars);
      }
      return typeof keys === 'string' ? keys : (keys[keys.length - 1] ?? '');
    },
    has: (key) => find(key, undefined) !== undefined,
  };
}

function warnUnknown(locale: string): void {
  if (warned[locale]) return;
  warned[locale] = true;
  devWarn(unknownLocaleMessage(locale));
}

/** Texts read through an app's i18next instance (our namespace on it; see `addApiErrorResources`). */
export function fromI18next(i18n: I18n): Texts {
  return {
    get language() {
      return i18n.language;
    },
    t: (keys, vars) => i18n.t(keys as string[], { ns: NAMESPACE, ...vars }) as string,
    has: (key) => i18n.exists(key, { ns: NAMESPACE }),
  };
}

/**
 * Add the library's namespace to an i18next instance the app already has, for every locale that
 * is here (preloaded, registered or loaded). The app's own keys win
 * (`addResourceBundle(lng, ns, texts, deep = true, overwrite = false)`).
 */
export function addApiErrorResources(i18n: I18n): void {
  for (const lng of SHIPPED) {
    const texts = localeTexts(lng);
    if (texts) i18n.addResourceBundle(lng, NAMESPACE, texts, true, false);
  }
}

/** Apply per-locale overrides to an i18next instance (they win over the shipped texts). */
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
