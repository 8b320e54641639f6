/** `react-api-errors/locales/de`: the de texts, for `<ApiErrorProvider resources={{ 'de': texts }}>` or `registerLocale('de', texts)`. */
import json from '../../../locales/de.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
