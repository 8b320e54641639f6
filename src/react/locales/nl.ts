/** `react-api-errors/locales/nl`: the nl texts, for `<ApiErrorProvider resources={{ 'nl': texts }}>` or `registerLocale('nl', texts)`. */
import json from '../../../locales/nl.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
