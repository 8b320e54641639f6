/** `react-api-errors/locales/pt-PT`: the pt-PT texts, for `<ApiErrorProvider resources={{ 'pt-PT': texts }}>` or `registerLocale('pt-PT', texts)`. */
import json from '../../../locales/pt-PT.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
