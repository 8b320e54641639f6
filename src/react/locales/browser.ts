/**
 * What browsers get for `react-api-errors/locales`: English only. Every other locale is its own
 * chunk, loaded by the provider when its `locale` asks for one (or passed in with `resources`).
 */
import en from './en.js';
import type { LocaleTexts } from './types.js';

export type { LocaleTexts };
export const preloaded: Readonly<Record<string, LocaleTexts>> = { en };
