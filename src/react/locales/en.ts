/** `react-api-errors/locales/en`: the en texts, for `<ApiErrorProvider resources={{ 'en': texts }}>` or `registerLocale('en', texts)`. */
import json from '../../../locales/en.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
