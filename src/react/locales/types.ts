/** A locale's texts: the nested JSON of `locales/<lng>.json` (one i18next namespace). */
export interface LocaleTexts {
  readonly [key: string]: string | LocaleTexts;
}
