/** `react-api-errors/locales/zh-TW`: the zh-TW texts, for `<ApiErrorProvider resources={{ 'zh-TW': texts }}>` or `registerLocale('zh-TW', texts)`. */
import json from '../../../locales/zh-TW.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
