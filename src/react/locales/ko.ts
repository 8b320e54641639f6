/** `react-api-errors/locales/ko`: the ko texts, for `<ApiErrorProvider resources={{ 'ko': texts }}>` or `registerLocale('ko', texts)`. */
import json from '../../../locales/ko.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
