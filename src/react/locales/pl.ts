/** `react-api-errors/locales/pl`: the pl texts, for `<ApiErrorProvider resources={{ 'pl': texts }}>` or `registerLocale('pl', texts)`. */
import json from '../../../locales/pl.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
