/** `react-api-errors/locales/fr`: the fr texts, for `<ApiErrorProvider resources={{ 'fr': texts }}>` or `registerLocale('fr', texts)`. */
import json from '../../../locales/fr.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
