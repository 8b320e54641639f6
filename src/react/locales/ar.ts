/** `react-api-errors/locales/ar`: the ar texts, for `<ApiErrorProvider resources={{ 'ar': texts }}>` or `registerLocale('ar', texts)`. */
import json from '../../../locales/ar.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
