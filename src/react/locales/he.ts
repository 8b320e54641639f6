/** `react-api-errors/locales/he`: the he texts, for `<ApiErrorProvider resources={{ 'he': texts }}>` or `registerLocale('he', texts)`. */
import json from '../../../locales/he.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
