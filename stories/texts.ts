/**
 * The library's own texts of a locale, so play functions find buttons and check announcements in
 * whatever locale the toolbar (or a visual test) renders a story in.
 */
import { preloaded } from '../src/react/locales/all.js';

export interface UiTexts {
  readonly retry: string;
  readonly dismiss: string;
  readonly details: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly showMore: string;
  readonly showLess: string;
  readonly signInAgain: string;
  readonly cancel: string;
  readonly close: string;
  readonly fieldInvalid: string;
}

export function uiTexts(locale: string | undefined): UiTexts {
  const ui = (preloaded[locale ?? 'en'] ?? preloaded.en)?.ui;
  if (ui === undefined || typeof ui === 'string') throw new Error(`no texts for locale ${String(locale)}`);
  return ui as unknown as UiTexts;
}
