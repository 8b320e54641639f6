/** `react-api-errors/locales/it`: the it texts, for `<ApiErrorProvider resources={{ 'it': texts }}>` or `registerLocale('it', texts)`. */
import json from '../../../locales/it.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
