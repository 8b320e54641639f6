/** `react-api-errors/locales/zh-CN`: the zh-CN texts, for `<ApiErrorProvider resources={{ 'zh-CN': texts }}>` or `registerLocale('zh-CN', texts)`. */
import json from '../../../locales/zh-CN.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
