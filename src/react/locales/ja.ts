/** `react-api-errors/locales/ja`: the ja texts, for `<ApiErrorProvider resources={{ 'ja': texts }}>` or `registerLocale('ja', texts)`. */
import json from '../../../locales/ja.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
