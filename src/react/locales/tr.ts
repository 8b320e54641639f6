/** `react-api-errors/locales/tr`: the tr texts, for `<ApiErrorProvider resources={{ 'tr': texts }}>` or `registerLocale('tr', texts)`. */
import json from '../../../locales/tr.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
