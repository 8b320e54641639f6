/** `react-api-errors/locales/ru`: the ru texts, for `<ApiErrorProvider resources={{ 'ru': texts }}>` or `registerLocale('ru', texts)`. */
import json from '../../../locales/ru.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
