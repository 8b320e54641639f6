/** `react-api-errors/locales/es`: the es texts, for `<ApiErrorProvider resources={{ 'es': texts }}>` or `registerLocale('es', texts)`. */
import json from '../../../locales/es.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
