/**
 * `createApiErrorI18n`: an isolated i18next instance with the library's texts, for apps that want
 * one. Kept in its own module so that an app that never calls it does not bundle i18next.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { addApiErrorMessages, addApiErrorResources, matchLocale, NAMESPACE, type ApiErrorMessages } from './i18n.js';

/**
 * A synchronously initialized i18next instance holding every locale that is here (all of them in
 * Node; English and what was loaded or registered in a browser). An unknown locale falls back to English.
 */
export function createApiErrorI18n(locale = 'en', messages?: ApiErrorMessages): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: matchLocale(locale) ?? locale,
    fallbackLng: 'en',
    supportedLngs: false,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: {},
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; texts never contain markup
    returnNull: false,
  });
  addApiErrorResources(instance);
  addApiErrorMessages(instance, messages);
  return instance;
}
