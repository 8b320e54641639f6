/** `react-api-errors/locales/en-XA`: the en-XA texts, for `<ApiErrorProvider resources={{ 'en-XA': texts }}>` or `registerLocale('en-XA', texts)`. */
import json from '../../../locales/en-XA.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
